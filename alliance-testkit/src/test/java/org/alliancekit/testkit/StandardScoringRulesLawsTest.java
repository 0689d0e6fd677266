package org.alliancekit.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Group;
import net.jqwik.api.PropertyDefaults;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.assessment.Weights;

/**
 * The library's own scoring rules checked through {@link ScoringRuleLaws}: one group per factory of
 * {@link ScoringRules} and missing-rating policy.
 */
@PropertyDefaults(tries = 300)
class StandardScoringRulesLawsTest {
  /** Uneven factor weights for the custom catalogs' codes F1, F2, F3 and the scorecard's Co1. */
  static final Weights FACTOR_WEIGHTS =
      Weights.builder()
          .putFactorWeight("F1", 2)
          .putFactorWeight("F2", 0.5)
          .putFactorWeight("F3", 3)
          .putFactorWeight("Co1", 2)
          .build();

  /** The factor weights with explicit area weights. */
  static final Weights AREA_WEIGHTS =
      FACTOR_WEIGHTS.withCategoryWeights(
          java.util.Map.of(FactorCategory.STRATEGIC, 2.0, FactorCategory.CULTURAL, 0.5));

  /** Assessments of the scorecard itself or of the 52 best practices, which hold its factors. */
  static Arbitrary<Assessment> scorecardAssessments() {
    return Arbitraries.oneOf(
        AllianceArbitraries.assessments()
            .forCatalog(FactorCatalogs.allianceSalesScorecard())
            .unknownShare(0.3)
            .atLeastOneKnown(),
        AllianceArbitraries.assessments()
            .forCatalog(FactorCatalogs.bestPractices())
            .unknownShare(0.3)
            .atLeastOneKnown());
  }

  @Group
  class WeightedAverageDefault implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weightedAverage();
    }
  }

  @Group
  class WeightedAverageIgnore implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weightedAverage(FACTOR_WEIGHTS, MissingRatingPolicy.IGNORE);
    }
  }

  @Group
  class WeightedAverageScaleMinimum implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weightedAverage(FACTOR_WEIGHTS, MissingRatingPolicy.SCALE_MINIMUM);
    }
  }

  @Group
  class WeightedAverageAreaMean implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weightedAverage(FACTOR_WEIGHTS, MissingRatingPolicy.AREA_MEAN);
    }
  }

  @Group
  class WeightedAverageAreaWeightsIgnore implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weightedAverage(AREA_WEIGHTS, MissingRatingPolicy.IGNORE);
    }
  }

  @Group
  class WeightedAverageAreaWeightsScaleMinimum implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weightedAverage(AREA_WEIGHTS, MissingRatingPolicy.SCALE_MINIMUM);
    }
  }

  @Group
  class WeightedAverageAreaWeightsAreaMean implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weightedAverage(AREA_WEIGHTS, MissingRatingPolicy.AREA_MEAN);
    }
  }

  @Group
  class ScorecardIgnore implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.allianceSalesScorecard(MissingRatingPolicy.IGNORE);
    }

    @Override
    public Arbitrary<Assessment> assessments() {
      return scorecardAssessments();
    }
  }

  @Group
  class ScorecardScaleMinimum implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.allianceSalesScorecard(MissingRatingPolicy.SCALE_MINIMUM);
    }

    @Override
    public Arbitrary<Assessment> assessments() {
      return scorecardAssessments();
    }
  }

  @Group
  class ScorecardAreaMean implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.allianceSalesScorecard(MissingRatingPolicy.AREA_MEAN);
    }

    @Override
    public Arbitrary<Assessment> assessments() {
      return scorecardAssessments();
    }
  }

  @Group
  class WeakestLinkIgnore implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weakestLink(FACTOR_WEIGHTS, 0.25, MissingRatingPolicy.IGNORE);
    }
  }

  @Group
  class WeakestLinkScaleMinimum implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weakestLink(FACTOR_WEIGHTS, 0.25, MissingRatingPolicy.SCALE_MINIMUM);
    }
  }

  @Group
  class WeakestLinkAreaMean implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weakestLink(FACTOR_WEIGHTS, 0.25, MissingRatingPolicy.AREA_MEAN);
    }
  }

  @Group
  class WeakestLinkWorstFactorOnly implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return ScoringRules.weakestLink(AREA_WEIGHTS, 0, MissingRatingPolicy.IGNORE);
    }
  }
}
