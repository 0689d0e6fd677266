package org.alliancekit.scoring.potential;

import static org.alliancekit.scoring.potential.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SalesPotentialTest {

  /** Asserts that a number equals the expected decimal in value (Money drops trailing zeros). */
  static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " != " + actual);
  }

  private static BigDecimal upliftOf(SalesPotential potential) {
    return potential.uplift().orElseThrow().getNumber().numberValue(BigDecimal.class);
  }

  @Test
  void lowScoringMillionThatDoublesItsScoreGainsAMillion() {
    // 0.60 / 0.30 = 2, so the uplift is 1,000,000 x (2 - 1) = 1,000,000.00 exactly.
    SalesPotential potential = SalesPotential.of(gbp("1000000"), 0.30, 0.60);
    assertAmount("1000000.00", upliftOf(potential));
    assertEquals(Money.of(new BigDecimal("1000000.00"), "GBP"), potential.uplift().orElseThrow());
    assertEquals(
        Money.of(new BigDecimal("2000000.00"), "GBP"), potential.projectedRevenue().orElseThrow());
    assertEquals(UpliftStatus.DEFINED, potential.status());
  }

  @Test
  void highScoringFiveMillionGainsSevenHundredFourteenThousand() {
    // 5,000,000 x (0.80 - 0.70) / 0.70 = 500,000 / 0.7 = 714,285.714285..., half-even to pence:
    // 714,285.71. (The report's 712,000 comes from rounding the 14.29% growth to 14.25%.)
    SalesPotential potential = SalesPotential.of(gbp("5000000"), 0.70, 0.80);
    assertAmount("714285.71", upliftOf(potential));
  }

  @Test
  void estimateTakesTheAttainableScoreFromTheModel() {
    SalesPotential potential =
        SalesPotential.estimate(gbp("5000000"), 0.70, ImprovementModel.target(0.80));
    assertEquals(SalesPotential.of(gbp("5000000"), 0.70, 0.80), potential);
  }

  @Test
  void upliftRoundsOnceHalfEvenToTheCurrencyDigits() {
    // 0.05 x 0.25 / 0.5 = 0.025 -> 0.02 (even); 0.07 x 0.25 / 0.5 = 0.035 -> 0.04 (even).
    assertAmount("0.02", upliftOf(SalesPotential.of(gbp("0.05"), 0.5, 0.75)));
    assertAmount("0.04", upliftOf(SalesPotential.of(gbp("0.07"), 0.5, 0.75)));
  }

  @Test
  void upliftInYenHasNoFractionDigits() {
    // 1,000,000 x 0.1 / 0.7 = 142,857.142857... -> 142,857.
    SalesPotential potential = SalesPotential.of(Money.of(1_000_000, "JPY"), 0.7, 0.8);
    assertAmount("142857", upliftOf(potential));
  }

  @Test
  void currencyWithoutFractionDigitsIsDividedToThirtyFourDigits() {
    // Gold has no default fraction digits: 1 x 0.1 / 0.7 to 34 significant digits.
    SalesPotential potential = SalesPotential.of(Money.of(1, "XAU"), 0.7, 0.8);
    assertAmount("0.1428571428571428571428571428571429", upliftOf(potential));
  }

  @Test
  void zeroScoreWithRevenueHasNoUpliftAndSaysWhy() {
    SalesPotential potential = SalesPotential.of(gbp("250000"), 0.0, 0.4);
    assertEquals(Optional.empty(), potential.uplift());
    assertEquals(UpliftStatus.UNDEFINED_ZERO_SCORE, potential.status());
    assertFalse(potential.isDefined());
    assertEquals(Optional.empty(), potential.projectedRevenue());
  }

  @Test
  void zeroScoreWithoutRevenueHasZeroUplift() {
    SalesPotential potential = SalesPotential.of(gbp("0"), 0.0, 0.4);
    assertAmount("0.00", upliftOf(potential));
    assertTrue(potential.isDefined());
  }

  @Test
  void zeroScoreThatStaysZeroHasZeroUplift() {
    assertAmount("0.00", upliftOf(SalesPotential.of(gbp("250000"), 0.0, 0.0)));
  }

  @Test
  void attainableBelowCurrentGivesNegativeUplift() {
    // 1,000 x (0.4 - 0.5) / 0.5 = -200.
    assertAmount("-200.00", upliftOf(SalesPotential.of(gbp("1000"), 0.5, 0.4)));
  }

  @Test
  void rejectsNegativeRevenue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SalesPotential.of(gbp("-1"), 0.5, 0.6));
    assertEquals("revenue GBP -1 must not be negative", e.getMessage());
  }

  @Test
  void rejectsCurrentScoreThatIsNotANumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SalesPotential.of(gbp("1"), Double.NaN, 0.6));
    assertEquals("current score NaN must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsAttainableScoreAboveOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SalesPotential.of(gbp("1"), 0.5, 1.5));
    assertEquals("attainable score 1.5 must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsModelThatLeavesZeroToOne() {
    ImprovementModel broken = current -> current * 3;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SalesPotential.estimate(gbp("1"), 0.5, broken));
    assertEquals("attainable score 1.5 must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void missingRevenueIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> SalesPotential.builder().current(0.5).attainable(0.6).build());
    assertTrue(e.getMessage().contains("revenue"), e.getMessage());
  }

  @Test
  void equalityIsByRevenueAndScores() {
    new EqualsTester()
        .addEqualityGroup(
            SalesPotential.of(gbp("100"), 0.5, 0.6),
            SalesPotential.builder().revenue(gbp("100")).current(0.5).attainable(0.6).build())
        .addEqualityGroup(SalesPotential.of(gbp("101"), 0.5, 0.6))
        .addEqualityGroup(SalesPotential.of(gbp("100"), 0.4, 0.6))
        .addEqualityGroup(SalesPotential.of(gbp("100"), 0.5, 0.7))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(SalesPotential.class);
    tester.testAllPublicInstanceMethods(SalesPotential.of(gbp("100"), 0.5, 0.6));
    tester.testAllPublicInstanceMethods(SalesPotential.builder());
  }

  @Property
  void upliftIsZeroWhenAttainableEqualsCurrent(
      @ForAll("revenues") MonetaryAmount revenue,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(12) double score) {
    SalesPotential potential = SalesPotential.of(revenue, score, score);
    assertEquals(0, upliftOf(potential).signum());
  }

  @Property
  void standardModelsNeverGiveNegativeUplift(
      @ForAll("revenues") MonetaryAmount revenue,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(12) double current,
      @ForAll("models") ImprovementModel model) {
    SalesPotential potential = SalesPotential.estimate(revenue, current, model);
    potential.uplift().ifPresent(uplift -> assertFalse(uplift.isNegative(), potential.toString()));
  }

  @Property
  void upliftIsAbsentOnlyForAZeroScoreWithRevenue(@ForAll("potentials") SalesPotential potential) {
    boolean undefined =
        potential.current() == 0.0
            && potential.attainable() != 0.0
            && !potential.revenue().isZero();
    assertEquals(undefined, potential.uplift().isEmpty());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("potentials") SalesPotential potential) {
    assertEquals(potential, SalesPotential.builder().from(potential).build());
  }

  @Property
  void withRevenueRoundTrips(@ForAll("potentials") SalesPotential potential) {
    SalesPotential changed = potential.withRevenue(gbp("123.45"));
    assertEquals(gbp("123.45"), changed.revenue());
    assertEquals(potential, changed.withRevenue(potential.revenue()));
  }

  @Provide
  static Arbitrary<MonetaryAmount> revenues() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("1000000000"))
        .ofScale(2)
        .map(Fixtures::gbpAmount);
  }

  @Provide
  static Arbitrary<ImprovementModel> models() {
    return ImprovementModelTest.models();
  }

  @Provide
  static Arbitrary<SalesPotential> potentials() {
    Arbitrary<Double> unit =
        Arbitraries.oneOf(Arbitraries.doubles().between(0, 1).ofScale(6), Arbitraries.of(0.0, 1.0));
    return Combinators.combine(revenues(), unit, unit).as(SalesPotential::of);
  }
}
