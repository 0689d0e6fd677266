package org.alliancekit.testkit;

import java.util.Set;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.testkit.MeanOfAreasRule.Flaw;

/**
 * Law containers for rules that break a law on purpose, or switch laws off. They are run only by
 * {@link ScoringRuleLawsTest}, through {@link FixtureRunner}, which checks how they fail.
 */
final class LawFixtures {
  private LawFixtures() {}

  /** Claims IGNORE but counts unknown ratings as 0. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class UnknownAsZero implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new MeanOfAreasRule(MissingRatingPolicy.IGNORE, Flaw.UNKNOWN_AS_ZERO, true);
    }
  }

  /** Gives the first rating listed twice the weight, so the order of the ratings matters. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class FirstRatingCountsDouble implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new MeanOfAreasRule(MissingRatingPolicy.IGNORE, Flaw.FIRST_RATING_COUNTS_DOUBLE, true);
    }
  }

  /** Scores one at a time correctly, but counts unknown ratings as 0 in {@code scoreAll}. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class BatchCountsUnknownAsZero implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new MeanOfAreasRule(
          MissingRatingPolicy.IGNORE, Flaw.BATCH_COUNTS_UNKNOWN_AS_ZERO, true);
    }
  }

  /** Takes the lowest area score as the overall score: between the areas, but no weighted mean. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class OverallIsLowestArea implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new MeanOfAreasRule(MissingRatingPolicy.IGNORE, Flaw.OVERALL_IS_LOWEST_AREA, true);
    }
  }

  /** The lowest-area rule again, not claiming the weighted-mean law it breaks. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class WeightedMeanSwitchedOff implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new MeanOfAreasRule(MissingRatingPolicy.IGNORE, Flaw.OVERALL_IS_LOWEST_AREA, true);
    }

    @Override
    public Set<ScoringLaw> disabledLaws() {
      return Set.of(ScoringLaw.OVERALL_IS_WEIGHTED_MEAN_OF_AREAS);
    }
  }

  /** A rule for the scorecard only, run on the default assessments of every catalog. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class ScorecardOnlyOnEveryCatalog implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new ScorecardOnlyRule();
    }
  }

  /** A correct rule that does not claim to be monotone. */
  @Tag("failing-fixture")
  @AddLifecycleHook(FixtureRunner.Guard.class)
  static final class NotClaimingMonotone implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new MeanOfAreasRule(MissingRatingPolicy.IGNORE, Flaw.NONE, false);
    }
  }
}
