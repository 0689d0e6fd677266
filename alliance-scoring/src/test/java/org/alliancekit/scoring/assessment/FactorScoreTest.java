package org.alliancekit.scoring.assessment;

import static org.alliancekit.model.factor.FactorCategory.COMMERCIAL;
import static org.alliancekit.model.factor.FactorCategory.CULTURAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.factor.FactorCategory;
import org.junit.jupiter.api.Test;

class FactorScoreTest {

  @Test
  void ratedFactorHasAValueThatIsNotImputed() {
    FactorScore rated = FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.7), false, 2);
    assertTrue(rated.isRated());
    assertEquals(2.0, rated.weight());
    assertFalse(FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.7), true, 2).isRated());
    assertFalse(FactorScore.of("Co1", COMMERCIAL, OptionalDouble.empty(), false, 2).isRated());
  }

  @Test
  void rejectsValueOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(1.2), false, 1));
    assertEquals("value 1.2 of factor Co1 must be between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsImputedFactorWithoutValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FactorScore.of("Cu31", CULTURAL, OptionalDouble.empty(), true, 1));
    assertEquals("factor Cu31 is imputed but has no value", e.getMessage());
  }

  @Test
  void rejectsNegativeOrNanWeight() {
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.5), false, -1));
    assertEquals(
        "weight -1.0 of factor Co1 must be a finite number of at least 0", negative.getMessage());
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.5), false, Double.NaN));
    assertEquals(
        "weight NaN of factor Co1 must be a finite number of at least 0", nan.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.5), false, 1),
            FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.5), false, 1))
        .addEqualityGroup(FactorScore.of("Co5", COMMERCIAL, OptionalDouble.of(0.5), false, 1))
        .addEqualityGroup(FactorScore.of("Co1", CULTURAL, OptionalDouble.of(0.5), false, 1))
        .addEqualityGroup(FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.4), false, 1))
        .addEqualityGroup(FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.5), true, 1))
        .addEqualityGroup(FactorScore.of("Co1", COMMERCIAL, OptionalDouble.empty(), false, 1))
        .addEqualityGroup(FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.5), false, 0))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = ScoreFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(FactorScore.class);
    tester.testAllPublicInstanceMethods(
        FactorScore.of("Co1", COMMERCIAL, OptionalDouble.of(0.5), false, 1));
  }

  @Property
  void rebuildingFromTheAccessorsGivesAnEqualScore(@ForAll("factors") FactorScore factor) {
    assertEquals(
        factor,
        FactorScore.of(
            factor.code(), factor.category(), factor.value(), factor.imputed(), factor.weight()));
  }

  @Provide
  Arbitrary<FactorScore> factors() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
            Arbitraries.of(FactorCategory.class),
            Arbitraries.doubles().between(0, 1).optional(),
            Arbitraries.of(true, false),
            Arbitraries.doubles().between(0, 10))
        .as(
            (code, category, value, imputed, weight) ->
                FactorScore.of(
                    code,
                    category,
                    value.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                    imputed && value.isPresent(),
                    weight));
  }
}
