package org.alliancekit.scoring.benchmark;

import static org.alliancekit.scoring.benchmark.BenchmarkFixtures.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.Score;
import org.junit.jupiter.api.Test;

class TrendTest {
  private static final double EPSILON = 1e-12;
  private static final MeanRule RULE = new MeanRule();
  private static final RelationshipId ACME = RelationshipId.of("acme");

  /** An assessment of acme that rates only Co1, so the test rule scores it Co1 / 10. */
  private static Assessment rated(String id, LocalDate date, double co1) {
    return assessment(id, date).addRatings(Rating.of("Co1", co1)).build();
  }

  @Test
  void eachYearIsScoredFromItsLatestAssessment() {
    // 2024: March (4 -> 0.4) and November (6 -> 0.6); November counts.
    // 2025: no assessment, skipped.
    // 2026: January (1) is superseded by two assessments on 30 June, host 8 and partner 6, whose
    // mean 7 scores 0.7. Change since 2024: 0.7 - 0.6 = 0.1.
    Trend trend =
        Trend.of(
            List.of(
                rated("a3", LocalDate.of(2026, 6, 30), 8),
                rated("a1", LocalDate.of(2024, 3, 31), 4),
                rated("a5", LocalDate.of(2026, 1, 15), 1),
                rated("a2", LocalDate.of(2024, 11, 30), 6),
                rated("a4", LocalDate.of(2026, 6, 30), 6).withSide(Side.PARTNER)),
            RULE);
    assertEquals(ACME, trend.relationship());
    assertEquals(
        List.of(Year.of(2024), Year.of(2026)),
        trend.points().stream().map(TrendPoint::year).toList());
    TrendPoint first = trend.points().get(0);
    assertEquals(0.6, first.overall(), EPSILON);
    assertEquals(LocalDate.of(2024, 11, 30), first.score().date());
    assertEquals(OptionalDouble.empty(), first.change());
    TrendPoint latest = trend.latest();
    assertEquals(0.7, latest.overall(), EPSILON);
    assertEquals(LocalDate.of(2026, 6, 30), latest.score().date());
    assertEquals(0.1, latest.change().getAsDouble(), EPSILON);
    assertEquals(0.1, trend.totalChange(), EPSILON);
    assertEquals(Optional.empty(), trend.point(Year.of(2025)));
    assertEquals(Optional.of(first), trend.point(Year.of(2024)));
  }

  @Test
  void oneAssessmentGivesOnePointWithoutChange() {
    Trend trend = Trend.of(List.of(rated("a1", LocalDate.of(2025, 5, 1), 5)), RULE);
    assertEquals(1, trend.points().size());
    assertEquals(OptionalDouble.empty(), trend.latest().change());
    assertEquals(0.0, trend.totalChange());
  }

  @Test
  void rejectsAssessmentsOfDifferentRelationships() {
    Assessment globex =
        rated("b1", LocalDate.of(2025, 5, 1), 5).withRelationship(RelationshipId.of("globex"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Trend.of(List.of(rated("a1", LocalDate.of(2024, 5, 1), 5), globex), RULE));
    assertEquals(
        "assessments a1 and b1 are of different relationships, acme and globex; a trend follows"
            + " one relationship",
        e.getMessage());
  }

  @Test
  void rejectsNoAssessments() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Trend.of(List.of(), RULE));
    assertEquals("a trend needs at least one assessment, not none", e.getMessage());
  }

  @Test
  void combinesSameDayAssessmentsOnTheTwoStandardCatalogsOnTheBestPractices() {
    LocalDate day = LocalDate.of(2025, 5, 1);
    Assessment other =
        assessment("a2", day)
            .catalog(FactorCatalogs.bestPractices())
            .addRatings(Rating.of("Co1", 5))
            .build();
    Trend trend = Trend.of(List.of(rated("a1", day, 5), other), RULE);
    // One year, one point: the scorecard assessment is read on the best practices with the other.
    assertEquals(1, trend.points().size());
  }

  @Test
  void rejectsPointsOutOfYearOrder() {
    TrendPoint y2025 = point(2025, 0.5, OptionalDouble.empty());
    TrendPoint y2024 = point(2024, 0.5, OptionalDouble.of(0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Trend(ACME, ImmutableList.of(y2025, y2024)));
    assertEquals(
        "trend of relationship acme has year 2024 after year 2025; years must increase",
        e.getMessage());
  }

  @Test
  void rejectsAChangeThatDoesNotMatchTheScores() {
    TrendPoint y2024 = point(2024, 0.5, OptionalDouble.empty());
    TrendPoint y2025 = point(2025, 0.75, OptionalDouble.of(0.5));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Trend(ACME, ImmutableList.of(y2024, y2025)));
    assertEquals(
        "change OptionalDouble[0.5] of year 2025 must be the overall score 0.75 minus the previous"
            + " score 0.5",
        e.getMessage());
  }

  @Test
  void rejectsAFirstPointWithAChange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Trend(ACME, ImmutableList.of(point(2024, 0.5, OptionalDouble.of(0.1)))));
    assertEquals(
        "first point 2024 of the trend of relationship acme must have no change", e.getMessage());
  }

  @Test
  void rejectsAScoreOfAnotherRelationship() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Trend(
                    RelationshipId.of("globex"),
                    ImmutableList.of(point(2024, 0.5, OptionalDouble.empty()))));
    assertEquals(
        "trend of relationship globex has a score of relationship acme in year 2024",
        e.getMessage());
  }

  @Test
  void rejectsATrendWithoutPoints() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Trend(ACME, ImmutableList.of()));
    assertEquals("trend of relationship acme has no points", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    TrendPoint y2024 = point(2024, 0.5, OptionalDouble.empty());
    new EqualsTester()
        .addEqualityGroup(
            new Trend(ACME, ImmutableList.of(y2024)),
            new Trend(ACME, ImmutableList.of(point(2024, 0.5, OptionalDouble.empty()))))
        .addEqualityGroup(
            new Trend(ACME, ImmutableList.of(y2024, point(2025, 0.75, OptionalDouble.of(0.25)))))
        .addEqualityGroup(
            new Trend(ACME, ImmutableList.of(point(2024, 0.25, OptionalDouble.empty()))))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Trend.class);
    tester.testAllPublicConstructors(Trend.class);
    tester.testAllPublicInstanceMethods(
        Trend.of(List.of(rated("a1", LocalDate.of(2025, 5, 1), 5)), RULE));
  }

  static TrendPoint point(int year, double overall, OptionalDouble change) {
    Score score =
        Score.builder()
            .from(BenchmarkFixtures.score("acme", overall))
            .date(LocalDate.of(year, 12, 31))
            .build();
    return new TrendPoint(Year.of(year), score, change);
  }
}
