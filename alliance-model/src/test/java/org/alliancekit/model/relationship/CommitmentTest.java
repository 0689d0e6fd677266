package org.alliancekit.model.relationship;

import static org.alliancekit.model.relationship.RelationshipFixtures.HOST;
import static org.alliancekit.model.relationship.RelationshipFixtures.PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CommitmentTest {

  private static Commitment.Builder architects() {
    return Commitment.builder()
        .party(PARTNER)
        .resource(ResourceKind.PEOPLE)
        .strength(CommitmentStrength.INTENT);
  }

  @Test
  void buildsWithQuantity() {
    Commitment commitment =
        architects()
            .quantity(new BigDecimal("2.5"))
            .periodStart(LocalDate.of(2026, 1, 1))
            .periodEnd(LocalDate.of(2026, 12, 31))
            .build();
    assertEquals(Optional.of(new BigDecimal("2.5")), commitment.quantity());
    assertEquals(Optional.empty(), commitment.amount());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), commitment.periodStart());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), commitment.periodEnd());
  }

  @Test
  void buildsWithAmount() {
    Commitment commitment =
        Commitment.builder()
            .party(HOST)
            .resource(ResourceKind.FUNDING)
            .amount(Money.of(100_000, "EUR"))
            .strength(CommitmentStrength.COMMITMENT)
            .build();
    assertEquals(Optional.of(Money.of(100_000, "EUR")), commitment.amount());
    assertEquals(Optional.empty(), commitment.quantity());
    assertEquals(Optional.empty(), commitment.periodStart());
    assertEquals(Optional.empty(), commitment.periodEnd());
  }

  @Test
  void rejectsCommitmentWithNeitherQuantityNorAmount() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> architects().build());
    assertEquals(
        "PEOPLE commitment of acme must have either a quantity or an amount, not neither",
        e.getMessage());
  }

  @Test
  void rejectsCommitmentWithBothQuantityAndAmount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> architects().quantity(BigDecimal.ONE).amount(Money.of(1, "EUR")).build());
    assertEquals(
        "PEOPLE commitment of acme must have either a quantity or an amount, not both",
        e.getMessage());
  }

  @Test
  void rejectsZeroQuantity() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> architects().quantity(new BigDecimal("0.0")).build());
    assertEquals("commitment quantity 0.0 must be positive", e.getMessage());
  }

  @Test
  void rejectsNegativeQuantity() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> architects().quantity(new BigDecimal("-2")).build());
    assertEquals("commitment quantity -2 must be positive", e.getMessage());
  }

  @Test
  void rejectsZeroAmount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> architects().amount(Money.of(0, "USD")).build());
    assertEquals("commitment amount USD 0 must be positive", e.getMessage());
  }

  @Test
  void rejectsAPeriodThatEndsBeforeItStarts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                architects()
                    .quantity(BigDecimal.ONE)
                    .periodStart(LocalDate.of(2026, 7, 1))
                    .periodEnd(LocalDate.of(2026, 6, 30))
                    .build());
    assertEquals(
        "PEOPLE commitment of acme ends on 2026-06-30, before it starts on 2026-07-01",
        e.getMessage());
  }

  @Test
  void acceptsAOneDayPeriod() {
    LocalDate day = LocalDate.of(2026, 7, 1);
    Commitment commitment =
        architects().quantity(BigDecimal.ONE).periodStart(day).periodEnd(day).build();
    assertEquals(Optional.of(day), commitment.periodEnd());
  }

  @Test
  void missingStrengthIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Commitment.builder()
                    .party(PARTNER)
                    .resource(ResourceKind.TRAINING)
                    .quantity(BigDecimal.TEN)
                    .build());
    assertTrue(e.getMessage().contains("strength"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            architects().quantity(BigDecimal.ONE).build(),
            architects().quantity(BigDecimal.ONE).build())
        .addEqualityGroup(architects().quantity(BigDecimal.TEN).build())
        .addEqualityGroup(architects().party(HOST).quantity(BigDecimal.ONE).build())
        .addEqualityGroup(
            architects().resource(ResourceKind.SALES_COVERAGE).quantity(BigDecimal.ONE).build())
        .addEqualityGroup(
            architects().strength(CommitmentStrength.COMMITMENT).quantity(BigDecimal.ONE).build())
        .addEqualityGroup(architects().amount(Money.of(1, "EUR")).build())
        .addEqualityGroup(
            architects().quantity(BigDecimal.ONE).periodStart(LocalDate.of(2026, 1, 1)).build())
        .addEqualityGroup(
            architects().quantity(BigDecimal.ONE).periodEnd(LocalDate.of(2026, 1, 1)).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Commitment.class);
    tester.testAllPublicInstanceMethods(architects().quantity(BigDecimal.ONE).build());
    tester.testAllPublicInstanceMethods(Commitment.builder());
  }
}
