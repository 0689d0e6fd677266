package org.alliancekit.pipeline.mapping;

import static org.alliancekit.pipeline.mapping.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AccountMatchTest {
  private static final AccountId G1 = AccountId.of("g1");
  private static final AccountId A1 = AccountId.of("a1");

  private static AccountMatch.Builder shared() {
    return AccountMatch.builder()
        .cell(MappingCell.CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT)
        .addLeft(G1)
        .addRight(A1)
        .addLeftOpen(OpportunityId.of("n1"))
        .leftOpenValue(value(Money.of(100, "EUR")));
  }

  @Test
  void mirrorSwapsSidesAndCell() {
    AccountMatch mirrored = shared().build().mirror();
    assertEquals(MappingCell.PROSPECT_OF_LEFT_CUSTOMER_OF_RIGHT, mirrored.cell());
    assertEquals(java.util.List.of(A1), mirrored.left());
    assertEquals(java.util.List.of(OpportunityId.of("n1")), mirrored.rightOpen());
    assertEquals(value(Money.of(100, "EUR")), mirrored.rightOpenValue());
    assertEquals(shared().build(), mirrored.mirror());
  }

  @Test
  void rejectsMatchWithoutAccounts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AccountMatch.builder().cell(MappingCell.LEFT_ONLY).build());
    assertEquals("account match in LEFT_ONLY lists no account", e.getMessage());
  }

  @Test
  void rejectsSharedCellForOneSidedMatch() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AccountMatch.builder().cell(MappingCell.CUSTOMER_OF_BOTH).addLeft(G1).build());
    assertEquals(
        "account match of left [g1] and right [] cannot be in cell CUSTOMER_OF_BOTH",
        e.getMessage());
  }

  @Test
  void rejectsOneSidedCellForSharedMatch() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> shared().cell(MappingCell.RIGHT_ONLY).build());
    assertEquals(
        "account match of left [g1] and right [a1] cannot be in cell RIGHT_ONLY", e.getMessage());
  }

  @Test
  void rejectsOpenOpportunitiesOnAMissingSide() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AccountMatch.builder()
                    .cell(MappingCell.LEFT_ONLY)
                    .addLeft(G1)
                    .addRightOpen(OpportunityId.of("x1"))
                    .build());
    assertEquals(
        "account match lists right open opportunities [x1] without a right account",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(shared().build(), shared().build())
        .addEqualityGroup(shared().cell(MappingCell.CUSTOMER_OF_BOTH).build())
        .addEqualityGroup(shared().addLeft(AccountId.of("g2")).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(AccountMatch.class);
    tester.testAllPublicInstanceMethods(shared().build());
    tester.testAllPublicInstanceMethods(AccountMatch.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("matches") AccountMatch match) {
    assertEquals(match, AccountMatch.builder().from(match).build());
  }

  @Property
  void withCellRoundTrips(@ForAll("matches") AccountMatch match) {
    AccountMatch other = match.withCell(MappingCell.PROSPECT_OF_BOTH);
    assertEquals(MappingCell.PROSPECT_OF_BOTH, other.cell());
    assertEquals(match, other.withCell(match.cell()));
  }

  @Provide
  Arbitrary<AccountMatch> matches() {
    return Arbitraries.of(
            MappingCell.CUSTOMER_OF_BOTH,
            MappingCell.CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT,
            MappingCell.PROSPECT_OF_LEFT_CUSTOMER_OF_RIGHT,
            MappingCell.PROSPECT_OF_BOTH)
        .flatMap(
            cell ->
                Arbitraries.longs()
                    .between(0, 100_000)
                    .map(
                        v -> shared().cell(cell).leftOpenValue(value(Money.of(v, "EUR"))).build()));
  }
}
