package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Property;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.testkit.FixtureRunner.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;

/**
 * The laws catch broken rules with a small counterexample, and report laws that are switched off.
 * Each test runs a fixture of {@link LawFixtures} with a fixed seed and checks every property's
 * outcome.
 */
class ScoringRuleLawsTest {
  private static final Set<String> ALL_PROPERTIES =
      Arrays.stream(ScoringLaw.values()).map(ScoringLaw::propertyName).collect(Collectors.toSet());

  @Test
  void unknownRatingsScoredAsZeroUnderIgnoreBreakTheMissingRatingLaw() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(LawFixtures.UnknownAsZero.class);

    Outcome missing = failedOnly(outcomes, ScoringLaw.MISSING_RATINGS_FOLLOW_POLICY);
    assertEquals(
        "MISSING_RATINGS_FOLLOW_POLICY broken by MeanOfAreasRule[IGNORE, UNKNOWN_AS_ZERO]: with F1"
            + " rated as unknown the rule scores the assessment, with F1 not rated at all it"
            + " rejects it",
        missing.message());
    // Shrunk to one rating of F1, at the bottom of the scale, on a one-factor catalog.
    Assessment shrunk = (Assessment) missing.shrunkParameters().get(0);
    assertEquals(List.of(Rating.of("F1", 0)), shrunk.ratings());
    assertEquals(List.of("F1"), shrunk.catalog().codes());
    assertTrue(
        missing.reports.stream().anyMatch(report -> report.contains("Shrunk Sample")),
        "jqwik reports the shrunk sample: " + missing.reports);
  }

  @Test
  void aRuleThatDependsOnRatingOrderBreaksTheOrderLaw() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(LawFixtures.FirstRatingCountsDouble.class);

    Outcome order = outcome(outcomes, ScoringLaw.INDEPENDENT_OF_RATING_ORDER);
    assertEquals(Status.FAILED, order.status);
    assertTrue(
        order
            .message()
            .startsWith(
                "INDEPENDENT_OF_RATING_ORDER broken by MeanOfAreasRule[IGNORE,"
                    + " FIRST_RATING_COUNTS_DOUBLE]: reordering the ratings from [F1, F2] to [F2,"
                    + " F1] changed the score: "),
        order.message());
    Assessment shrunk = (Assessment) order.shrunkParameters().get(0);
    assertEquals(List.of(Rating.of("F1", 0), Rating.of("F2", 0)), shrunk.ratings());
    // The same flaw makes an unknown first rating count differently from a missing one.
    assertEquals(Status.FAILED, outcome(outcomes, ScoringLaw.MISSING_RATINGS_FOLLOW_POLICY).status);
    assertPassed(
        outcomes,
        EnumSet.complementOf(
            EnumSet.of(
                ScoringLaw.INDEPENDENT_OF_RATING_ORDER, ScoringLaw.MISSING_RATINGS_FOLLOW_POLICY)));
  }

  @Test
  void aBatchThatScoresDifferentlyBreaksTheDeterminismLaw() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(LawFixtures.BatchCountsUnknownAsZero.class);

    Outcome deterministic = outcome(outcomes, ScoringLaw.DETERMINISTIC);
    assertEquals(Status.FAILED, deterministic.status);
    assertTrue(
        deterministic
            .message()
            .startsWith(
                "DETERMINISTIC broken by MeanOfAreasRule[IGNORE, BATCH_COUNTS_UNKNOWN_AS_ZERO]:"
                    + " scoreAll gave a score different from score's: "),
        deterministic.message());
    // One at a time the rule is correct, so every other law holds.
    assertPassed(outcomes, EnumSet.complementOf(EnumSet.of(ScoringLaw.DETERMINISTIC)));
  }

  @Test
  void anOverallScoreThatIsNoWeightedMeanBreaksOnlyThatLaw() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(LawFixtures.OverallIsLowestArea.class);

    Outcome mean = failedOnly(outcomes, ScoringLaw.OVERALL_IS_WEIGHTED_MEAN_OF_AREAS);
    assertTrue(
        mean.message()
            .startsWith(
                "OVERALL_IS_WEIGHTED_MEAN_OF_AREAS broken by MeanOfAreasRule[IGNORE,"
                    + " OVERALL_IS_LOWEST_AREA]: overall score 0.0 is not "),
        mean.message());
    // Two ratings are the least that make two areas with different scores.
    Assessment shrunk = (Assessment) mean.shrunkParameters().get(0);
    assertEquals(2, shrunk.ratings().size(), shrunk.toString());
    assertEquals(2, shrunk.catalog().size(), shrunk.toString());
  }

  @Test
  void aSwitchedOffLawIsReportedAsSkippedWithItsReason() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(LawFixtures.WeightedMeanSwitchedOff.class);

    Outcome mean = outcome(outcomes, ScoringLaw.OVERALL_IS_WEIGHTED_MEAN_OF_AREAS);
    String reason =
        "law OVERALL_IS_WEIGHTED_MEAN_OF_AREAS is switched off by"
            + " WeightedMeanSwitchedOff.disabledLaws(); it is not checked";
    assertEquals(reason, mean.skipReason.orElse("not skipped"));
    assertEquals(
        List.of("{OVERALL_IS_WEIGHTED_MEAN_OF_AREAS skipped=" + reason + "}"), mean.reports);
    assertPassed(
        outcomes, EnumSet.complementOf(EnumSet.of(ScoringLaw.OVERALL_IS_WEIGHTED_MEAN_OF_AREAS)));
  }

  @Test
  void monotonicityIsSkippedWithItsReasonForARuleThatDoesNotClaimIt() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(LawFixtures.NotClaimingMonotone.class);

    assertEquals(
        "law MONOTONE_IN_EACH_RATING does not apply: the rule of NotClaimingMonotone declares"
            + " isMonotone() false; it is not checked",
        outcome(outcomes, ScoringLaw.MONOTONE_IN_EACH_RATING).skipReason.orElse("not skipped"));
    assertPassed(outcomes, EnumSet.complementOf(EnumSet.of(ScoringLaw.MONOTONE_IN_EACH_RATING)));
  }

  @Test
  void aRuleThatRejectsGeneratedAssessmentsFailsEveryLawWithAdvice() throws Exception {
    Map<String, Outcome> outcomes =
        FixtureRunner.run(LawFixtures.ScorecardOnlyOnEveryCatalog.class);

    assertEquals(ALL_PROPERTIES, outcomes.keySet());
    for (Outcome outcome : outcomes.values()) {
      assertEquals(Status.FAILED, outcome.status, outcome.toString());
      assertTrue(
          outcome
              .message()
              .contains(
                  "the rule rejected assessment a1: assessment a1 uses catalog CUSTOM; this rule"
                      + " scores only SALES_SCORECARD. If the rule accepts only some assessments"
                      + " (one catalog, say), override assessments() to generate only those."),
          outcome.message());
    }
  }

  @Test
  void everyLawHasOnePropertyAndEveryPropertyOneLaw() {
    Set<String> properties =
        Arrays.stream(ScoringRuleLaws.class.getMethods())
            .filter(method -> method.isAnnotationPresent(Property.class))
            .map(Method::getName)
            .collect(Collectors.toSet());
    assertEquals(ALL_PROPERTIES, properties);
    for (ScoringLaw law : ScoringLaw.values()) {
      assertEquals(law, ScoringLaw.ofProperty(law.propertyName()).orElseThrow());
    }
    assertTrue(ScoringLaw.ofProperty("rule").isEmpty());
  }

  /** The law's property failed and every other property passed. */
  private static Outcome failedOnly(Map<String, Outcome> outcomes, ScoringLaw law) {
    Outcome outcome = outcome(outcomes, law);
    assertEquals(Status.FAILED, outcome.status, outcome.toString());
    assertPassed(outcomes, EnumSet.complementOf(EnumSet.of(law)));
    return outcome;
  }

  private static void assertPassed(Map<String, Outcome> outcomes, Set<ScoringLaw> laws) {
    for (ScoringLaw law : laws) {
      Outcome outcome = outcome(outcomes, law);
      assertEquals(Status.SUCCESSFUL, outcome.status, law + ": " + outcome);
      assertTrue(outcome.skipReason.isEmpty(), law + ": " + outcome);
    }
  }

  private static Outcome outcome(Map<String, Outcome> outcomes, ScoringLaw law) {
    return FixtureRunner.outcome(outcomes, law.propertyName());
  }
}
