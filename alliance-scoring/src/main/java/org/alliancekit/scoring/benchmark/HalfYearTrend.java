package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.apiguardian.api.API;

/**
 * The half-year by half-year trend of one relationship's best-practice score: one {@link
 * HalfYearPoint} per half-year that has an assessment, in period order. Where {@link Trend} keeps
 * one assessment per calendar year, this keeps every survey of a half-yearly rhythm.
 *
 * <pre>{@code
 * HalfYearTrend trend =
 *     HalfYearTrend.of(acme, assessmentsOfAcme, rule, AssessmentCombiner.mean(), Month.JANUARY);
 * for (HalfYearPoint point : trend.points()) {
 *   System.out.println(point.half() + ": " + point.score().percent() + "% " + point.change());
 * }
 * }</pre>
 *
 * <p><b>Half-years.</b> Half-years are the {@link RevenuePeriod}s of length {@link
 * RevenuePeriod.Length#HALF_YEAR} of fiscal years starting in {@code fiscalYearStart}, as {@link
 * RevenuePeriod#firstDay(Month)} defines them: a fiscal year is named after the calendar year it
 * starts in. With {@link Month#JANUARY} these are calendar half-years ({@code 2026-H1} is January
 * to June 2026); with {@link Month#JULY}, 15 March 2026 lies in {@code 2025-H2} (January to June
 * 2026). An assessment belongs to the half-year that contains its date.
 *
 * <p><b>Which assessments count.</b> All of a half-year's assessments are combined into one with
 * the given {@link AssessmentCombiner}, even a single one (so that a {@linkplain
 * AssessmentCombiner#side side} combiner keeps only its side), and the combination is scored with
 * the given {@link ScoringRule}. The combined assessment, and so the point's score, is dated with
 * the latest date of the assessments the combiner chose.
 *
 * <p><b>Change.</b> Each point's {@link HalfYearPoint#change()} is its overall score minus the
 * overall score of the immediately preceding half-year ({@code 2025-H2} before {@code 2026-H1}). A
 * half-year without an assessment breaks the chain: the point after such a gap has no change,
 * rather than a change from an older point. The first point has no change.
 *
 * <p>The trend does not depend on the order of the assessments. Immutable and thread-safe.
 *
 * @param relationship the relationship followed
 * @param fiscalYearStart the month the fiscal years of the half-years start in
 * @param points one point per half-year with an assessment, half-years strictly increasing; at
 *     least one
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HalfYearTrend(
    RelationshipId relationship, Month fiscalYearStart, ImmutableList<HalfYearPoint> points) {

  /**
   * Validates the points: of the relationship, dated within their half-year, in period order, and
   * with the changes the scores give.
   */
  public HalfYearTrend {
    checkNotNull(relationship, "relationship");
    checkNotNull(fiscalYearStart, "fiscalYearStart");
    checkNotNull(points, "points");
    checkArgument(
        !points.isEmpty(), "half-year trend of relationship %s has no points", relationship);
    HalfYearPoint previous = null;
    for (HalfYearPoint point : points) {
      RevenuePeriod half = point.half();
      checkArgument(
          point.score().relationship().equals(relationship),
          "half-year trend of relationship %s has a score of relationship %s in %s",
          relationship,
          point.score().relationship(),
          half);
      LocalDate date = point.score().date();
      checkArgument(
          !date.isBefore(half.firstDay(fiscalYearStart))
              && !date.isAfter(half.lastDay(fiscalYearStart)),
          "score dated %s is outside half-year %s (%s to %s) of fiscal years starting in %s",
          date,
          half,
          half.firstDay(fiscalYearStart),
          half.lastDay(fiscalYearStart),
          fiscalYearStart);
      if (previous != null) {
        checkArgument(
            half.compareTo(previous.half()) > 0,
            "half-year trend of relationship %s has %s after %s; half-years must increase",
            relationship,
            half,
            previous.half());
      }
      OptionalDouble expected = change(previous, point.half(), point.score());
      checkArgument(
          point.change().equals(expected),
          "change %s of half-year %s must be %s: the overall score minus that of the immediately"
              + " preceding half-year, if it has a point",
          point.change(),
          half,
          expected);
      previous = point;
    }
  }

  /**
   * Returns the half-year trend of the given relationship from its assessments.
   *
   * @param relationship the relationship every assessment must be of
   * @param assessments the relationship's assessments, in any order; at least one
   * @param rule scores each half-year's combined assessment
   * @param combiner combines each half-year's assessments into one, even a single one
   * @param fiscalYearStart the month the fiscal years start in; {@link Month#JANUARY} for calendar
   *     half-years
   * @throws IllegalArgumentException if there are no assessments, one is of another relationship
   *     (the message names it), one is dated in a fiscal year outside 1 to 9999, the combiner
   *     cannot combine a half-year's assessments (two with one id, different catalogs, none from a
   *     side combiner's side), or the rule cannot score a combination
   */
  public static HalfYearTrend of(
      RelationshipId relationship,
      Iterable<Assessment> assessments,
      ScoringRule rule,
      AssessmentCombiner combiner,
      Month fiscalYearStart) {
    checkNotNull(relationship, "relationship");
    checkNotNull(assessments, "assessments");
    checkNotNull(rule, "rule");
    checkNotNull(combiner, "combiner");
    checkNotNull(fiscalYearStart, "fiscalYearStart");
    Map<RevenuePeriod, List<Assessment>> byHalf = new TreeMap<>();
    for (Assessment assessment : assessments) {
      checkNotNull(assessment, "assessment of relationship %s", relationship);
      checkArgument(
          assessment.relationship().equals(relationship),
          "assessment %s is of relationship %s, not %s; a half-year trend follows one"
              + " relationship",
          assessment.id(),
          assessment.relationship(),
          relationship);
      byHalf
          .computeIfAbsent(
              HalfYears.containing(assessment.date(), fiscalYearStart), h -> new ArrayList<>())
          .add(assessment);
    }
    checkArgument(
        !byHalf.isEmpty(),
        "a half-year trend of relationship %s needs at least one assessment, not none",
        relationship);
    ImmutableList.Builder<HalfYearPoint> points = ImmutableList.builder();
    HalfYearPoint previous = null;
    for (Map.Entry<RevenuePeriod, List<Assessment>> half : byHalf.entrySet()) {
      Assessment combined = combiner.combine(half.getValue());
      Score score = checkNotNull(rule.score(combined), "rule %s returned no score", rule);
      HalfYearPoint point =
          new HalfYearPoint(half.getKey(), score, change(previous, half.getKey(), score));
      points.add(point);
      previous = point;
    }
    return new HalfYearTrend(relationship, fiscalYearStart, points.build());
  }

  /**
   * Returns the half-year trend of every relationship that has an assessment, in relationship id
   * order: {@link #of} applied to each relationship's assessments.
   *
   * @throws IllegalArgumentException as {@link #of} does for any relationship
   */
  public static ImmutableMap<RelationshipId, HalfYearTrend> byRelationship(
      Iterable<Assessment> assessments,
      ScoringRule rule,
      AssessmentCombiner combiner,
      Month fiscalYearStart) {
    checkNotNull(assessments, "assessments");
    checkNotNull(rule, "rule");
    checkNotNull(combiner, "combiner");
    checkNotNull(fiscalYearStart, "fiscalYearStart");
    Map<RelationshipId, List<Assessment>> byRelationship = new TreeMap<>();
    for (Assessment assessment : assessments) {
      checkNotNull(assessment, "assessment");
      byRelationship
          .computeIfAbsent(assessment.relationship(), r -> new ArrayList<>())
          .add(assessment);
    }
    ImmutableMap.Builder<RelationshipId, HalfYearTrend> trends = ImmutableMap.builder();
    byRelationship.forEach(
        (relationship, own) ->
            trends.put(relationship, of(relationship, own, rule, combiner, fiscalYearStart)));
    return trends.buildOrThrow();
  }

  /** The change a point of {@code half} with {@code score} has after {@code previous}. */
  private static OptionalDouble change(HalfYearPoint previous, RevenuePeriod half, Score score) {
    if (previous == null || !HalfYears.shift(half, -1).equals(Optional.of(previous.half()))) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(score.overall() - previous.overall());
  }

  /**
   * The point of the given half-year, if that half-year had an assessment.
   *
   * @throws IllegalArgumentException if the period is a quarter
   */
  public Optional<HalfYearPoint> point(RevenuePeriod half) {
    HalfYears.checkHalf(checkNotNull(half, "half"));
    int low = 0;
    int high = points.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = points.get(mid).half().compareTo(half);
      if (order < 0) {
        low = mid + 1;
      } else if (order > 0) {
        high = mid - 1;
      } else {
        return Optional.of(points.get(mid));
      }
    }
    return Optional.empty();
  }

  /** The latest point. */
  public HalfYearPoint latest() {
    return points.get(points.size() - 1);
  }
}
