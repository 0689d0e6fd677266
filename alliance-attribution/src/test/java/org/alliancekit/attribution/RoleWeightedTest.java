package org.alliancekit.attribution;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class RoleWeightedTest {
  private static final RoleWeighted STANDARD = RoleWeighted.standard();

  @Test
  void originatorCoSellerAndInfluencerSplitFiftyThirtyTwenty() {
    Shares shares =
        STANDARD.shares(
            List.of(
                Participant.of(p("si"), "ORIGINATOR"),
                Participant.of(p("isv"), "CO_SELLER"),
                Participant.of(p("vendor"), "INFLUENCER")));
    assertEquals(0.5, shares.share(p("si")), 1e-15);
    assertEquals(0.3, shares.share(p("isv")), 1e-15);
    assertEquals(0.2, shares.share(p("vendor")), 1e-15);
    MoneySplit split =
        STANDARD.split(
            List.of(
                Participant.of(p("si"), "ORIGINATOR"),
                Participant.of(p("isv"), "CO_SELLER"),
                Participant.of(p("vendor"), "INFLUENCER")),
            eur("1000.00"));
    assertEquals(eur("500.00"), split.part(p("si")));
    assertEquals(eur("300.00"), split.part(p("isv")));
    assertEquals(eur("200.00"), split.part(p("vendor")));
  }

  @Test
  void weightsAreRelativeToTheRolesPresent() {
    // 0.5 : 0.3 : 0.3 of 1.1 -> 5/11, 3/11, 3/11.
    Shares shares =
        STANDARD.shares(
            List.of(
                Participant.of(p("a"), "ORIGINATOR"),
                Participant.of(p("b"), "CO_SELLER"),
                Participant.of(p("c"), "CO_SELLER")));
    assertEquals(5.0 / 11, shares.share(p("a")), 1e-15);
    assertEquals(3.0 / 11, shares.share(p("b")), 1e-15);
    assertEquals(3.0 / 11, shares.share(p("c")), 1e-15);
  }

  @Test
  void partyWithTwoRolesEarnsBothAndDuplicatesCountOnce() {
    // a: originator 0.5 + reseller 0.3 = 0.8; b: influencer 0.2 (listed twice, counted once).
    Shares shares =
        STANDARD.shares(
            List.of(
                Participant.of(p("a"), "ORIGINATOR"),
                Participant.of(p("a"), "RESELLER"),
                Participant.of(p("b"), "INFLUENCER"),
                Participant.of(p("b"), "INFLUENCER")));
    assertEquals(0.8, shares.share(p("a")), 1e-15);
    assertEquals(0.2, shares.share(p("b")), 1e-15);
  }

  @Test
  void customWeightsAndZeroWeightRoles() {
    RoleWeighted model = RoleWeighted.of(ImmutableMap.of("LEAD", 2.0, "HELP", 1.0, "WATCH", 0.0));
    Shares shares =
        model.shares(
            List.of(
                Participant.of(p("a"), "LEAD"),
                Participant.of(p("b"), "HELP"),
                Participant.of(p("c"), "WATCH")));
    assertEquals(2.0 / 3, shares.share(p("a")), 1e-15);
    assertEquals(1.0 / 3, shares.share(p("b")), 1e-15);
    assertEquals(0.0, shares.share(p("c")));
    assertEquals(0.4, STANDARD.withWeight("ORIGINATOR", 0.4).weights().get("ORIGINATOR"));
  }

  @Test
  void rejectsDealWithNoParties() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> STANDARD.shares(List.of()));
    assertEquals("deal has no parties to share the credit among", e.getMessage());
  }

  @Test
  void rejectsRoleWithoutWeight() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RoleWeighted.of(ImmutableMap.of("LEAD", 1.0))
                    .shares(List.of(Participant.of(p("a"), "HELP"))));
    assertEquals("role HELP of party a has no weight; weighted roles are [LEAD]", e.getMessage());
  }

  @Test
  void rejectsDealWhoseRolesAllWeighZero() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RoleWeighted.of(ImmutableMap.of("LEAD", 1.0, "WATCH", 0.0))
                    .shares(List.of(Participant.of(p("a"), "WATCH"))));
    assertEquals(
        "every role of parties [a] weighs zero, so there is no credit to share", e.getMessage());
  }

  @Test
  void rejectsNegativeWeight() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RoleWeighted.of(ImmutableMap.of("LEAD", -1.0)));
    assertEquals("weight -1.0 of role LEAD must be a finite number of at least 0", e.getMessage());
  }

  @Test
  void rejectsAllZeroWeights() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RoleWeighted.of(ImmutableMap.of("LEAD", 0.0)));
    assertEquals("role weights {LEAD=0.0} must not all be zero", e.getMessage());
  }

  @Test
  void rejectsNoWeights() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RoleWeighted.of(ImmutableMap.of()));
    assertEquals("role weights must name at least one role", e.getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RoleWeighted.class);
    tester.testAllPublicInstanceMethods(STANDARD);
  }

  @Property
  void sharesSumToOneAndMoneyPartsAddUp(@ForAll("deals") List<Participant> deal) {
    Shares shares = STANDARD.shares(deal);
    double sum = shares.values().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, sum, Shares.TOLERANCE);
    MoneySplit split = STANDARD.split(deal, eur("12345.67"));
    assertEquals(
        0,
        split.parts().values().stream()
            .map(m -> m.getNumber().numberValue(BigDecimal.class))
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .compareTo(new BigDecimal("12345.67")));
  }

  @Property
  void resultDoesNotDependOnTheOrderOfParticipants(
      @ForAll("deals") List<Participant> deal, @ForAll long seed) {
    List<Participant> shuffled = new ArrayList<>(deal);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(STANDARD.shares(deal), STANDARD.shares(shuffled));
  }

  @Property
  void partiesInTheSameRolesGetTheSameShare(@ForAll("deals") List<Participant> deal) {
    // Symmetry: a twin of the first party, with the same roles, gets the same share.
    PartnerId first = deal.get(0).party();
    List<Participant> withTwin = new ArrayList<>(deal);
    deal.stream()
        .filter(x -> x.party().equals(first))
        .forEach(x -> withTwin.add(Participant.of(PartnerId.of("twin"), x.role())));
    Shares shares = STANDARD.shares(withTwin);
    assertEquals(shares.share(first), shares.share(PartnerId.of("twin")), 1e-15);
  }

  @Provide
  Arbitrary<List<Participant>> deals() {
    return Combinators.combine(
            Arbitraries.of("a", "b", "c", "d", "e").map(PartnerId::of),
            Arbitraries.of(STANDARD.weights().keySet()))
        .as(Participant::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }
}
