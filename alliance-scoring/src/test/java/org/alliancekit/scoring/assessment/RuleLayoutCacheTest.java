package org.alliancekit.scoring.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;

/**
 * A rule reuses the layout of the catalog and scale it scored last, and shares factor scores
 * between scores; none of that may change a result.
 */
class RuleLayoutCacheTest {

  /**
   * Assessments of any catalog on whole-number scales, with whole-number ratings on the numeric
   * ones.
   */
  static Arbitrary<Assessment> wholeAssessments() {
    List<Arbitrary<Assessment>> each = new ArrayList<>();
    for (RatingScale scale :
        List.of(
            RatingScale.zeroToTen(),
            RatingScale.likert5(),
            RatingScale.percent(),
            RatingScale.numeric(-3, 4),
            RatingScale.bestPracticeAnchors())) {
      for (double unknownShare : new double[] {0, 0.2, 0.5, 1}) {
        each.add(ModelArbitraries.assessments().onScale(scale).unknownShare(unknownShare));
      }
    }
    return Arbitraries.oneOf(each);
  }

  @Provide
  Arbitrary<List<Assessment>> mixedAssessments() {
    return Arbitraries.oneOf(wholeAssessments(), ScoreFixtures.assessments())
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Property(tries = 200)
  void aSharedRuleScoresAsAFreshRuleAcrossCatalogsAndScales(
      @ForAll("mixedAssessments") List<Assessment> assessments,
      @ForAll MissingRatingPolicy policy) {
    ScoringRule shared = ScoringRules.weightedAverage(Weights.equal(), policy);
    for (int round = 0; round < 2; round++) {
      for (Assessment assessment : assessments) {
        ScoringRule fresh = ScoringRules.weightedAverage(Weights.equal(), policy);
        assertEquals(
            ScoreFixtures.tryScore(fresh, assessment), ScoreFixtures.tryScore(shared, assessment));
      }
    }
  }

  @Property(tries = 200)
  void factorValuesAreTheScalesNormalisedRatings(
      @ForAll("mixedAssessments") List<Assessment> assessments,
      @ForAll MissingRatingPolicy policy) {
    ScoringRule rule = ScoringRules.weightedAverage(Weights.equal(), policy);
    for (Assessment assessment : assessments) {
      FactorCatalog catalog = assessment.catalog();
      ScoreFixtures.tryScore(rule, assessment)
          .ifPresent(
              score -> {
                for (FactorScore factor : score.factors()) {
                  assessment
                      .rating(factor.code())
                      .filter(Rating::isKnown)
                      .ifPresent(
                          rating ->
                              assertEquals(
                                  Double.doubleToRawLongBits(
                                      assessment.scale().normalize(rating.value().getAsDouble())),
                                  Double.doubleToRawLongBits(factor.value().getAsDouble()),
                                  factor.code() + " of " + catalog.name()));
                }
                assertEquals(
                    (double) assessment.knownRatings().size() / catalog.size(), score.coverage());
              });
    }
  }
}
