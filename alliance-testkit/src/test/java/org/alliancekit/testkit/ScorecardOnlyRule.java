package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;

/** {@link MeanOfAreasRule} that accepts only assessments against the Sales Scorecard. */
final class ScorecardOnlyRule implements ScoringRule {
  private final ScoringRule mean = new MeanOfAreasRule(MissingRatingPolicy.IGNORE);

  @Override
  public Score score(Assessment assessment) {
    checkArgument(
        assessment.catalog().name().equals(FactorCatalogs.SALES_SCORECARD_NAME),
        "assessment %s uses catalog %s; this rule scores only %s",
        assessment.id(),
        assessment.catalog().name(),
        FactorCatalogs.SALES_SCORECARD_NAME);
    return mean.score(assessment);
  }

  @Override
  public MissingRatingPolicy missingRatingPolicy() {
    return MissingRatingPolicy.IGNORE;
  }

  @Override
  public String toString() {
    return "ScorecardOnlyRule";
  }
}
