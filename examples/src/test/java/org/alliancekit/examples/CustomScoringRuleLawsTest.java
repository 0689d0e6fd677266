package org.alliancekit.examples;

import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.testkit.ScoringRuleLaws;

/** The custom rule obeys every law of a scoring rule, checked on generated assessments. */
class CustomScoringRuleLawsTest implements ScoringRuleLaws {
  @Override
  public ScoringRule rule() {
    return CustomScoringRule.culturalCountsDouble();
  }
}
