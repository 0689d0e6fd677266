package org.alliancekit.attribution;

import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DealColumnsTest {
  private static final RoleWeighted STANDARD = RoleWeighted.standard();
  private static final List<String> ROLES = List.copyOf(STANDARD.weights().keySet());

  @Test
  void splitsDealsGivenAsColumnsLikeTheObjectApi() {
    // Deal 0: EUR 1000.00 to zeta originator (5), alpha co-seller (3), beta influencer (2):
    // 500.00, 300.00, 200.00. Deal 1: EUR 10.00 by 0.5 : 0.3 : 0.3 (45.45.., 27.27.. twice): in
    // cents 454 rest, 272, 272, two cents left to the largest remainders, alpha and beta.
    // Deal 2: alpha twice in the same role counts once, and alone gets everything: -0.07.
    List<PartnerId> parties = List.of(p("zeta"), p("alpha"), p("beta"));
    List<String> roles = List.of("ORIGINATOR", "CO_SELLER", "INFLUENCER");
    DealColumns deals =
        DealColumns.of(
            parties,
            roles,
            new int[] {0, 3, 6, 8},
            new int[] {0, 1, 2, 0, 1, 2, 1, 1},
            new int[] {0, 1, 2, 0, 1, 1, 1, 1},
            new long[] {100_000, 1_000, -7});
    DealSplits splits = STANDARD.split(deals);
    assertArrayEquals(new long[] {50_000, 30_000, 20_000, 454, 273, 273, -7, 0}, splits.parts());
    assertEquals(List.of(), splits.problems());
  }

  @Test
  void reportsBadDealsWithTheirIndexAndSplitsTheOthers() {
    List<PartnerId> parties = List.of(p("a"), p("b"));
    DealColumns deals =
        DealColumns.of(
            parties,
            List.of("ORIGINATOR", "UNKNOWN"),
            new int[] {0, 0, 1, 2, 3},
            new int[] {0, 5, 1},
            new int[] {0, 0, 1},
            new long[] {100, 100, 100, 100});
    // Deal 0 has no participation; deal 1 is a as originator alone; deal 2 names party 5 of 2;
    // deal 3 gives b a role the model does not weigh.
    DealSplits splits = STANDARD.split(deals);
    assertArrayEquals(new long[] {100, 0, 0}, splits.parts());
    assertEquals(3, splits.problems().size());
    assertEquals(
        "deal 0 has no parties to share the credit among", splits.problems().get(0).message());
    assertEquals(ProblemKind.MISSING_VALUE, splits.problems().get(0).kind());
    assertEquals(ProblemKind.OUT_OF_RANGE, splits.problems().get(1).kind());
    assertEquals(
        "deal 2, participation 1: party index 5 is outside the party table, whose indexes run"
            + " from 0 to 1",
        splits.problems().get(1).message());
    assertEquals(
        "deal 3: role UNKNOWN of party b has no weight; weighted roles are "
            + STANDARD.weights().keySet(),
        splits.problems().get(2).message());
  }

  @Test
  void rejectsColumnsWrongAsAWhole() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DealColumns.of(
                List.of(p("a"), p("a")),
                ROLES,
                new int[] {0, 1},
                new int[] {0},
                new int[] {0},
                new long[] {1}));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DealColumns.of(
                List.of(p("a")),
                ROLES,
                new int[] {0, 2},
                new int[] {0},
                new int[] {0},
                new long[] {1}));
  }

  @Property
  void columnSplitEqualsObjectSplitToTheMinorUnit(
      @ForAll @Size(min = 1, max = 30) List<@Size(min = 1, max = 7) List<Integer>> shapes,
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long amount,
      @ForAll("models") RoleWeighted model) {
    // Each deal's participations: party and role drawn from the numbers of its shape.
    List<PartnerId> parties = List.of(p("e"), p("a"), p("d"), p("b"), p("c"));
    List<String> roles = List.copyOf(model.weights().keySet());
    int deals = shapes.size();
    int[] start = new int[deals + 1];
    List<Integer> party = new ArrayList<>();
    List<Integer> role = new ArrayList<>();
    long[] amounts = new long[deals];
    for (int deal = 0; deal < deals; deal++) {
      start[deal] = party.size();
      for (int n : shapes.get(deal)) {
        party.add(Math.floorMod(n, parties.size()));
        role.add(Math.floorMod(n / 7, roles.size()));
      }
      amounts[deal] = amount / (deal + 1);
    }
    start[deals] = party.size();
    DealColumns columns =
        DealColumns.of(
            parties,
            roles,
            start,
            party.stream().mapToInt(Integer::intValue).toArray(),
            role.stream().mapToInt(Integer::intValue).toArray(),
            amounts);
    DealSplits splits = model.split(columns);
    List<String> refused = new ArrayList<>();
    for (int deal = 0; deal < deals; deal++) {
      List<Participant> participants = columns.participants(deal);
      MonetaryAmount money = Money.of(BigDecimal.valueOf(amounts[deal], 2), "EUR");
      MoneySplit split;
      try {
        split = model.split(participants, money);
      } catch (IllegalArgumentException e) {
        refused.add("deal " + deal);
        continue;
      }
      for (int k = start[deal]; k < start[deal + 1]; k++) {
        PartnerId id = parties.get(columns.party(k));
        boolean first = true;
        for (int j = start[deal]; j < k; j++) {
          first &= columns.party(j) != columns.party(k);
        }
        long expected =
            first
                ? split
                    .part(id)
                    .getNumber()
                    .numberValue(BigDecimal.class)
                    .movePointRight(2)
                    .longValueExact()
                : 0;
        assertEquals(expected, splits.part(k), () -> "deal " + participants + " of " + money);
      }
    }
    assertEquals(
        refused,
        splits.problems().stream()
            .map(problem -> problem.message().replaceAll("^(deal \\d+).*", "$1"))
            .toList());
  }

  @Provide
  Arbitrary<RoleWeighted> models() {
    return Arbitraries.of(
        STANDARD,
        RoleWeighted.of(Map.of("A", 1.0, "B", 0.0, "C", 1e-9)),
        RoleWeighted.of(Map.of("A", 0.1, "B", 0.7, "C", 1.0 / 3, "D", 2.5)));
  }
}
