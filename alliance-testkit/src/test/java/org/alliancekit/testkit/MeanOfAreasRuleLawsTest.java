package org.alliancekit.testkit;

import net.jqwik.api.Group;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.ScoringRule;

/** A correct rule passes every law, under each missing-rating policy. */
class MeanOfAreasRuleLawsTest {

  @Group
  class IgnoringMissingRatings implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new MeanOfAreasRule(MissingRatingPolicy.IGNORE);
    }
  }

  @Group
  class MissingRatingsAtScaleMinimum implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new MeanOfAreasRule(MissingRatingPolicy.SCALE_MINIMUM);
    }
  }

  @Group
  class MissingRatingsAtAreaMean implements ScoringRuleLaws {
    @Override
    public ScoringRule rule() {
      return new MeanOfAreasRule(MissingRatingPolicy.AREA_MEAN);
    }
  }
}
