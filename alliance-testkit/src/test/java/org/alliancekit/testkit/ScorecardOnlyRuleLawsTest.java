package org.alliancekit.testkit;

import net.jqwik.api.Arbitrary;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.scoring.assessment.ScoringRule;

/** A rule for one catalog passes the laws once the assessments are restricted to that catalog. */
class ScorecardOnlyRuleLawsTest implements ScoringRuleLaws {
  @Override
  public ScoringRule rule() {
    return new ScorecardOnlyRule();
  }

  @Override
  public Arbitrary<Assessment> assessments() {
    return AllianceArbitraries.assessments()
        .forCatalog(FactorCatalogs.allianceSalesScorecard())
        .unknownShare(0.3)
        .atLeastOneKnown();
  }
}
