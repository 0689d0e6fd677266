package org.alliancekit.scoring.assessment;

import static org.alliancekit.scoring.assessment.ScoreFixtures.tryScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;

/** Laws every standard rule obeys, checked on generated catalogs, weights and assessments. */
class ScoringRuleLawsTest {
  private static final double TOLERANCE = 1e-12;

  /** A rule and an assessment it applies to. */
  record Case(ScoringRule rule, Assessment assessment) {}

  /** Weights and a policy on their own, for laws that vary the weights. */
  record WeightedCase(
      Weights weights, MissingRatingPolicy policy, double margin, Assessment assessment) {}

  @Provide
  Arbitrary<Case> cases() {
    return ModelArbitraries.factorCatalogs()
        .flatMap(
            catalog ->
                Combinators.combine(
                        ScoreFixtures.rules(catalog), ScoreFixtures.assessments(catalog))
                    .as(Case::new));
  }

  @Provide
  Arbitrary<WeightedCase> weightedCases() {
    return ModelArbitraries.factorCatalogs()
        .flatMap(
            catalog ->
                Combinators.combine(
                        ScoreFixtures.weights(catalog),
                        ScoreFixtures.policies(),
                        Arbitraries.doubles().between(0, 1),
                        ScoreFixtures.assessments(catalog))
                    .as(WeightedCase::new));
  }

  @Property(tries = 500)
  void aRulesScoreEqualsItsCopyThroughTheBuilderWithTheSameHashAndText(@ForAll("cases") Case c) {
    Optional<Score> score = tryScore(c.rule(), c.assessment());
    Assume.that(score.isPresent());
    Score copy = Score.builder().from(score.get()).build();
    assertEquals(copy, score.get());
    assertEquals(score.get(), copy);
    assertEquals(copy.hashCode(), score.get().hashCode());
    assertEquals(copy.toString(), score.get().toString());
    assertEquals(score.get(), c.rule().score(c.assessment()));
  }

  /** A rule and assessments it applies to, of one catalog, some of which it may refuse. */
  record BatchCase(ScoringRule rule, List<Assessment> assessments) {}

  @Provide
  Arbitrary<BatchCase> batchCases() {
    return ModelArbitraries.factorCatalogs()
        .flatMap(
            catalog ->
                Combinators.combine(
                        ScoreFixtures.rules(catalog),
                        ScoreFixtures.assessments(catalog).list().ofMinSize(1).ofMaxSize(12),
                        Arbitraries.integers().between(1, 300))
                    .as(
                        (rule, some, size) -> {
                          // repeated to cross the blocks a rule may score a batch in
                          List<Assessment> all = new ArrayList<>();
                          for (int i = 0; i < size; i++) {
                            all.add(some.get(i % some.size()));
                          }
                          return new BatchCase(rule, all);
                        }));
  }

  @Property(tries = 200)
  void scoringAllIsScoringEachInOrder(@ForAll("batchCases") BatchCase c) {
    List<Score> each = new ArrayList<>();
    RuntimeException refused = null;
    for (Assessment assessment : c.assessments()) {
      try {
        each.add(c.rule().score(assessment));
      } catch (IllegalArgumentException e) {
        refused = e;
        break;
      }
    }
    if (refused == null) {
      List<Score> all = c.rule().scoreAll(c.assessments());
      assertEquals(each, all);
      for (int i = 0; i < all.size(); i++) {
        assertEquals(each.get(i).toString(), all.get(i).toString());
      }
    } else {
      RuntimeException expected = refused;
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> c.rule().scoreAll(c.assessments()));
      assertEquals(expected.getMessage(), e.getMessage());
    }
  }

  @Property(tries = 500)
  void scoresStayBetweenZeroAndOne(@ForAll("cases") Case c) {
    Optional<Score> score = tryScore(c.rule(), c.assessment());
    Assume.that(score.isPresent());
    assertTrue(score.get().overall() >= 0 && score.get().overall() <= 1);
    for (CategoryScore area : score.get().categories()) {
      assertTrue(area.score() >= 0 && area.score() <= 1, area.toString());
    }
    for (FactorScore factor : score.get().factors()) {
      factor.value().ifPresent(v -> assertTrue(v >= 0 && v <= 1, factor.toString()));
    }
    assertEquals(c.assessment().coverage(), score.get().coverage());
  }

  @Property(tries = 500)
  void raisingOneRatingNeverLowersAnyScore(
      @ForAll("cases") Case c, @ForAll("picks") double pick, @ForAll("picks") double raise) {
    Assessment assessment = c.assessment();
    List<Rating> known = assessment.knownRatings();
    Assume.that(!known.isEmpty());
    Optional<Score> before = tryScore(c.rule(), assessment);
    Assume.that(before.isPresent());
    Rating chosen = known.get((int) (pick * known.size()) % known.size());
    double higher = higher(assessment.scale(), chosen.value().getAsDouble(), raise);
    List<Rating> ratings = new ArrayList<>(assessment.ratings());
    ratings.set(ratings.indexOf(chosen), Rating.of(chosen.code(), higher));
    Score after = c.rule().score(assessment.withRatings(ratings));

    assertTrue(c.rule().isMonotone());
    assertTrue(
        after.overall() >= before.get().overall(),
        () -> c.rule() + ": raising " + chosen + " to " + higher + " lowered " + before.get());
    for (CategoryScore area : before.get().categories()) {
      assertTrue(after.category(area.category()).get().score() >= area.score(), area.toString());
    }
  }

  @Provide
  Arbitrary<Double> picks() {
    return Arbitraries.doubles().between(0, 1);
  }

  /** A value on the scale at least {@code value}: the fraction {@code raise} of the way up. */
  private static double higher(RatingScale scale, double value, double raise) {
    if (scale instanceof AnchoredScale anchored) {
      List<Double> above =
          anchored.anchors().stream().map(Anchor::value).filter(v -> v >= value).toList();
      return above.get((int) (raise * above.size()) % above.size());
    }
    NumericScale numeric = (NumericScale) scale;
    return Math.min(numeric.max(), value + raise * (numeric.max() - value));
  }

  @Property(tries = 300)
  void orderOfTheRatingsDoesNotMatter(@ForAll("cases") Case c, @ForAll long seed) {
    List<Rating> shuffled = new ArrayList<>(c.assessment().ratings());
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(
        tryScore(c.rule(), c.assessment()),
        tryScore(c.rule(), c.assessment().withRatings(shuffled)));
  }

  @Property(tries = 300)
  void orderOfTheCatalogsFactorsDoesNotMatter(@ForAll("cases") Case c, @ForAll long seed) {
    List<SuccessFactor> factors = new ArrayList<>(c.assessment().catalog().factors());
    Collections.shuffle(factors, new Random(seed));
    FactorCatalog permuted = FactorCatalog.of(c.assessment().catalog().name(), factors);
    Optional<Score> original = tryScore(c.rule(), c.assessment());
    Optional<Score> reordered = tryScore(c.rule(), c.assessment().withCatalog(permuted));
    assertEquals(original.isPresent(), reordered.isPresent());
    original.ifPresent(score -> assertClose(score, reordered.get()));
    original.ifPresent(score -> assertEquals(knownValues(score), knownValues(reordered.get())));
  }

  @Property(tries = 300)
  void scalingAllWeightsByAPositiveConstantChangesNothing(
      @ForAll("weightedCases") WeightedCase c, @ForAll("factors") double factor) {
    FactorCatalog catalog = c.assessment().catalog();
    Weights.Builder scaled = Weights.builder();
    for (String code : catalog.codes()) {
      scaled.putFactorWeight(code, factor * c.weights().factorWeight(code));
    }
    c.weights()
        .categoryWeights()
        .forEach((area, weight) -> scaled.putCategoryWeight(area, factor * weight));
    for (boolean weakest : new boolean[] {false, true}) {
      ScoringRule rule = rule(c.weights(), c, weakest);
      ScoringRule scaledRule = rule(scaled.build(), c, weakest);
      Optional<Score> original = tryScore(rule, c.assessment());
      Optional<Score> rescaled = tryScore(scaledRule, c.assessment());
      assertEquals(original.isPresent(), rescaled.isPresent());
      original.ifPresent(score -> assertClose(score, rescaled.get()));
    }
  }

  private static ScoringRule rule(Weights weights, WeightedCase c, boolean weakest) {
    return weakest
        ? ScoringRules.weakestLink(weights, c.margin(), c.policy())
        : ScoringRules.weightedAverage(weights, c.policy());
  }

  @Provide
  Arbitrary<Double> factors() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0.001, 1).ofScale(6),
        Arbitraries.doubles().between(1, 1000).ofScale(6));
  }

  @Property(tries = 300)
  void weakestLinkWithMarginOneIsTheWeightedAverage(@ForAll("weightedCases") WeightedCase c) {
    assertEquals(
        tryScore(ScoringRules.weightedAverage(c.weights(), c.policy()), c.assessment()),
        tryScore(ScoringRules.weakestLink(c.weights(), 1, c.policy()), c.assessment()));
  }

  @Property(tries = 300)
  void weakestLinkNeverScoresAboveTheWeightedAverage(@ForAll("weightedCases") WeightedCase c) {
    Optional<Score> average =
        tryScore(ScoringRules.weightedAverage(c.weights(), c.policy()), c.assessment());
    Optional<Score> weakest =
        tryScore(ScoringRules.weakestLink(c.weights(), c.margin(), c.policy()), c.assessment());
    assertEquals(average.isPresent(), weakest.isPresent());
    average.ifPresent(a -> assertTrue(weakest.get().overall() <= a.overall()));
  }

  @Property(tries = 300)
  void areaMeanScoresEachAreaAsIgnoreDoes(@ForAll("weightedCases") WeightedCase c) {
    Optional<Score> ignore =
        tryScore(
            ScoringRules.weightedAverage(c.weights(), MissingRatingPolicy.IGNORE), c.assessment());
    Optional<Score> areaMean =
        tryScore(
            ScoringRules.weightedAverage(c.weights(), MissingRatingPolicy.AREA_MEAN),
            c.assessment());
    assertEquals(ignore.isPresent(), areaMean.isPresent());
    ignore.ifPresent(
        i -> {
          assertEquals(areaScores(i), areaScores(areaMean.get()));
          for (FactorScore factor : areaMean.get().factors()) {
            if (factor.imputed()) {
              assertEquals(
                  i.category(factor.category()).get().score(), factor.value().getAsDouble());
            }
          }
        });
  }

  private static Map<FactorCategory, Double> areaScores(Score score) {
    return score.categories().stream()
        .collect(Collectors.toMap(CategoryScore::category, CategoryScore::score));
  }

  private static Map<String, Double> knownValues(Score score) {
    return score.factors().stream()
        .filter(FactorScore::isRated)
        .collect(Collectors.toMap(FactorScore::code, f -> f.value().getAsDouble()));
  }

  private static void assertClose(Score expected, Score actual) {
    assertEquals(expected.overall(), actual.overall(), TOLERANCE);
    assertEquals(
        expected.categories().stream().map(CategoryScore::category).toList(),
        actual.categories().stream().map(CategoryScore::category).toList());
    for (CategoryScore area : expected.categories()) {
      CategoryScore other = actual.category(area.category()).get();
      assertEquals(area.score(), other.score(), TOLERANCE);
      assertEquals(area.rated(), other.rated());
      assertEquals(area.factors(), other.factors());
    }
  }
}
