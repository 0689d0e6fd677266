package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.math.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.FactorScore;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;

/**
 * A tiny rule for tests: an area scores the plain mean of its normalised known ratings, the overall
 * score is the plain mean of the scored areas.
 */
final class MeanRule implements ScoringRule {
  @Override
  public Score score(Assessment assessment) {
    ImmutableList.Builder<FactorScore> factors = ImmutableList.builder();
    ImmutableList.Builder<CategoryScore> areas = ImmutableList.builder();
    List<Double> areaScores = new ArrayList<>();
    for (FactorCategory category : assessment.catalog().categories()) {
      List<Double> known = new ArrayList<>();
      ImmutableList<SuccessFactor> inArea = assessment.catalog().inCategory(category);
      for (SuccessFactor factor : inArea) {
        OptionalDouble value =
            assessment
                .rating(factor.code())
                .filter(Rating::isKnown)
                .map(r -> OptionalDouble.of(assessment.scale().normalize(r.value().getAsDouble())))
                .orElse(OptionalDouble.empty());
        value.ifPresent(known::add);
        factors.add(FactorScore.of(factor.code(), category, value, false, 1));
      }
      if (!known.isEmpty()) {
        double mean = Stats.meanOf(known);
        areaScores.add(mean);
        areas.add(CategoryScore.of(category, mean, 1, known.size(), inArea.size()));
      }
    }
    checkArgument(!areaScores.isEmpty(), "assessment %s has no known rating", assessment.id());
    return Score.builder()
        .relationship(assessment.relationship())
        .date(assessment.date())
        .catalog(assessment.catalog().name())
        .overall(Stats.meanOf(areaScores))
        .categories(areas.build())
        .factors(factors.build())
        .coverage(assessment.coverage())
        .build();
  }

  @Override
  public MissingRatingPolicy missingRatingPolicy() {
    return MissingRatingPolicy.IGNORE;
  }

  @Override
  public String toString() {
    return "MeanRule";
  }
}
