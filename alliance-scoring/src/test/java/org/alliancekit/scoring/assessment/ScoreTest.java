package org.alliancekit.scoring.assessment;

import static org.alliancekit.model.factor.FactorCategory.COMMERCIAL;
import static org.alliancekit.model.factor.FactorCategory.TECHNICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class ScoreTest {
  private static final CategoryScore COMMERCIAL_AREA = CategoryScore.of(COMMERCIAL, 0.6, 3, 3, 3);
  private static final CategoryScore TECHNICAL_AREA = CategoryScore.of(TECHNICAL, 0.5, 1, 1, 2);

  private static Score.Builder acme() {
    return Score.builder()
        .relationship(RelationshipId.of("acme"))
        .date(ScoreFixtures.DATE)
        .catalog("SMALL")
        .overall(0.575)
        .coverage(0.8)
        .addCategories(COMMERCIAL_AREA, TECHNICAL_AREA)
        .addFactors(
            factor("C1", COMMERCIAL, 0.5),
            factor("C2", COMMERCIAL, 0.8),
            factor("C3", COMMERCIAL, 0.5),
            factor("T1", TECHNICAL, 0.5),
            FactorScore.of("T2", TECHNICAL, OptionalDouble.empty(), false, 1));
  }

  private static FactorScore factor(String code, FactorCategory area, double value) {
    return FactorScore.of(code, area, OptionalDouble.of(value), false, 1);
  }

  private static List<String> codes(List<FactorScore> factors) {
    return factors.stream().map(FactorScore::code).toList();
  }

  @Test
  void findsAreasAndShowsPercent() {
    Score score = acme().build();
    assertEquals(Optional.of(TECHNICAL_AREA), score.category(TECHNICAL));
    assertTrue(score.category(FactorCategory.CULTURAL).isEmpty());
    assertEquals(57.5, score.percent(), 1e-12);
  }

  @Test
  void strongestAndWeakestKeepCatalogOrderForTiesAndSkipFactorsWithoutValue() {
    Score score = acme().build();
    assertEquals(List.of("C2", "C1", "C3"), codes(score.strongest(3)));
    assertEquals(List.of("C1", "C3", "T1"), codes(score.weakest(3)));
    assertEquals(4, score.strongest(10).size());
    assertEquals(List.of(), codes(score.weakest(0)));
  }

  @Test
  void rejectsNegativeNumberOfFactors() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acme().build().strongest(-1));
    assertEquals("number of factors -1 must not be negative", e.getMessage());
  }

  @Test
  void rejectsOverallScoreOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acme().overall(1.1).build());
    assertEquals("overall score 1.1 of relationship acme must be between 0 and 1", e.getMessage());
    IllegalArgumentException nan =
        assertThrows(IllegalArgumentException.class, () -> acme().overall(Double.NaN).build());
    assertEquals(
        "overall score NaN of relationship acme must be between 0 and 1", nan.getMessage());
  }

  @Test
  void rejectsCoverageOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acme().coverage(-0.1).build());
    assertEquals("coverage -0.1 of relationship acme must be between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsAreasOutOfCategoryOrderOrRepeated() {
    ImmutableList<CategoryScore> reversed = ImmutableList.of(TECHNICAL_AREA, COMMERCIAL_AREA);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acme().categories(reversed).build());
    assertEquals(
        "area scores of relationship acme must be distinct and in category order: " + reversed,
        e.getMessage());
    ImmutableList<CategoryScore> twice = ImmutableList.of(COMMERCIAL_AREA, COMMERCIAL_AREA);
    IllegalArgumentException repeated =
        assertThrows(IllegalArgumentException.class, () -> acme().categories(twice).build());
    assertEquals(
        "area scores of relationship acme must be distinct and in category order: " + twice,
        repeated.getMessage());
  }

  @Test
  void missingRelationshipIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Score.builder()
                    .date(ScoreFixtures.DATE)
                    .catalog("SMALL")
                    .overall(0.5)
                    .coverage(0.5)
                    .build());
    assertTrue(e.getMessage().contains("relationship"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(acme().build(), acme().build())
        .addEqualityGroup(acme().relationship(RelationshipId.of("other")).build())
        .addEqualityGroup(acme().date(ScoreFixtures.DATE.plusDays(1)).build())
        .addEqualityGroup(acme().catalog("OTHER").build())
        .addEqualityGroup(acme().overall(0.5).build())
        .addEqualityGroup(acme().coverage(0.5).build())
        .addEqualityGroup(acme().categories(ImmutableList.of(COMMERCIAL_AREA)).build())
        .addEqualityGroup(acme().factors(ImmutableList.of()).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = ScoreFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Score.class);
    tester.testAllPublicInstanceMethods(acme().build());
    tester.testAllPublicInstanceMethods(Score.builder());
  }

  @Property(tries = 200)
  void copyThroughBuilderFromIsEqual(@ForAll("scores") Score score) {
    assertEquals(score, Score.builder().from(score).build());
  }

  @Provide
  Arbitrary<Score> scores() {
    return ScoreFixtures.assessments()
        .map(a -> ScoreFixtures.tryScore(ScoringRules.weightedAverage(), a))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }
}
