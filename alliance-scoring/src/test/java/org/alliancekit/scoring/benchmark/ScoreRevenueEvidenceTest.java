package org.alliancekit.scoring.benchmark;

import static org.alliancekit.scoring.benchmark.BenchmarkFixtures.SCORECARD;
import static org.alliancekit.scoring.benchmark.HalfYearTrendTest.rated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ScoreRevenueEvidenceTest {
  private static final double EPSILON = 1e-12;
  private static final MeanRule RULE = new MeanRule();
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final LocalDate H1_2025 = LocalDate.of(2025, 3, 31);

  /** An assessment of the relationship rating only Co1, so the test rule scores it Co1 / 10. */
  private static Assessment scored(String relationship, LocalDate date, double co1) {
    return rated(relationship + "-" + date, date, co1)
        .withRelationship(RelationshipId.of(relationship));
  }

  private static Collection<HalfYearTrend> trends(List<Assessment> assessments) {
    return HalfYearTrend.byRelationship(assessments, RULE, AssessmentCombiner.mean(), Month.JANUARY)
        .values();
  }

  private static PeriodRevenue eur(String relationship, String period, long amount) {
    return PeriodRevenue.of(
        RelationshipId.of(relationship), RevenuePeriod.parse(period), Money.of(amount, "EUR"));
  }

  /**
   * r1 to r4 score 0.1, 0.2, 0.3, 0.4 in 2025-H1 and book 10, 20, 40, 30 in 2025-H1 and 30, 10, 20,
   * 40 in 2025-H2.
   */
  private static final List<Assessment> FOUR =
      List.of(
          scored("r1", H1_2025, 1),
          scored("r2", H1_2025, 2),
          scored("r3", H1_2025, 3),
          scored("r4", H1_2025, 4));

  private static final List<PeriodRevenue> FOUR_REVENUES =
      List.of(
          eur("r1", "2025-H1", 10),
          eur("r2", "2025-H1", 20),
          eur("r3", "2025-H1", 40),
          eur("r4", "2025-H1", 30),
          eur("r1", "2025-H2", 30),
          eur("r2", "2025-H2", 10),
          eur("r3", "2025-H2", 20),
          eur("r4", "2025-H2", 40));

  @Test
  void knownAnswerInTheSameHalfYear() {
    // Scores x = 0.1, 0.2, 0.3, 0.4 (Pearson does not see the scale: as 1, 2, 3, 4, mean 2.5),
    // revenue y = 10, 20, 40, 30 (mean 25).
    // dx = -1.5, -0.5, 0.5, 1.5; dy = -15, -5, 15, 5.
    // Sum dx*dy = 22.5 + 2.5 + 7.5 + 7.5 = 40; sum dx^2 = 5; sum dy^2 = 225 + 25 + 225 + 25 = 500.
    // Pearson = 40 / sqrt(5 * 500) = 40 / 50 = 0.8.
    // Ranks of y: 1, 2, 4, 3; d = 0, 0, -1, 1; Spearman = 1 - 6 * 2 / (4 * (16 - 1)) = 0.8.
    ScoreRevenueEvidence evidence = ScoreRevenueEvidence.of(trends(FOUR), FOUR_REVENUES, EUR, 0);
    assertTrue(evidence.isDefined());
    assertEquals(ScoreRevenueEvidence.MEASURE, evidence.measure());
    assertEquals("overall_score_vs_revenue", evidence.measure());
    assertEquals(0, evidence.lag());
    assertEquals(EUR, evidence.currency());
    assertEquals(4, evidence.pairs());
    assertEquals(ScoreRevenueEvidence.DEFAULT_PERMUTATIONS, evidence.permutations());
    assertEquals(10_000, evidence.permutations());
    assertEquals(ScoreRevenueEvidence.DEFAULT_SEED, evidence.seed());
    assertEquals(0.8, evidence.pearson().getAsDouble(), EPSILON);
    assertEquals(0.8, evidence.spearman().getAsDouble(), EPSILON);
    assertEquals(Optional.empty(), evidence.reason());
    // Exact p: a re-pairing has dot = 2.5 * sum(u_i * e_i), u = (-3, -1, 1, 3), e a permutation of
    // u, and sum(u * e) = 20 - sum((u - e)^2) / 2. |r| >= 0.8 means |dot| >= 40, so |sum| >= 16,
    // so sum((u - e)^2) <= 8: the identity and the three swaps of neighbours (each costing 2 * 4),
    // and their four mirror images for sum <= -16. 8 of 4! = 24 re-pairings: p = 1/3.
    // With 10,000 permutations the estimate's standard error is sqrt((1/3)(2/3) / 10,000) <
    // 0.0048; 0.02 is four of them.
    assertEquals(1.0 / 3, evidence.pValue().getAsDouble(), 0.02);
  }

  @Test
  void lagOnePairsEachScoreWithTheNextHalfYearsRevenue() {
    // x = 1, 2, 3, 4 (as above) with 2025-H2 revenue y = 30, 10, 20, 40 (mean 25).
    // dy = 5, -15, -5, 15; sum dx*dy = -7.5 + 7.5 - 2.5 + 22.5 = 20; sum dy^2 = 500.
    // Pearson = 20 / 50 = 0.4. Ranks of y: 3, 1, 2, 4; d = -2, 1, 1, 0; sum d^2 = 6;
    // Spearman = 1 - 6 * 6 / 60 = 0.4.
    // r5 scores in 2025-H2 but books nothing in 2026-H1: no pair.
    List<Assessment> assessments = new ArrayList<>(FOUR);
    assessments.add(scored("r5", LocalDate.of(2025, 9, 30), 9));
    List<PeriodRevenue> revenues = new ArrayList<>(FOUR_REVENUES);
    revenues.add(eur("r5", "2025-H2", 1_000));
    ScoreRevenueEvidence evidence = ScoreRevenueEvidence.of(trends(assessments), revenues, EUR, 1);
    assertEquals(1, evidence.lag());
    assertEquals(4, evidence.pairs());
    assertEquals(0.4, evidence.pearson().getAsDouble(), EPSILON);
    assertEquals(0.4, evidence.spearman().getAsDouble(), EPSILON);
    // The same data at lag 0 adds r5's own half-year: 5 pairs.
    assertEquals(5, ScoreRevenueEvidence.of(trends(assessments), revenues, EUR, 0).pairs());
  }

  @Test
  void twoQuartersMakeAHalfYearAndOneQuarterAloneDoesNot() {
    // r1 books 2025-H1 100; r2 books Q1 150 and Q2 150, so 300 in 2025-H1; r3 books only Q1: its
    // half-year has no revenue; r4 books 2025-H1 200.
    // Pairs: x = 1, 2, 4 (scores 0.1, 0.2, 0.4; mean 7/3), y = 100, 300, 200 (as 1, 3, 2; mean 2).
    // dx = -4/3, -1/3, 5/3; dy = -1, 1, 0; sum dx*dy = 4/3 - 1/3 = 1; sum dx^2 = 42/9 = 14/3;
    // sum dy^2 = 2. Pearson = 1 / sqrt(28/3) = sqrt(3/28).
    // Ranks x 1, 2, 3, y 1, 3, 2; d = 0, -1, 1; Spearman = 1 - 6 * 2 / (3 * 8) = 0.5.
    List<Assessment> assessments =
        List.of(
            scored("r1", H1_2025, 1),
            scored("r2", H1_2025, 2),
            scored("r3", H1_2025, 3),
            scored("r4", H1_2025, 4));
    List<PeriodRevenue> revenues =
        List.of(
            eur("r1", "2025-H1", 100),
            eur("r2", "2025-Q2", 150),
            eur("r2", "2025-Q1", 150),
            eur("r3", "2025-Q1", 999),
            eur("r4", "2025-H1", 200));
    ScoreRevenueEvidence evidence = ScoreRevenueEvidence.of(trends(assessments), revenues, EUR, 0);
    assertEquals(3, evidence.pairs());
    assertEquals(Math.sqrt(3.0 / 28), evidence.pearson().getAsDouble(), EPSILON);
    assertEquals(0.5, evidence.spearman().getAsDouble(), EPSILON);
  }

  @Test
  void quartersThreeAndFourMakeTheSecondHalfYear() {
    // As 2025-H2 revenue: r1 Q3 + Q4 = 5 + 5 = 10, r2 20, r3 30: x = 1, 2, 3 against 10, 20, 30.
    List<Assessment> assessments =
        List.of(
            scored("r1", LocalDate.of(2025, 8, 1), 1),
            scored("r2", LocalDate.of(2025, 8, 1), 2),
            scored("r3", LocalDate.of(2025, 8, 1), 3));
    List<PeriodRevenue> revenues =
        List.of(
            eur("r1", "2025-Q3", 5),
            eur("r1", "2025-Q4", 5),
            eur("r2", "2025-H2", 20),
            eur("r3", "2025-H2", 30));
    ScoreRevenueEvidence evidence = ScoreRevenueEvidence.of(trends(assessments), revenues, EUR, 0);
    assertEquals(3, evidence.pairs());
    assertEquals(1, evidence.pearson().getAsDouble(), EPSILON);
  }

  /** Eight relationships scoring 0.1 to 0.8 with revenue 100 to 800, or 800 to 100. */
  private static ScoreRevenueEvidence perfect(boolean increasing, long seed) {
    List<Assessment> assessments = new ArrayList<>();
    List<PeriodRevenue> revenues = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      assessments.add(scored("r" + i, H1_2025, i));
      revenues.add(eur("r" + i, "2025-H1", 100L * (increasing ? i : 9 - i)));
    }
    return ScoreRevenueEvidence.of(
        trends(assessments), revenues, EUR, 0, ScoreRevenueEvidence.DEFAULT_PERMUTATIONS, seed);
  }

  @Test
  void aPerfectCorrelationHasASmallPValueInEitherDirection() {
    // Of the 8! = 40,320 re-pairings only the identity and the reversal reach |r| = 1: exact
    // p = 2 / 8! = 1/20,160. The estimate (1 + count) / 10,001 counts, among 10,000 random
    // re-pairings, those with |r| = 1: Binomial(10,000, 1/20,160), mean 0.5; it exceeds 5 with
    // probability below 2e-5 (the seed is fixed, so the outcome is the same every run). Asserted:
    // 1/10,001 <= p <= 6/10,001, far below 0.001.
    for (boolean increasing : List.of(true, false)) {
      ScoreRevenueEvidence evidence = perfect(increasing, ScoreRevenueEvidence.DEFAULT_SEED);
      double sign = increasing ? 1 : -1;
      assertEquals(sign, evidence.pearson().getAsDouble(), EPSILON);
      assertEquals(sign, evidence.spearman().getAsDouble(), EPSILON);
      double p = evidence.pValue().getAsDouble();
      assertTrue(p >= 1.0 / 10_001, "p " + p);
      assertTrue(p <= 6.0 / 10_001, "p " + p);
    }
  }

  @Test
  void thePValueOfAFixedSeedIsTheSameEveryTime() {
    ScoreRevenueEvidence first =
        ScoreRevenueEvidence.of(trends(FOUR), FOUR_REVENUES, EUR, 0, 2_000, 42L);
    ScoreRevenueEvidence second =
        ScoreRevenueEvidence.of(trends(FOUR), FOUR_REVENUES, EUR, 0, 2_000, 42L);
    assertEquals(first, second);
    assertEquals(42L, first.seed());
    assertEquals(2_000, first.permutations());
    // p = (1 + count) / 2,001: a whole count.
    double count = first.pValue().getAsDouble() * 2_001 - 1;
    assertEquals(Math.rint(count), count, 1e-9);
    // Another seed draws other permutations; with 200 of them, p = 1/3 is estimated within four
    // standard errors, 4 * sqrt((1/3)(2/3) / 200) < 0.134, whatever the seed.
    for (long seed = 1; seed <= 5; seed++) {
      assertEquals(
          1.0 / 3,
          ScoreRevenueEvidence.of(trends(FOUR), FOUR_REVENUES, EUR, 0, 200, seed)
              .pValue()
              .getAsDouble(),
          0.134);
    }
  }

  @Test
  void tooFewPairsLeaveTheEvidenceUndefined() {
    ScoreRevenueEvidence none = ScoreRevenueEvidence.of(trends(FOUR), List.of(), EUR, 0);
    assertFalse(none.isDefined());
    assertEquals(0, none.pairs());
    assertEquals(OptionalDouble.empty(), none.pearson());
    assertEquals(OptionalDouble.empty(), none.spearman());
    assertEquals(OptionalDouble.empty(), none.pValue());
    assertEquals(
        Optional.of(
            "only 0 (relationship, half-year) pairs have both an overall score and EUR revenue"
                + " in the same half-year; a correlation needs at least 3"),
        none.reason());
    ScoreRevenueEvidence two =
        ScoreRevenueEvidence.of(
            trends(FOUR), List.of(eur("r1", "2025-H2", 1), eur("r2", "2025-H2", 2)), EUR, 1);
    assertEquals(2, two.pairs());
    assertEquals(
        Optional.of(
            "only 2 (relationship, half-year) pairs have both an overall score and EUR revenue"
                + " 1 half-year(s) later; a correlation needs at least 3"),
        two.reason());
    ScoreRevenueEvidence noTrends = ScoreRevenueEvidence.of(List.of(), FOUR_REVENUES, EUR, 0);
    assertEquals(0, noTrends.pairs());
  }

  @Test
  void equalScoresOrEqualRevenueLeaveTheEvidenceUndefined() {
    List<Assessment> sameScores =
        List.of(scored("r1", H1_2025, 5), scored("r2", H1_2025, 5), scored("r3", H1_2025, 5));
    List<PeriodRevenue> sameRevenue =
        List.of(eur("r1", "2025-H1", 100), eur("r2", "2025-H1", 100), eur("r3", "2025-H1", 100));
    assertEquals(
        Optional.of(
            "all 3 pairs have the same overall score, 0.5; a correlation needs scores that differ"),
        ScoreRevenueEvidence.of(trends(sameScores), FOUR_REVENUES, EUR, 0).reason());
    ScoreRevenueEvidence flat = ScoreRevenueEvidence.of(trends(FOUR), sameRevenue, EUR, 0);
    assertEquals(3, flat.pairs());
    assertEquals(
        Optional.of(
            "all 3 pairs have the same revenue, EUR 100; a correlation needs revenues that differ"),
        flat.reason());
  }

  @Test
  void rejectsRevenueInAnotherCurrency() {
    List<PeriodRevenue> revenues =
        List.of(
            eur("r1", "2025-H1", 10),
            PeriodRevenue.of(
                RelationshipId.of("r2"), RevenuePeriod.half(2025, 1), Money.of(20, "USD")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreRevenueEvidence.of(trends(FOUR), revenues, EUR, 0));
    assertEquals(
        "revenue of relationship r2 in 2025-H1 is in USD, not EUR; convert all revenue to EUR"
            + " first",
        e.getMessage());
  }

  @Test
  void rejectsRevenueBookedTwiceForTheSameMonths() {
    IllegalArgumentException overlap =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScoreRevenueEvidence.of(
                    trends(FOUR),
                    List.of(eur("r1", "2025-H1", 10), eur("r1", "2025-Q2", 5)),
                    EUR,
                    0));
    assertEquals(
        "relationship r1 books revenue for 2025-Q2, which overlaps 2025-H1; book each month's"
            + " revenue once",
        overlap.getMessage());
    IllegalArgumentException halfAfterQuarter =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScoreRevenueEvidence.of(
                    trends(FOUR),
                    List.of(eur("r1", "2025-Q4", 10), eur("r1", "2025-H2", 5)),
                    EUR,
                    0));
    assertEquals(
        "relationship r1 books revenue for 2025-H2, which overlaps 2025-Q4; book each month's"
            + " revenue once",
        halfAfterQuarter.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScoreRevenueEvidence.of(
                    trends(FOUR),
                    List.of(eur("r1", "2025-Q3", 10), eur("r1", "2025-Q3", 5)),
                    EUR,
                    0));
    assertEquals(
        "relationship r1 books revenue for 2025-Q3 twice; book each period once",
        twice.getMessage());
    // Different quarters of one half, and the same period of different relationships, are fine.
    ScoreRevenueEvidence.of(
        trends(FOUR),
        List.of(eur("r1", "2025-Q3", 10), eur("r1", "2025-Q4", 5), eur("r2", "2025-Q3", 5)),
        EUR,
        0);
  }

  @Test
  void rejectsTwoTrendsOfOneRelationshipOrDifferentFiscalYears() {
    HalfYearTrend acme =
        HalfYearTrend.of(
            RelationshipId.of("r1"),
            List.of(scored("r1", H1_2025, 1)),
            RULE,
            AssessmentCombiner.mean(),
            Month.JANUARY);
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreRevenueEvidence.of(List.of(acme, acme), FOUR_REVENUES, EUR, 0));
    assertEquals(
        "relationship r1 has two trends; give one trend per relationship", twice.getMessage());
    HalfYearTrend july =
        HalfYearTrend.of(
            RelationshipId.of("r2"),
            List.of(scored("r2", H1_2025, 1)),
            RULE,
            AssessmentCombiner.mean(),
            Month.JULY);
    IllegalArgumentException fiscal =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreRevenueEvidence.of(List.of(acme, july), FOUR_REVENUES, EUR, 0));
    assertEquals(
        "the trend of relationship r2 has fiscal years starting in JULY, others in JANUARY; all"
            + " trends and revenue must use one fiscal year",
        fiscal.getMessage());
  }

  @Test
  void rejectsANegativeLagAndNoPermutations() {
    IllegalArgumentException lag =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreRevenueEvidence.of(trends(FOUR), FOUR_REVENUES, EUR, -1));
    assertEquals("lag -1 must not be negative", lag.getMessage());
    IllegalArgumentException permutations =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreRevenueEvidence.of(trends(FOUR), FOUR_REVENUES, EUR, 0, 0, 1L));
    assertEquals("number of permutations 0 must be at least 1", permutations.getMessage());
  }

  private static ScoreRevenueEvidence evidence(
      int pairs, OptionalDouble pearson, OptionalDouble pValue, Optional<String> reason) {
    return new ScoreRevenueEvidence(
        ScoreRevenueEvidence.MEASURE, 0, EUR, pairs, 99, 7L, pearson, pearson, pValue, reason);
  }

  @Test
  void validatesTheValues() {
    assertEquals(
        "undefined evidence (too few) has no coefficients and no p-value",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    evidence(
                        2, OptionalDouble.empty(), OptionalDouble.of(0.5), Optional.of("too few")))
            .getMessage());
    assertEquals(
        "evidence needs both coefficients and a p-value, or a reason why they are undefined",
        assertThrows(
                IllegalArgumentException.class,
                () -> evidence(5, OptionalDouble.of(0.5), OptionalDouble.empty(), Optional.empty()))
            .getMessage());
    assertEquals(
        "evidence from 2 pairs cannot be defined; it needs at least 3",
        assertThrows(
                IllegalArgumentException.class,
                () -> evidence(2, OptionalDouble.of(0.5), OptionalDouble.of(0.5), Optional.empty()))
            .getMessage());
    assertEquals(
        "p-value 0.005 must be between 1 / (1 + 99 permutations) = 0.01 and 1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    evidence(3, OptionalDouble.of(0.5), OptionalDouble.of(0.005), Optional.empty()))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> evidence(3, OptionalDouble.of(0.5), OptionalDouble.of(1.5), Optional.empty()));
    assertEquals(
        "pearson coefficient 1.5 must be between -1 and 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> evidence(3, OptionalDouble.of(1.5), OptionalDouble.of(1), Optional.empty()))
            .getMessage());
    assertEquals(
        "reason ' ' must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> evidence(3, OptionalDouble.empty(), OptionalDouble.empty(), Optional.of(" ")))
            .getMessage());
    assertEquals(
        "lag -1 must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new ScoreRevenueEvidence(
                        "m",
                        -1,
                        EUR,
                        0,
                        1,
                        0L,
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        Optional.of("r")))
            .getMessage());
    // The least and the greatest p-values are possible.
    evidence(3, OptionalDouble.of(-1), OptionalDouble.of(0.01), Optional.empty());
    evidence(3, OptionalDouble.of(1), OptionalDouble.of(1), Optional.empty());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            evidence(3, OptionalDouble.of(0.5), OptionalDouble.of(0.5), Optional.empty()),
            evidence(3, OptionalDouble.of(0.5), OptionalDouble.of(0.5), Optional.empty()))
        .addEqualityGroup(
            evidence(3, OptionalDouble.of(0.5), OptionalDouble.of(0.25), Optional.empty()))
        .addEqualityGroup(
            evidence(2, OptionalDouble.empty(), OptionalDouble.empty(), Optional.of("too few")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester().setDefault(String.class, "m");
    tester.testAllPublicStaticMethods(ScoreRevenueEvidence.class);
    tester.testAllPublicConstructors(ScoreRevenueEvidence.class);
    tester.testAllPublicInstanceMethods(
        ScoreRevenueEvidence.of(trends(FOUR), FOUR_REVENUES, EUR, 0, 10, 1L));
  }

  /** Assessments and revenue records of several relationships. */
  record Data(List<Assessment> assessments, List<PeriodRevenue> revenues) {}

  /** One relationship's assessments, how each of seven half-years is booked, and the amounts. */
  private record Booking(List<Assessment> assessments, List<Integer> kinds, List<Long> cents) {}

  @Property(tries = 200)
  void shufflingAssessmentsAndRevenuesChangesNothing(
      @ForAll("data") Data data, @ForAll long shuffleSeed) {
    List<Assessment> assessments = new ArrayList<>(data.assessments());
    List<PeriodRevenue> revenues = new ArrayList<>(data.revenues());
    Random random = new Random(shuffleSeed);
    Collections.shuffle(assessments, random);
    Collections.shuffle(revenues, random);
    for (int lag = 0; lag <= 1; lag++) {
      ScoreRevenueEvidence expected =
          ScoreRevenueEvidence.of(trends(data.assessments()), data.revenues(), EUR, lag, 200, 3L);
      List<HalfYearTrend> shuffledTrends = new ArrayList<>(trends(assessments));
      Collections.shuffle(shuffledTrends, random);
      assertEquals(expected, ScoreRevenueEvidence.of(shuffledTrends, revenues, EUR, lag, 200, 3L));
      Statistics.label("lag " + lag + " defined").collect(expected.isDefined());
    }
    assertEquals(
        HalfYearTrend.byRelationship(
            data.assessments(), RULE, AssessmentCombiner.mean(), Month.JANUARY),
        HalfYearTrend.byRelationship(assessments, RULE, AssessmentCombiner.mean(), Month.JANUARY));
  }

  @Provide
  Arbitrary<Data> data() {
    Arbitrary<LocalDate> days =
        Arbitraries.longs()
            .between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2027, 6, 30).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<Assessment> assessments =
        Combinators.combine(
                ModelArbitraries.assessments()
                    .forCatalog(SCORECARD)
                    .onScale(RatingScale.zeroToTen())
                    .atLeastOneKnown(),
                days)
            .as(Assessment::withDate);
    Arbitrary<Booking> bookings =
        Combinators.combine(
                assessments.list().ofMinSize(1).ofMaxSize(5),
                Arbitraries.integers().between(0, 4).list().ofSize(7),
                Arbitraries.longs().between(0, 100_000_000L).list().ofSize(14))
            .as(Booking::new);
    return bookings.list().ofMinSize(3).ofMaxSize(8).map(ScoreRevenueEvidenceTest::data);
  }

  /**
   * Relationship {@code r<i>} gets the i-th booking: its assessments with ids of their own, and in
   * each half-year 2024-H1 to 2027-H1 nothing (kind 0), the half-year (1), both quarters (2), or
   * only the first (3) or second (4) quarter.
   */
  private static Data data(List<Booking> bookings) {
    List<Assessment> assessments = new ArrayList<>();
    List<PeriodRevenue> revenues = new ArrayList<>();
    for (int r = 0; r < bookings.size(); r++) {
      RelationshipId relationship = RelationshipId.of("r" + r);
      Booking booking = bookings.get(r);
      for (int a = 0; a < booking.assessments().size(); a++) {
        assessments.add(
            booking
                .assessments()
                .get(a)
                .withRelationship(relationship)
                .withId(AssessmentId.of("r" + r + "-a" + a)));
      }
      for (int h = 0; h < 7; h++) {
        RevenuePeriod half = RevenuePeriod.half(2024 + h / 2, 1 + h % 2);
        RevenuePeriod first = RevenuePeriod.quarter(half.year(), 2 * half.number() - 1);
        RevenuePeriod second = RevenuePeriod.quarter(half.year(), 2 * half.number());
        Money a = Money.of(BigDecimal.valueOf(booking.cents().get(2 * h), 2), EUR);
        Money b = Money.of(BigDecimal.valueOf(booking.cents().get(2 * h + 1), 2), EUR);
        List<PeriodRevenue> booked =
            switch (booking.kinds().get(h)) {
              case 1 -> List.of(PeriodRevenue.of(relationship, half, a));
              case 2 ->
                  List.of(
                      PeriodRevenue.of(relationship, first, a),
                      PeriodRevenue.of(relationship, second, b));
              case 3 -> List.of(PeriodRevenue.of(relationship, first, a));
              case 4 -> List.of(PeriodRevenue.of(relationship, second, b));
              default -> List.of();
            };
        revenues.addAll(booked);
      }
    }
    return new Data(ImmutableList.copyOf(assessments), ImmutableList.copyOf(revenues));
  }
}
