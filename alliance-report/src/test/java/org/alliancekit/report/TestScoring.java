package org.alliancekit.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.money.MinorUnits;
import org.javamoney.moneta.Money;

/**
 * A stand-in for the report's default scoring in tests, following the same rule: ratings normalised
 * to [0, 1], several assessments averaged factor by factor, an area the mean of its rated factors,
 * the overall score the mean of the scored areas, coverage the share of the catalog's factors
 * rated, attainable halfway to 100%, uplift = revenue x (attainable / current - 1) rounded to the
 * minor unit.
 */
public final class TestScoring implements ReportScoring {
  @Override
  public Optional<RelationshipScore> score(
      RelationshipRow relationship, List<Assessment> assessments) {
    FactorCatalog catalog = assessments.get(0).catalog();
    Map<String, List<Double>> byFactor = new LinkedHashMap<>();
    for (Assessment assessment : assessments) {
      for (Rating rating : assessment.knownRatings()) {
        byFactor
            .computeIfAbsent(rating.code(), code -> new ArrayList<>())
            .add(assessment.scale().normalize(rating.value().getAsDouble()));
      }
    }
    if (byFactor.isEmpty()) {
      return Optional.empty();
    }
    Map<FactorCategory, List<Double>> byArea = new EnumMap<>(FactorCategory.class);
    byFactor.forEach(
        (code, values) ->
            byArea
                .computeIfAbsent(catalog.get(code).category(), c -> new ArrayList<>())
                .add(mean(values)));
    Map<FactorCategory, Double> areas = new EnumMap<>(FactorCategory.class);
    byArea.forEach((area, values) -> areas.put(area, mean(values)));
    double overall = mean(new ArrayList<>(areas.values()));
    double attainable = overall + (1 - overall) / 2;
    Optional<MonetaryAmount> uplift = Optional.empty();
    if (overall > 0) {
      BigDecimal revenue = Formats.number(relationship.allianceRevenue());
      BigDecimal amount =
          MinorUnits.round(
              revenue.multiply(BigDecimal.valueOf(attainable / overall - 1)),
              relationship.currency());
      uplift = Optional.of(Money.of(amount, relationship.currency()));
    }
    return Optional.of(
        RelationshipScore.of(
            overall, areas, (double) byFactor.size() / catalog.size(), attainable, uplift));
  }

  private static double mean(List<Double> values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.size();
  }
}
