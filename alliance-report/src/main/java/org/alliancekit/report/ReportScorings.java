package org.alliancekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.report.scoring.DefaultScoring;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.potential.SalesPotential;
import org.apiguardian.api.API;

/** The {@link ReportScoring} the command-line tool uses. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportScorings {
  private ReportScorings() {}

  /**
   * The scoring of {@code alliancekit report}, {@link DefaultScoring#standard()}: each rating
   * normalised to [0, 1] on its scale, an area scored as the mean of its rated factors, the overall
   * score as the mean of the scored areas, several assessments of one relationship combined by
   * averaging each factor's normalised ratings first, and the attainable score closing half the gap
   * to 100%; uplift = revenue x (attainable / current - 1) in the relationship's currency.
   */
  public static ReportScoring standard() {
    DefaultScoring scoring = DefaultScoring.standard();
    return (relationship, assessments) -> {
      Score score = scoring.score(assessments);
      Map<FactorCategory, Double> areas = new EnumMap<>(FactorCategory.class);
      for (CategoryScore area : score.categories()) {
        areas.put(area.category(), area.score());
      }
      double attainable = scoring.model().attainable(score.overall());
      SalesPotential potential =
          SalesPotential.of(relationship.allianceRevenue(), score.overall(), attainable);
      return Optional.of(
          RelationshipScore.of(
              score.overall(), areas, score.coverage(), attainable, potential.uplift()));
    };
  }
}
