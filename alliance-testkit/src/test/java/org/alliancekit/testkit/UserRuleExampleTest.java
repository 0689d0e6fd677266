package org.alliancekit.testkit;

import net.jqwik.api.Arbitrary;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.assessment.Weights;

// readme-sample:testkit-rule:begin
class UserRuleExampleTest implements ScoringRuleLaws {
  private static final FactorCatalog SCORECARD = FactorCatalogs.allianceSalesScorecard();

  @Override
  public ScoringRule rule() { // Cultural factors count double
    Weights.Builder weights = Weights.builder();
    SCORECARD.factors().stream()
        .filter(factor -> factor.category() == FactorCategory.CULTURAL)
        .forEach(factor -> weights.putFactorWeight(factor.code(), 2.0));
    return ScoringRules.weightedAverage(weights.build(), MissingRatingPolicy.IGNORE);
  }

  @Override
  public Arbitrary<Assessment> assessments() { // the weights are for the scorecard's factors
    return AllianceArbitraries.assessments().forCatalog(SCORECARD).atLeastOneKnown();
  }
}
// readme-sample:testkit-rule:end
