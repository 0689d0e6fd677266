package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * A small scoring rule for the testkit's own tests: every factor weighs 1, an area scores the mean
 * of its factors' values, and the overall score is the mean of the area scores, each area weighing
 * 1. Missing ratings follow the given policy. A {@link Flaw} breaks it on purpose, to show that the
 * laws catch it.
 */
final class MeanOfAreasRule implements ScoringRule {

  /** A deliberate mistake. */
  enum Flaw {
    /** None: the rule is correct. */
    NONE,
    /** Counts explicitly unknown ratings as 0 while reporting them as left out. */
    UNKNOWN_AS_ZERO,
    /** Gives the first rating, in the order the assessment lists them, twice the weight. */
    FIRST_RATING_COUNTS_DOUBLE,
    /** Takes the lowest area score as the overall score. */
    OVERALL_IS_LOWEST_AREA,
    /** Scores one at a time correctly, but {@code scoreAll} counts unknown ratings as 0. */
    BATCH_COUNTS_UNKNOWN_AS_ZERO
  }

  private final MissingRatingPolicy policy;
  private final Flaw flaw;
  private final boolean monotone;

  MeanOfAreasRule(MissingRatingPolicy policy) {
    this(policy, Flaw.NONE, true);
  }

  MeanOfAreasRule(MissingRatingPolicy policy, Flaw flaw, boolean monotone) {
    this.policy = policy;
    this.flaw = flaw;
    this.monotone = monotone;
  }

  @Override
  public MissingRatingPolicy missingRatingPolicy() {
    return policy;
  }

  @Override
  public boolean isMonotone() {
    return monotone;
  }

  @Override
  public ImmutableList<Score> scoreAll(List<Assessment> assessments) {
    if (flaw != Flaw.BATCH_COUNTS_UNKNOWN_AS_ZERO) {
      return ScoringRule.super.scoreAll(assessments);
    }
    MeanOfAreasRule flawed = new MeanOfAreasRule(policy, Flaw.UNKNOWN_AS_ZERO, monotone);
    return assessments.stream().map(flawed::score).collect(ImmutableList.toImmutableList());
  }

  @Override
  public Score score(Assessment assessment) {
    String first = assessment.ratings().isEmpty() ? "" : assessment.ratings().get(0).code();
    // Known values first: the weighted sum and the weight of each area's known ratings.
    Map<FactorCategory, double[]> known = new EnumMap<>(FactorCategory.class);
    for (SuccessFactor factor : assessment.catalog().factors()) {
      double[] sums = known.computeIfAbsent(factor.category(), c -> new double[2]);
      Optional<Rating> rating = assessment.rating(factor.code()).filter(Rating::isKnown);
      if (rating.isPresent()) {
        double weight = weight(factor, first);
        sums[0] += weight * assessment.scale().normalize(rating.get().value().getAsDouble());
        sums[1] += weight;
      }
    }
    // Then every factor's part, and the sums each area is scored from.
    List<FactorScore> factors = new ArrayList<>();
    Map<FactorCategory, double[]> scored = new EnumMap<>(FactorCategory.class);
    for (SuccessFactor factor : assessment.catalog().factors()) {
      double[] sums = scored.computeIfAbsent(factor.category(), c -> new double[2]);
      double weight = weight(factor, first);
      Optional<Rating> rating = assessment.rating(factor.code());
      OptionalDouble value;
      boolean imputed;
      if (rating.isPresent() && rating.get().isKnown()) {
        value = OptionalDouble.of(assessment.scale().normalize(rating.get().value().getAsDouble()));
        imputed = false;
      } else {
        value = imputed(known.get(factor.category()));
        imputed = value.isPresent();
        if (rating.isPresent() && flaw == Flaw.UNKNOWN_AS_ZERO) {
          sums[1] += weight; // a hidden zero: counted, but reported as left out
        }
      }
      if (value.isPresent()) {
        sums[0] += weight * value.getAsDouble();
        sums[1] += weight;
      }
      factors.add(FactorScore.of(factor.code(), factor.category(), value, imputed, weight));
    }
    List<CategoryScore> areas = new ArrayList<>();
    for (Map.Entry<FactorCategory, double[]> area : scored.entrySet()) {
      FactorCategory category = area.getKey();
      double[] sums = area.getValue();
      if (sums[1] == 0) {
        continue;
      }
      int size = assessment.catalog().inCategory(category).size();
      int rated =
          (int) factors.stream().filter(f -> f.category() == category && f.isRated()).count();
      areas.add(CategoryScore.of(category, sums[0] / sums[1], 1, rated, size));
    }
    checkArgument(!areas.isEmpty(), "assessment %s has no factor with a value", assessment.id());
    double overall =
        flaw == Flaw.OVERALL_IS_LOWEST_AREA
            ? areas.stream().mapToDouble(CategoryScore::score).min().orElseThrow()
            : areas.stream().mapToDouble(CategoryScore::score).average().orElseThrow();
    return Score.builder()
        .relationship(assessment.relationship())
        .date(assessment.date())
        .catalog(assessment.catalog().name())
        .overall(overall)
        .categories(areas)
        .factors(factors)
        .coverage(assessment.coverage())
        .build();
  }

  private double weight(SuccessFactor factor, String firstRated) {
    return flaw == Flaw.FIRST_RATING_COUNTS_DOUBLE && factor.code().equals(firstRated) ? 2 : 1;
  }

  /** The value a missing factor gets under the policy, from its area's known sums. */
  private OptionalDouble imputed(double[] knownSums) {
    switch (policy) {
      case SCALE_MINIMUM:
        return OptionalDouble.of(0);
      case AREA_MEAN:
        return knownSums[1] > 0
            ? OptionalDouble.of(knownSums[0] / knownSums[1])
            : OptionalDouble.empty();
      default:
        return OptionalDouble.empty();
    }
  }

  @Override
  public String toString() {
    return "MeanOfAreasRule[" + policy + (flaw == Flaw.NONE ? "" : ", " + flaw) + "]";
  }
}
