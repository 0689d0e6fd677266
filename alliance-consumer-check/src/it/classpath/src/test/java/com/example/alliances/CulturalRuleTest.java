package com.example.alliances;

import net.jqwik.api.Arbitrary;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.assessment.Weights;
import org.alliancekit.testkit.AllianceArbitraries;
import org.alliancekit.testkit.ScoringRuleLaws;

/** The README's testkit sample: every scoring law runs on a rule of the consumer's own. */
class CulturalRuleTest implements ScoringRuleLaws {
  private static final FactorCatalog SCORECARD = FactorCatalogs.allianceSalesScorecard();

  @Override
  public ScoringRule rule() {
    Weights.Builder weights = Weights.builder();
    SCORECARD.factors().stream()
        .filter(factor -> factor.category() == FactorCategory.CULTURAL)
        .forEach(factor -> weights.putFactorWeight(factor.code(), 2.0));
    return ScoringRules.weightedAverage(weights.build(), MissingRatingPolicy.IGNORE);
  }

  @Override
  public Arbitrary<Assessment> assessments() {
    return AllianceArbitraries.assessments().forCatalog(SCORECARD).atLeastOneKnown();
  }
}
