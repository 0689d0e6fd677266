package org.alliancekit.scoring.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class CorrelationTest {
  private static final List<RelationshipId> NONE = List.of();

  @Test
  void definedCorrelationHasBothCoefficientsAndNoReason() {
    Correlation c = Correlation.defined(3, 0.5, -0.25, NONE);
    assertTrue(c.isDefined());
    assertEquals(OptionalDouble.of(0.5), c.pearson());
    assertEquals(OptionalDouble.of(-0.25), c.spearman());
    assertEquals(Optional.empty(), c.reason());
  }

  @Test
  void undefinedCorrelationHasAReasonAndNoCoefficients() {
    Correlation c = Correlation.undefined(1, "too few", List.of(RelationshipId.of("r")));
    assertFalse(c.isDefined());
    assertEquals(OptionalDouble.empty(), c.pearson());
    assertEquals(ImmutableList.of(RelationshipId.of("r")), c.withoutRevenue());
  }

  @Test
  void rejectsACoefficientAboveOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Correlation.defined(3, 1.5, 0, NONE));
    assertEquals("pearson coefficient 1.5 must be between -1 and 1", e.getMessage());
  }

  @Test
  void rejectsANaNCoefficient() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Correlation.defined(3, 0, Double.NaN, NONE));
    assertEquals("spearman coefficient NaN must be between -1 and 1", e.getMessage());
  }

  @Test
  void rejectsADefinedCorrelationOfTooFewPairs() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Correlation.defined(2, 1, 1, NONE));
    assertEquals("a correlation of 2 pairs cannot be defined; it needs at least 3", e.getMessage());
  }

  @Test
  void rejectsABlankReason() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Correlation.undefined(0, " ", NONE));
    assertEquals("reason ' ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsCoefficientsWithAReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Correlation(
                    3,
                    OptionalDouble.of(1),
                    OptionalDouble.empty(),
                    Optional.of("too few"),
                    ImmutableList.of()));
    assertEquals("an undefined correlation (too few) has no coefficients", e.getMessage());
  }

  @Test
  void rejectsOneCoefficientWithoutTheOther() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Correlation(
                    3,
                    OptionalDouble.of(1),
                    OptionalDouble.empty(),
                    Optional.empty(),
                    ImmutableList.of()));
    assertEquals(
        "a correlation needs both coefficients or a reason why they are undefined", e.getMessage());
  }

  @Test
  void rejectsNegativePairs() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Correlation.undefined(-1, "x", NONE));
    assertEquals("number of pairs -1 must not be negative", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Correlation.defined(3, 0.5, 0.5, NONE), Correlation.defined(3, 0.5, 0.5, NONE))
        .addEqualityGroup(Correlation.defined(4, 0.5, 0.5, NONE))
        .addEqualityGroup(Correlation.defined(3, 0.5, 0.25, NONE))
        .addEqualityGroup(Correlation.defined(3, 0.5, 0.5, List.of(RelationshipId.of("r"))))
        .addEqualityGroup(Correlation.undefined(3, "same scores", NONE))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Correlation.class);
    tester.testAllPublicConstructors(Correlation.class);
    tester.testAllPublicInstanceMethods(Correlation.defined(3, 0.5, 0.5, NONE));
  }

  @Test
  void rejectsAReasonWithOnlyASpearmanCoefficient() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Correlation(
                    3,
                    OptionalDouble.empty(),
                    OptionalDouble.of(1),
                    Optional.of("too few"),
                    ImmutableList.of()));
    assertEquals("an undefined correlation (too few) has no coefficients", e.getMessage());
  }

  @Test
  void rejectsASpearmanCoefficientWithoutPearson() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Correlation(
                    3,
                    OptionalDouble.empty(),
                    OptionalDouble.of(1),
                    Optional.empty(),
                    ImmutableList.of()));
    assertEquals(
        "a correlation needs both coefficients or a reason why they are undefined", e.getMessage());
  }

  @Test
  void rejectsACoefficientBelowMinusOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Correlation.defined(3, -1.5, 0, NONE));
    assertEquals("pearson coefficient -1.5 must be between -1 and 1", e.getMessage());
  }

  @Test
  void acceptsCoefficientsAtMinusOneAndOne() {
    Correlation correlation = Correlation.defined(3, -1, 1, NONE);
    assertEquals(OptionalDouble.of(-1), correlation.pearson());
    assertEquals(OptionalDouble.of(1), correlation.spearman());
  }
}
