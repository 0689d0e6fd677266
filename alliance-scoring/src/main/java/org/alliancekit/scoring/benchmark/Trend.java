package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.apiguardian.api.API;

/**
 * The year-on-year trend of one relationship's best-practice score: one {@link TrendPoint} per
 * calendar year that has an assessment, in year order.
 *
 * <pre>{@code
 * Trend trend = Trend.of(assessmentsOfAcme, rule);
 * for (TrendPoint point : trend.points()) {
 *   System.out.println(point.year() + ": " + point.score().percent() + "% " + point.change());
 * }
 * }</pre>
 *
 * <p><b>Which assessment counts.</b> Each year is represented by its latest assessment (by date);
 * earlier ones that year are ignored. When several assessments share that latest date (both sides
 * interviewed on the same day, say) they are combined first with {@link AssessmentCombiner#mean()},
 * so they must then use one catalog. The chosen assessment is scored with the given {@link
 * ScoringRule}.
 *
 * <p><b>Change.</b> Each point's {@link TrendPoint#change()} is its overall score minus the overall
 * score of the point before it, which is the previous year that had an assessment: a year without
 * one is skipped, not filled in. The first point has no change.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship followed
 * @param points one point per year with an assessment, years strictly increasing; at least one
 */
@API(status = STABLE, since = "0.1")
public record Trend(RelationshipId relationship, ImmutableList<TrendPoint> points) {

  /** Validates the points: of the relationship, in year order, changes matching the scores. */
  public Trend {
    checkNotNull(relationship, "relationship");
    checkNotNull(points, "points");
    checkArgument(!points.isEmpty(), "trend of relationship %s has no points", relationship);
    TrendPoint previous = null;
    for (TrendPoint point : points) {
      checkArgument(
          point.score().relationship().equals(relationship),
          "trend of relationship %s has a score of relationship %s in year %s",
          relationship,
          point.score().relationship(),
          point.year());
      if (previous == null) {
        checkArgument(
            point.change().isEmpty(),
            "first point %s of the trend of relationship %s must have no change",
            point.year(),
            relationship);
      } else {
        checkArgument(
            point.year().isAfter(previous.year()),
            "trend of relationship %s has year %s after year %s; years must increase",
            relationship,
            point.year(),
            previous.year());
        checkArgument(
            point.change().equals(OptionalDouble.of(point.overall() - previous.overall())),
            "change %s of year %s must be the overall score %s minus the previous score %s",
            point.change(),
            point.year(),
            point.overall(),
            previous.overall());
      }
      previous = point;
    }
  }

  /**
   * Returns the trend of the relationship the given assessments belong to, scored by {@code rule}.
   *
   * @throws IllegalArgumentException if there are no assessments, they belong to different
   *     relationships (the message names two of them), assessments on the same latest date of a
   *     year cannot be combined, or the rule cannot score an assessment
   */
  public static Trend of(Iterable<Assessment> assessments, ScoringRule rule) {
    ImmutableList<Assessment> all = ImmutableList.copyOf(checkNotNull(assessments, "assessments"));
    checkNotNull(rule, "rule");
    checkArgument(!all.isEmpty(), "a trend needs at least one assessment, not none");
    Assessment first = all.get(0);
    Map<Year, List<Assessment>> latestByYear = new TreeMap<>();
    for (Assessment assessment : all) {
      checkArgument(
          assessment.relationship().equals(first.relationship()),
          "assessments %s and %s are of different relationships, %s and %s; a trend follows one"
              + " relationship",
          first.id(),
          assessment.id(),
          first.relationship(),
          assessment.relationship());
      List<Assessment> latest =
          latestByYear.computeIfAbsent(Year.from(assessment.date()), y -> new ArrayList<>());
      LocalDate latestDate = latest.isEmpty() ? null : latest.get(0).date();
      if (latestDate == null || assessment.date().isAfter(latestDate)) {
        latest.clear();
        latest.add(assessment);
      } else if (assessment.date().equals(latestDate)) {
        latest.add(assessment);
      }
    }
    ImmutableList.Builder<TrendPoint> points = ImmutableList.builder();
    Score previous = null;
    for (Map.Entry<Year, List<Assessment>> year : latestByYear.entrySet()) {
      List<Assessment> latest = year.getValue();
      Assessment chosen =
          latest.size() == 1 ? latest.get(0) : AssessmentCombiner.mean().combine(latest);
      Score score = checkNotNull(rule.score(chosen), "rule %s returned no score", rule);
      OptionalDouble change =
          previous == null
              ? OptionalDouble.empty()
              : OptionalDouble.of(score.overall() - previous.overall());
      points.add(new TrendPoint(year.getKey(), score, change));
      previous = score;
    }
    return new Trend(first.relationship(), points.build());
  }

  /** The point of the given year, if that year had an assessment. */
  public Optional<TrendPoint> point(Year year) {
    checkNotNull(year, "year");
    return points.stream().filter(p -> p.year().equals(year)).findFirst();
  }

  /** The latest point. */
  public TrendPoint latest() {
    return points.get(points.size() - 1);
  }

  /**
   * The overall change from the first point to the latest, from -1 to 1; 0 when there is only one
   * point.
   */
  public double totalChange() {
    return latest().overall() - points.get(0).overall();
  }
}
