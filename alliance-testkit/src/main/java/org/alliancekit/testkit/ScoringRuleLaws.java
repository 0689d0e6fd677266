package org.alliancekit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.apiguardian.api.API;

/**
 * The laws every {@link ScoringRule} should obey, as a jqwik contract: implement this interface in
 * a test class, return your rule from {@link #rule()}, and jqwik checks each law as a property on
 * generated assessments.
 *
 * <pre>{@code
 * class CulturalFirstRuleLawsTest implements ScoringRuleLaws {
 *   @Override
 *   public ScoringRule rule() {
 *     return new CulturalFirstRule();
 *   }
 * }
 * }</pre>
 *
 * <p>The laws are listed in {@link ScoringLaw}: scores lie in [0, 1]; the score describes the
 * assessment it came from; scoring is deterministic and independent of the order of the ratings;
 * raising a rating lowers no score (where the rule {@linkplain ScoringRule#isMonotone() claims
 * it}); missing ratings are treated as the rule's {@linkplain ScoringRule#missingRatingPolicy()
 * policy} says; the overall score lies between the area scores and is their weighted mean.
 *
 * <p><b>Assessments.</b> By default the laws run on {@linkplain AllianceArbitraries#assessments()
 * assessments} of any catalog, standard or custom, on any scale, with some unknown and some unrated
 * factors and at least one known rating. A rule that only accepts some assessments (say, one
 * catalog) overrides {@link #assessments()}; a rule that rejects a generated assessment breaks
 * every law, with a message saying so.
 *
 * <p><b>Switching laws off.</b> A rule that does not claim a law lists it in {@link
 * #disabledLaws()}. Its property is then not run but reported as <em>skipped</em>, with the reason
 * ("law ... is switched off by ...disabledLaws()"), which shows in the IDE, in the test reports and
 * in jqwik's output. Nothing is skipped silently: every law either runs or is reported as skipped.
 * {@link ScoringLaw#MONOTONE_IN_EACH_RATING} is skipped the same way, with its own reason, for a
 * rule whose {@link ScoringRule#isMonotone()} is false.
 *
 * <p><b>Failures.</b> A broken law fails its property with an {@link AssertionError} naming the
 * law, the rule and the numbers that disagree; jqwik shrinks the assessment (fewer ratings, lower
 * values, a smaller catalog) and reports the smallest counterexample it finds. Numbers are compared
 * with an absolute tolerance of {@value #TOLERANCE} where two computations may sum in a different
 * order.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ScoringRuleLaws {
  /** The absolute tolerance within which two scores count as equal. */
  double TOLERANCE = 1e-9;

  /** The rule under test. Called once per try; return the same rule every time. */
  ScoringRule rule();

  /**
   * The assessments the laws run on: by default any catalog and scale, with the default share of
   * unknown ratings and at least one known rating. Override to restrict them, keeping at least one
   * known rating in each.
   */
  default Arbitrary<Assessment> assessments() {
    return AllianceArbitraries.assessments().atLeastOneKnown();
  }

  /**
   * The laws the rule does not claim; their properties are reported as skipped. None by default.
   */
  default Set<ScoringLaw> disabledLaws() {
    return Set.of();
  }

  /** Supplies {@link #assessments()} to the law properties; not meant to be overridden. */
  @Provide
  default Arbitrary<Assessment> scoringRuleLawsAssessments() {
    return assessments();
  }

  /**
   * {@link ScoringLaw#SCORES_IN_UNIT_INTERVAL}: overall, area and factor scores and the coverage
   * lie in [0, 1].
   */
  @Property
  @AddLifecycleHook(ScoringLawSwitch.class)
  default void scoresLieBetweenZeroAndOne(
      @ForAll("scoringRuleLawsAssessments") Assessment assessment) {
    ScoringLawChecks.scoresInUnitInterval(rule(), assessment);
  }

  /**
   * {@link ScoringLaw#SCORE_DESCRIBES_ASSESSMENT}: the score reports the assessment's relationship,
   * date, catalog, coverage and ratings faithfully.
   */
  @Property
  @AddLifecycleHook(ScoringLawSwitch.class)
  default void scoreDescribesTheAssessment(
      @ForAll("scoringRuleLawsAssessments") Assessment assessment) {
    ScoringLawChecks.scoreDescribesAssessment(rule(), assessment);
  }

  /** {@link ScoringLaw#DETERMINISTIC}: the same assessment always gives an equal score. */
  @Property
  @AddLifecycleHook(ScoringLawSwitch.class)
  default void sameAssessmentGivesEqualScores(
      @ForAll("scoringRuleLawsAssessments") Assessment assessment) {
    ScoringLawChecks.deterministic(rule(), assessment);
  }

  /**
   * {@link ScoringLaw#INDEPENDENT_OF_RATING_ORDER}: the ratings shuffled with the given seed (or
   * reversed, if the shuffle keeps their order) give the same score.
   */
  @Property
  @AddLifecycleHook(ScoringLawSwitch.class)
  default void ratingOrderDoesNotMatter(
      @ForAll("scoringRuleLawsAssessments") Assessment assessment, @ForAll long shuffleSeed) {
    ScoringLawChecks.independentOfRatingOrder(rule(), assessment, shuffleSeed);
  }

  /**
   * {@link ScoringLaw#MONOTONE_IN_EACH_RATING}: raising the known rating chosen by {@code pick}
   * (among those below the top of the scale) by {@code step} of the way to the top, or to a higher
   * anchor, lowers no score.
   */
  @Property
  @AddLifecycleHook(ScoringLawSwitch.class)
  default void raisingOneRatingLowersNoScore(
      @ForAll("scoringRuleLawsAssessments") Assessment assessment,
      @ForAll @IntRange(min = 0, max = 1_000) int pick,
      @ForAll @DoubleRange(min = 0, minIncluded = false, max = 1) double step) {
    ScoringLawChecks.monotone(rule(), assessment, pick, step);
  }

  /**
   * {@link ScoringLaw#MISSING_RATINGS_FOLLOW_POLICY}: the known rating chosen by {@code pick},
   * taken away, is treated as the rule's missing-rating policy says.
   */
  @Property
  @AddLifecycleHook(ScoringLawSwitch.class)
  default void missingRatingsFollowThePolicy(
      @ForAll("scoringRuleLawsAssessments") Assessment assessment,
      @ForAll @IntRange(min = 0, max = 1_000) int pick) {
    ScoringLawChecks.missingRatingsFollowPolicy(rule(), assessment, pick);
  }

  /**
   * {@link ScoringLaw#OVERALL_BETWEEN_AREA_SCORES}: the overall score lies between the lowest and
   * the highest area score.
   */
  @Property
  @AddLifecycleHook(ScoringLawSwitch.class)
  default void overallLiesBetweenAreaScores(
      @ForAll("scoringRuleLawsAssessments") Assessment assessment) {
    ScoringLawChecks.overallBetweenAreaScores(rule(), assessment);
  }

  /**
   * {@link ScoringLaw#OVERALL_IS_WEIGHTED_MEAN_OF_AREAS}: the overall score is the mean of the area
   * scores weighted by the area weights.
   */
  @Property
  @AddLifecycleHook(ScoringLawSwitch.class)
  default void overallIsWeightedMeanOfAreas(
      @ForAll("scoringRuleLawsAssessments") Assessment assessment) {
    ScoringLawChecks.overallIsWeightedMeanOfAreas(rule(), assessment);
  }
}
