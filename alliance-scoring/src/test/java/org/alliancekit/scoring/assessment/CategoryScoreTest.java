package org.alliancekit.scoring.assessment;

import static org.alliancekit.model.factor.FactorCategory.COMMERCIAL;
import static org.alliancekit.model.factor.FactorCategory.TECHNICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.factor.FactorCategory;
import org.junit.jupiter.api.Test;

class CategoryScoreTest {

  @Test
  void holdsTheAreasScoreWeightAndCounts() {
    CategoryScore area = CategoryScore.of(COMMERCIAL, 0.75, 2, 2, 3);
    assertEquals(COMMERCIAL, area.category());
    assertEquals(0.75, area.score());
    assertEquals(2.0, area.weight());
    assertEquals(2, area.rated());
    assertEquals(3, area.factors());
    assertEquals(75.0, area.percent());
  }

  @Test
  void rejectsScoreOutsideZeroToOne() {
    IllegalArgumentException above =
        assertThrows(
            IllegalArgumentException.class, () -> CategoryScore.of(COMMERCIAL, 1.5, 1, 1, 1));
    assertEquals("score 1.5 of area COMMERCIAL must be between 0 and 1", above.getMessage());
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class, () -> CategoryScore.of(TECHNICAL, Double.NaN, 1, 1, 1));
    assertEquals("score NaN of area TECHNICAL must be between 0 and 1", nan.getMessage());
  }

  @Test
  void rejectsWeightThatIsNotPositiveAndFinite() {
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class, () -> CategoryScore.of(COMMERCIAL, 0.5, 0, 1, 1));
    assertEquals(
        "weight 0.0 of area COMMERCIAL must be a finite number greater than 0", zero.getMessage());
    IllegalArgumentException infinite =
        assertThrows(
            IllegalArgumentException.class,
            () -> CategoryScore.of(COMMERCIAL, 0.5, Double.POSITIVE_INFINITY, 1, 1));
    assertEquals(
        "weight Infinity of area COMMERCIAL must be a finite number greater than 0",
        infinite.getMessage());
  }

  @Test
  void rejectsMoreRatedFactorsThanFactorsOrANegativeCount() {
    IllegalArgumentException more =
        assertThrows(
            IllegalArgumentException.class, () -> CategoryScore.of(COMMERCIAL, 0.5, 1, 6, 5));
    assertEquals("area COMMERCIAL has 6 rated factors out of 5", more.getMessage());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class, () -> CategoryScore.of(COMMERCIAL, 0.5, 1, -1, 5));
    assertEquals("area COMMERCIAL has -1 rated factors out of 5", negative.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            CategoryScore.of(COMMERCIAL, 0.5, 1, 1, 2), CategoryScore.of(COMMERCIAL, 0.5, 1, 1, 2))
        .addEqualityGroup(CategoryScore.of(TECHNICAL, 0.5, 1, 1, 2))
        .addEqualityGroup(CategoryScore.of(COMMERCIAL, 0.6, 1, 1, 2))
        .addEqualityGroup(CategoryScore.of(COMMERCIAL, 0.5, 2, 1, 2))
        .addEqualityGroup(CategoryScore.of(COMMERCIAL, 0.5, 1, 2, 2))
        .addEqualityGroup(CategoryScore.of(COMMERCIAL, 0.5, 1, 1, 3))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = ScoreFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(CategoryScore.class);
    tester.testAllPublicInstanceMethods(CategoryScore.of(COMMERCIAL, 0.5, 1, 1, 2));
  }

  @Property
  void rebuildingFromTheAccessorsGivesAnEqualScore(@ForAll("areas") CategoryScore area) {
    assertEquals(
        area,
        CategoryScore.of(
            area.category(), area.score(), area.weight(), area.rated(), area.factors()));
  }

  @Provide
  Arbitrary<CategoryScore> areas() {
    return Combinators.combine(
            Arbitraries.of(FactorCategory.class),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0.001, 100).ofScale(4),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 20))
        .as(
            (category, score, weight, rated, extra) ->
                CategoryScore.of(category, score, weight, rated, rated + extra));
  }
}
