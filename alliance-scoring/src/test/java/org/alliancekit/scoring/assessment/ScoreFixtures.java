package org.alliancekit.scoring.assessment;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.model.relationship.RelationshipId;

/** Shared test fixtures and generators of the scoring tests. */
public final class ScoreFixtures {
  /** The 25-factor scorecard catalog. */
  public static final FactorCatalog SCORECARD = FactorCatalogs.allianceSalesScorecard();

  /** The 52 best practices. */
  public static final FactorCatalog BEST_PRACTICES = FactorCatalogs.bestPractices();

  /** A small catalog: C1, C2, C3 commercial and T1 technical. Used by the hand-worked examples. */
  public static final FactorCatalog SMALL =
      FactorCatalog.of(
          "SMALL",
          SuccessFactor.of("C1", "Value proposition", FactorCategory.COMMERCIAL),
          SuccessFactor.of("C2", "Key metrics", FactorCategory.COMMERCIAL),
          SuccessFactor.of("C3", "Reward system", FactorCategory.COMMERCIAL),
          SuccessFactor.of("T1", "Product fit", FactorCategory.TECHNICAL));

  /** The date every fixture assessment is made on. */
  public static final LocalDate DATE = LocalDate.of(2026, 3, 31);

  private ScoreFixtures() {}

  /** A {@link NullPointerTester} that knows a sample of every type the scoring API takes. */
  public static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(RelationshipId.class, RelationshipId.of("r"))
        .setDefault(AssessmentId.class, AssessmentId.of("as"))
        .setDefault(LocalDate.class, DATE)
        .setDefault(FactorCatalog.class, SCORECARD)
        .setDefault(RatingScale.class, RatingScale.zeroToTen())
        .setDefault(
            Assessment.class, assessment(SCORECARD, RatingScale.zeroToTen(), Rating.of("Co1", 5)))
        .setDefault(Weights.class, Weights.equal())
        .setDefault(ScoringRule.class, ScoringRules.weightedAverage())
        .setDefault(CategoryScore.class, CategoryScore.of(FactorCategory.COMMERCIAL, 0.5, 1, 1, 1))
        .setDefault(
            FactorScore.class,
            FactorScore.of("Co1", FactorCategory.COMMERCIAL, OptionalDouble.of(0.5), false, 1));
  }

  /** A builder of an assessment of relationship "acme" with id "a1" and no ratings yet. */
  public static Assessment.Builder assessmentBuilder(FactorCatalog catalog, RatingScale scale) {
    return Assessment.builder()
        .id(AssessmentId.of("a1"))
        .relationship(RelationshipId.of("acme"))
        .catalog(catalog)
        .scale(scale)
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(Side.HOST)
        .date(DATE);
  }

  /** An assessment of relationship "acme" with id "a1" and the given ratings. */
  public static Assessment assessment(FactorCatalog catalog, RatingScale scale, Rating... ratings) {
    return assessmentBuilder(catalog, scale).addRatings(ratings).build();
  }

  /** Scores, or empty when the assessment has nothing to score under the rule. */
  public static Optional<Score> tryScore(ScoringRule rule, Assessment assessment) {
    try {
      return Optional.of(rule.score(assessment));
    } catch (IllegalArgumentException e) {
      if (e.getMessage().contains("has nothing to score")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- generators

  /** The two standard catalogs and small custom ones with random areas. */
  public static Arbitrary<FactorCatalog> catalogs() {
    Arbitrary<FactorCatalog> custom =
        Arbitraries.of(FactorCategory.class)
            .list()
            .ofMinSize(1)
            .ofMaxSize(12)
            .map(
                categories -> {
                  List<SuccessFactor> factors = new ArrayList<>();
                  for (int i = 0; i < categories.size(); i++) {
                    factors.add(SuccessFactor.of("F" + i, "Factor " + i, categories.get(i)));
                  }
                  return FactorCatalog.of("CUSTOM", factors);
                });
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(SCORECARD)),
        Tuple.of(1, Arbitraries.just(BEST_PRACTICES)),
        Tuple.of(3, custom));
  }

  /** Standard scales, the best-practice anchors, a three-anchor scale and random numeric ones. */
  public static Arbitrary<RatingScale> scales() {
    Arbitrary<RatingScale> numeric =
        Combinators.combine(
                Arbitraries.integers().between(-10, 10), Arbitraries.of(1.0, 4.0, 7.5, 100.0))
            .as((min, width) -> RatingScale.numeric(min, min + width));
    return Arbitraries.oneOf(
        Arbitraries.of(
            RatingScale.zeroToTen(),
            RatingScale.likert5(),
            RatingScale.percent(),
            RatingScale.bestPracticeAnchors(),
            RatingScale.anchored(Anchor.of("No", 0), Anchor.of("Some", 0.3), Anchor.of("Yes", 1))),
        numeric);
  }

  /** A value on the given scale. */
  public static Arbitrary<Double> valueOn(RatingScale scale) {
    if (scale instanceof AnchoredScale anchored) {
      return Arbitraries.of(anchored.anchors()).map(Anchor::value);
    }
    NumericScale numeric = (NumericScale) scale;
    return Arbitraries.doubles().between(numeric.min(), numeric.max()).ofScale(6);
  }

  /** Assessments of a random catalog. */
  public static Arbitrary<Assessment> assessments() {
    return catalogs().flatMap(ScoreFixtures::assessments);
  }

  /**
   * Assessments of the given catalog on a random scale: each factor is unrated, rated unknown or
   * rated with a value on the scale, and the ratings come in a random order.
   */
  public static Arbitrary<Assessment> assessments(FactorCatalog catalog) {
    return scales().flatMap(scale -> assessments(catalog, scale));
  }

  /** Assessments of the given catalog on the given scale. */
  public static Arbitrary<Assessment> assessments(FactorCatalog catalog, RatingScale scale) {
    int size = catalog.size();
    return Combinators.combine(
            Arbitraries.integers().between(0, 9).list().ofSize(size),
            valueOn(scale).list().ofSize(size),
            Arbitraries.longs(),
            Arbitraries.integers().between(0, 999))
        .as(
            (states, values, seed, id) -> {
              List<Rating> ratings = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                String code = catalog.codes().get(i);
                int state = states.get(i);
                if (state >= 4) {
                  ratings.add(Rating.of(code, values.get(i)));
                } else if (state >= 2) {
                  ratings.add(Rating.unknown(code));
                }
              }
              Collections.shuffle(ratings, new Random(seed));
              return assessmentBuilder(catalog, scale)
                  .id(AssessmentId.of("a" + id))
                  .relationship(RelationshipId.of("r" + id))
                  .ratings(ratings)
                  .build();
            });
  }

  /**
   * Weights for the given catalog: some factors get a weight from 0 to 10, each area keeps at least
   * one factor of positive weight, and explicit area weights from 0.1 to 5 are given or not.
   */
  public static Arbitrary<Weights> weights(FactorCatalog catalog) {
    int size = catalog.size();
    Arbitrary<Double> factorWeight =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0.0)),
            Tuple.of(4, Arbitraries.doubles().between(0.01, 10).ofScale(6)));
    Arbitrary<Optional<List<Double>>> areaWeights =
        Arbitraries.doubles()
            .between(0.1, 5)
            .list()
            .ofSize(FactorCategory.values().length)
            .optional();
    return Combinators.combine(factorWeight.optional().list().ofSize(size), areaWeights)
        .as(
            (factorWeights, areas) -> {
              Weights.Builder weights = Weights.builder();
              for (int i = 0; i < size; i++) {
                String code = catalog.codes().get(i);
                factorWeights.get(i).ifPresent(w -> weights.putFactorWeight(code, w));
              }
              areas.ifPresent(
                  list -> {
                    for (FactorCategory area : FactorCategory.values()) {
                      weights.putCategoryWeight(area, list.get(area.ordinal()));
                    }
                  });
              return weights.build();
            })
        .filter(weights -> everyAreaHasPositiveWeight(catalog, weights));
  }

  private static boolean everyAreaHasPositiveWeight(FactorCatalog catalog, Weights weights) {
    Set<FactorCategory> positive = EnumSet.noneOf(FactorCategory.class);
    for (SuccessFactor factor : catalog.factors()) {
      if (weights.factorWeight(factor.code()) > 0) {
        positive.add(factor.category());
      }
    }
    return positive.equals(catalog.categories());
  }

  /** Any missing-rating policy. */
  public static Arbitrary<MissingRatingPolicy> policies() {
    return Arbitraries.of(MissingRatingPolicy.class);
  }

  /**
   * Standard rules that apply to the given catalog: weighted averages and weakest-link rules with
   * random weights, and the scorecard where the catalog holds its codes.
   */
  public static Arbitrary<ScoringRule> rules(FactorCatalog catalog) {
    Arbitrary<ScoringRule> weighted =
        Combinators.combine(weights(catalog), policies()).as(ScoringRules::weightedAverage);
    Arbitrary<ScoringRule> weakest =
        Combinators.combine(weights(catalog), Arbitraries.doubles().between(0, 1), policies())
            .as(ScoringRules::weakestLink);
    if (catalog.codes().containsAll(SCORECARD.codes())) {
      return Arbitraries.oneOf(
          weighted, weakest, policies().map(ScoringRules::allianceSalesScorecard));
    }
    return Arbitraries.oneOf(weighted, weakest);
  }
}
