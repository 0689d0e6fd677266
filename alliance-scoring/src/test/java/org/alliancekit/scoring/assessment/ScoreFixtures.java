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
import org.alliancekit.arbitraries.AssessmentArbitrary;
import org.alliancekit.arbitraries.ModelArbitraries;
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

  /**
   * A value on the given scale: an anchor's value, or any number from {@code min} to {@code max}
   * with up to six decimals, whole bounds or not.
   */
  public static Arbitrary<Double> valueOn(RatingScale scale) {
    if (scale instanceof AnchoredScale anchored) {
      return Arbitraries.of(anchored.anchors()).map(Anchor::value);
    }
    NumericScale numeric = (NumericScale) scale;
    return Arbitraries.doubles().between(numeric.min(), numeric.max()).ofScale(6);
  }

  /** Assessments of any catalog on any scale; see {@link #varied(AssessmentArbitrary)}. */
  public static Arbitrary<Assessment> assessments() {
    return varied(ModelArbitraries.assessments());
  }

  /** Assessments of the given catalog on any scale; see {@link #varied(AssessmentArbitrary)}. */
  public static Arbitrary<Assessment> assessments(FactorCatalog catalog) {
    return varied(ModelArbitraries.assessments().forCatalog(catalog));
  }

  /**
   * The given assessments with a share of unknown ratings from none to all of the rated factors;
   * about half of the known ratings on numeric scales moved to any point of the scale, to six
   * decimals of its width; the ratings in any order; of relationships {@code r1} to {@code r99}.
   */
  public static Arbitrary<Assessment> varied(AssessmentArbitrary assessments) {
    List<Arbitrary<Assessment>> byShare = new ArrayList<>();
    for (double share : new double[] {0, 0.1, 0.2, 1.0 / 3, 0.5, 2.0 / 3, 0.8, 0.9, 1}) {
      byShare.add(assessments.unknownShare(share));
    }
    return Combinators.combine(
            Arbitraries.oneOf(byShare),
            Arbitraries.doubles().between(0, 1).ofScale(6).injectNull(0.5).list().ofMaxSize(52),
            Arbitraries.longs(),
            ModelArbitraries.relationshipIds())
        .as(
            (assessment, points, seed, relationship) -> {
              List<Rating> ratings = new ArrayList<>();
              for (int i = 0; i < assessment.ratings().size(); i++) {
                Rating rating = assessment.ratings().get(i);
                Double point = i < points.size() ? points.get(i) : null;
                ratings.add(
                    point != null && rating.isKnown() && assessment.scale() instanceof NumericScale
                        ? Rating.of(rating.code(), pointOf(assessment.scale(), point))
                        : rating);
              }
              Collections.shuffle(ratings, new Random(seed));
              return assessment.withRatings(ratings).withRelationship(relationship);
            });
  }

  /** The point the given fraction of the way up the numeric scale. */
  private static double pointOf(RatingScale scale, double fraction) {
    return Math.min(scale.max(), scale.min() + (scale.max() - scale.min()) * fraction);
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
