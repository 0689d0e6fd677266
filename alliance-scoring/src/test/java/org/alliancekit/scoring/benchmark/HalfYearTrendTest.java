package org.alliancekit.scoring.benchmark;

import static org.alliancekit.scoring.benchmark.BenchmarkFixtures.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.Score;
import org.junit.jupiter.api.Test;

class HalfYearTrendTest {
  private static final double EPSILON = 1e-12;
  private static final MeanRule RULE = new MeanRule();
  private static final AssessmentCombiner MEAN = AssessmentCombiner.mean();
  private static final RelationshipId ACME = RelationshipId.of("acme");
  private static final RelationshipId GLOBEX = RelationshipId.of("globex");

  /** An assessment of acme that rates only Co1, so the test rule scores it Co1 / 10. */
  static Assessment rated(String id, LocalDate date, double co1) {
    return assessment(id, date).addRatings(Rating.of("Co1", co1)).build();
  }

  private static HalfYearTrend acme(List<Assessment> assessments, Month fiscalYearStart) {
    return HalfYearTrend.of(ACME, assessments, RULE, MEAN, fiscalYearStart);
  }

  @Test
  void eachHalfYearCombinesItsAssessmentsAndChangesFollowOnlyTheImmediatelyPrecedingHalfYear() {
    // 2024-H2: 30 September, 4 -> 0.4; the first point has no change.
    // 2025-H1: no assessment, a gap.
    // 2025-H2: 15 October, 5 -> 0.5; the preceding half-year 2025-H1 has no point, so no change.
    // 2026-H1: host 8 on 1 February and partner 6 on 31 May, mean 7 -> 0.7, dated 31 May;
    // change 0.7 - 0.5 = 0.2.
    HalfYearTrend trend =
        acme(
            List.of(
                rated("a4", LocalDate.of(2026, 5, 31), 6).withSide(Side.PARTNER),
                rated("a1", LocalDate.of(2024, 9, 30), 4),
                rated("a3", LocalDate.of(2026, 2, 1), 8),
                rated("a2", LocalDate.of(2025, 10, 15), 5)),
            Month.JANUARY);
    assertEquals(ACME, trend.relationship());
    assertEquals(Month.JANUARY, trend.fiscalYearStart());
    assertEquals(
        List.of(
            RevenuePeriod.half(2024, 2), RevenuePeriod.half(2025, 2), RevenuePeriod.half(2026, 1)),
        trend.points().stream().map(HalfYearPoint::half).toList());
    HalfYearPoint first = trend.points().get(0);
    assertEquals(0.4, first.overall(), EPSILON);
    assertEquals(OptionalDouble.empty(), first.change());
    HalfYearPoint afterGap = trend.points().get(1);
    assertEquals(0.5, afterGap.overall(), EPSILON);
    assertEquals(OptionalDouble.empty(), afterGap.change());
    HalfYearPoint latest = trend.latest();
    assertEquals(0.7, latest.overall(), EPSILON);
    assertEquals(LocalDate.of(2026, 5, 31), latest.score().date());
    assertEquals(0.2, latest.change().getAsDouble(), EPSILON);
    assertEquals(Optional.of(afterGap), trend.point(RevenuePeriod.half(2025, 2)));
    assertEquals(Optional.empty(), trend.point(RevenuePeriod.half(2025, 1)));
    assertEquals(Optional.empty(), trend.point(RevenuePeriod.half(2027, 1)));
    assertEquals(Optional.of(first), trend.point(RevenuePeriod.half(2024, 2)));
  }

  @Test
  void consecutiveHalfYearsAcrossAYearEndHaveAChange() {
    // 2025-H2 (1 December, 3 -> 0.3) then 2026-H1 (1 January, 9 -> 0.9): change 0.9 - 0.3 = 0.6.
    HalfYearTrend trend =
        acme(
            List.of(
                rated("a2", LocalDate.of(2026, 1, 1), 9),
                rated("a1", LocalDate.of(2025, 12, 1), 3)),
            Month.JANUARY);
    assertEquals(0.6, trend.latest().change().getAsDouble(), EPSILON);
  }

  @Test
  void fiscalHalfYearsFollowTheStartMonth() {
    // 15 June 2025 and 15 July 2025: calendar halves 2025-H1 and 2025-H2; with fiscal years
    // starting in July, half 2 of fiscal year 2024 (January to June 2025) and half 1 of 2025.
    List<Assessment> assessments =
        List.of(
            rated("a1", LocalDate.of(2025, 6, 15), 2), rated("a2", LocalDate.of(2025, 7, 15), 6));
    assertEquals(
        List.of(RevenuePeriod.half(2025, 1), RevenuePeriod.half(2025, 2)),
        acme(assessments, Month.JANUARY).points().stream().map(HalfYearPoint::half).toList());
    HalfYearTrend july = acme(assessments, Month.JULY);
    assertEquals(
        List.of(RevenuePeriod.half(2024, 2), RevenuePeriod.half(2025, 1)),
        july.points().stream().map(HalfYearPoint::half).toList());
    assertEquals(0.4, july.latest().change().getAsDouble(), EPSILON);
    // 1 August and 1 December 2025 share fiscal half 2025-H1 (July to December) and are combined:
    // mean of 2 and 6 is 4 -> 0.4.
    HalfYearTrend combined =
        acme(
            List.of(
                rated("a1", LocalDate.of(2025, 8, 1), 2),
                rated("a2", LocalDate.of(2025, 12, 1), 6)),
            Month.JULY);
    assertEquals(1, combined.points().size());
    assertEquals(0.4, combined.latest().overall(), EPSILON);
  }

  @Test
  void theCombinerChoosesWhichAssessmentsCount() {
    // Host 8 and partner 6 in 2026-H1: the host side alone scores 0.8, the mean 0.7.
    List<Assessment> assessments =
        List.of(
            rated("a1", LocalDate.of(2026, 2, 1), 8),
            rated("a2", LocalDate.of(2026, 3, 1), 6).withSide(Side.PARTNER));
    assertEquals(
        0.8,
        HalfYearTrend.of(ACME, assessments, RULE, AssessmentCombiner.side(Side.HOST), Month.JANUARY)
            .latest()
            .overall(),
        EPSILON);
    assertEquals(0.7, acme(assessments, Month.JANUARY).latest().overall(), EPSILON);
  }

  @Test
  void byRelationshipGivesOneTrendPerRelationshipInIdOrder() {
    Assessment globex = rated("g1", LocalDate.of(2025, 3, 1), 5).withRelationship(GLOBEX);
    Assessment acme1 = rated("a1", LocalDate.of(2025, 3, 1), 2);
    Assessment acme2 = rated("a2", LocalDate.of(2025, 9, 1), 4);
    ImmutableMap<RelationshipId, HalfYearTrend> trends =
        HalfYearTrend.byRelationship(List.of(globex, acme2, acme1), RULE, MEAN, Month.JANUARY);
    assertEquals(List.of(ACME, GLOBEX), trends.keySet().asList());
    assertEquals(acme(List.of(acme1, acme2), Month.JANUARY), trends.get(ACME));
    assertEquals(
        HalfYearTrend.of(GLOBEX, List.of(globex), RULE, MEAN, Month.JANUARY), trends.get(GLOBEX));
    assertEquals(ImmutableMap.of(), HalfYearTrend.byRelationship(List.of(), RULE, MEAN, Month.MAY));
  }

  @Test
  void rejectsAnAssessmentOfAnotherRelationship() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                acme(
                    List.of(
                        rated("a1", LocalDate.of(2025, 3, 1), 2),
                        rated("g1", LocalDate.of(2025, 3, 1), 5).withRelationship(GLOBEX)),
                    Month.JANUARY));
    assertEquals(
        "assessment g1 is of relationship globex, not acme; a half-year trend follows one"
            + " relationship",
        e.getMessage());
  }

  @Test
  void rejectsNoAssessments() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acme(List.of(), Month.JANUARY));
    assertEquals(
        "a half-year trend of relationship acme needs at least one assessment, not none",
        e.getMessage());
  }

  @Test
  void rejectsACombinerThatCannotCombineAHalfYear() {
    List<Assessment> partnerOnly =
        List.of(rated("a1", LocalDate.of(2026, 2, 1), 8).withSide(Side.PARTNER));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            HalfYearTrend.of(
                ACME, partnerOnly, RULE, AssessmentCombiner.side(Side.HOST), Month.JANUARY));
  }

  @Test
  void rejectsPointsOutOfOrder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HalfYearTrend(
                    ACME,
                    Month.JANUARY,
                    ImmutableList.of(
                        point(2025, 2, 0.5, OptionalDouble.empty()),
                        point(2025, 1, 0.5, OptionalDouble.empty()))));
    assertEquals(
        "half-year trend of relationship acme has 2025-H1 after 2025-H2; half-years must increase",
        e.getMessage());
  }

  @Test
  void rejectsAChangeAcrossAGap() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HalfYearTrend(
                    ACME,
                    Month.JANUARY,
                    ImmutableList.of(
                        point(2024, 2, 0.5, OptionalDouble.empty()),
                        point(2025, 2, 0.75, OptionalDouble.of(0.25)))));
    assertEquals(
        "change OptionalDouble[0.25] of half-year 2025-H2 must be OptionalDouble.empty: the overall"
            + " score minus that of the immediately preceding half-year, if it has a point",
        e.getMessage());
  }

  @Test
  void rejectsAMissingOrWrongChangeAfterTheImmediatelyPrecedingHalfYear() {
    HalfYearPoint h1 = point(2025, 1, 0.5, OptionalDouble.empty());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new HalfYearTrend(
                ACME,
                Month.JANUARY,
                ImmutableList.of(h1, point(2025, 2, 0.75, OptionalDouble.empty()))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new HalfYearTrend(
                ACME,
                Month.JANUARY,
                ImmutableList.of(h1, point(2025, 2, 0.75, OptionalDouble.of(0.5)))));
    HalfYearTrend valid =
        new HalfYearTrend(
            ACME,
            Month.JANUARY,
            ImmutableList.of(h1, point(2025, 2, 0.75, OptionalDouble.of(0.25))));
    assertEquals(2, valid.points().size());
  }

  @Test
  void rejectsAFirstPointWithAChange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HalfYearTrend(
                    ACME,
                    Month.JANUARY,
                    ImmutableList.of(point(2025, 1, 0.5, OptionalDouble.of(0)))));
    assertEquals(
        "change OptionalDouble[0.0] of half-year 2025-H1 must be OptionalDouble.empty: the overall"
            + " score minus that of the immediately preceding half-year, if it has a point",
        e.getMessage());
  }

  @Test
  void rejectsAScoreDatedOutsideItsHalfYear() {
    // point(2025, 1, ...) is dated 30 June 2025: in 2025-H1 of calendar years, but in 2024-H2
    // (January to June 2025) of fiscal years starting in July.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HalfYearTrend(
                    ACME,
                    Month.JULY,
                    ImmutableList.of(point(2025, 1, 0.5, OptionalDouble.empty()))));
    assertEquals(
        "score dated 2025-06-30 is outside half-year 2025-H1 (2025-07-01 to 2025-12-31) of fiscal"
            + " years starting in JULY",
        e.getMessage());
  }

  @Test
  void rejectsAScoreOfAnotherRelationship() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HalfYearTrend(
                    GLOBEX,
                    Month.JANUARY,
                    ImmutableList.of(point(2025, 1, 0.5, OptionalDouble.empty()))));
    assertEquals(
        "half-year trend of relationship globex has a score of relationship acme in 2025-H1",
        e.getMessage());
  }

  @Test
  void rejectsATrendWithoutPoints() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new HalfYearTrend(ACME, Month.JANUARY, ImmutableList.of()));
    assertEquals("half-year trend of relationship acme has no points", e.getMessage());
  }

  @Test
  void pointLookupRejectsAQuarter() {
    HalfYearTrend trend = acme(List.of(rated("a1", LocalDate.of(2025, 3, 1), 2)), Month.JANUARY);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> trend.point(RevenuePeriod.quarter(2025, 1)));
    assertEquals("period 2025-Q1 must be a half-year, not a quarter", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    HalfYearPoint h1 = point(2025, 1, 0.5, OptionalDouble.empty());
    new EqualsTester()
        .addEqualityGroup(
            new HalfYearTrend(ACME, Month.JANUARY, ImmutableList.of(h1)),
            new HalfYearTrend(
                ACME, Month.JANUARY, ImmutableList.of(point(2025, 1, 0.5, OptionalDouble.empty()))))
        .addEqualityGroup(new HalfYearTrend(ACME, Month.FEBRUARY, ImmutableList.of(h1)))
        .addEqualityGroup(
            new HalfYearTrend(
                ACME,
                Month.JANUARY,
                ImmutableList.of(h1, point(2025, 2, 0.75, OptionalDouble.of(0.25)))))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester =
        BenchmarkFixtures.nullPointerTester()
            .setDefault(RevenuePeriod.class, RevenuePeriod.half(2025, 1))
            .setDefault(Month.class, Month.JANUARY)
            .setDefault(AssessmentCombiner.class, MEAN)
            .setDefault(org.alliancekit.scoring.assessment.ScoringRule.class, RULE);
    tester.testAllPublicStaticMethods(HalfYearTrend.class);
    tester.testAllPublicConstructors(HalfYearTrend.class);
    tester.testAllPublicInstanceMethods(
        acme(List.of(rated("a1", LocalDate.of(2025, 3, 1), 2)), Month.JANUARY));
  }

  /** A point of acme in the given calendar half-year, dated on its last day. */
  static HalfYearPoint point(int year, int half, double overall, OptionalDouble change) {
    Score score =
        Score.builder()
            .from(BenchmarkFixtures.score("acme", overall))
            .date(half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31))
            .build();
    return new HalfYearPoint(RevenuePeriod.half(year, half), score, change);
  }
}
