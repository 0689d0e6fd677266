package org.alliancekit.scoring.benchmark;

import static org.alliancekit.scoring.benchmark.HalfYearTrendTest.rated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.evidence.EvidencePanel;
import org.alliancekit.scoring.evidence.PanelObservation;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The quarterly evidence panel, from assessments and revenue booked by quarter. */
class QuarterlyPanelTest {
  private static final RelationshipId ACME = RelationshipId.of("acme");
  private static final RelationshipId GLOBEX = RelationshipId.of("globex");

  private static PeriodRevenue revenue(RelationshipId relationship, String period, long eur) {
    return PeriodRevenue.of(relationship, RevenuePeriod.parse(period), Money.of(eur, "EUR"));
  }

  @Test
  void observesEachQuarterWithItsScoreRevenueAndNextQuarter() {
    // acme: Q1 2026 two assessments, 4 and 6 -> mean 5 -> 0.5; Q2 one, 7 -> 0.7.
    // Revenue by quarter: Q1 100, Q2 130, Q3 150 (Q3 has no assessment: only the next revenue).
    // globex books by half-year only, so it has no quarterly observation and is left out.
    List<Assessment> assessments =
        List.of(
            rated("a1", LocalDate.of(2026, 1, 15), 4),
            rated("a2", LocalDate.of(2026, 3, 31), 6),
            rated("a3", LocalDate.of(2026, 5, 2), 7),
            rated("g1", LocalDate.of(2026, 2, 1), 5).withRelationship(GLOBEX),
            rated("g2", LocalDate.of(2026, 8, 1), 6).withRelationship(GLOBEX));
    List<PeriodRevenue> revenues =
        List.of(
            revenue(ACME, "2026-Q3", 150),
            revenue(ACME, "2026-Q1", 100),
            revenue(ACME, "2026-Q2", 130),
            revenue(GLOBEX, "2026-H1", 400),
            revenue(GLOBEX, "2026-H2", 500));
    EvidencePanel panel =
        EvidencePanel.quarterly(
            assessments,
            revenues,
            new MeanRule(),
            AssessmentCombiner.mean(),
            Month.JANUARY,
            Monetary.getCurrency("EUR"));
    assertEquals(2, panel.observations().size());
    PanelObservation q1 = panel.observations().get(0);
    assertEquals(RevenuePeriod.quarter(2026, 1), q1.half());
    assertEquals(0.5, q1.score(), 1e-12);
    assertEquals(0, new BigDecimal("100").compareTo(q1.revenue()));
    assertEquals(0, new BigDecimal("130").compareTo(q1.nextRevenue().orElseThrow()));
    PanelObservation q2 = panel.observations().get(1);
    assertEquals(RevenuePeriod.quarter(2026, 2), q2.half());
    assertEquals(0.7, q2.score(), 1e-12);
    assertEquals(0, new BigDecimal("150").compareTo(q2.nextRevenue().orElseThrow()));
    assertEquals(1, panel.leftOut());
    assertEquals(1, panel.relationships());
  }

  @Test
  void fiscalQuartersFollowTheFiscalYearStart() {
    // With a fiscal year starting in April, 15 May 2026 lies in fiscal 2026, quarter 1.
    EvidencePanel panel =
        EvidencePanel.quarterly(
            List.of(
                rated("a1", LocalDate.of(2026, 5, 15), 4),
                rated("a2", LocalDate.of(2026, 8, 15), 5)),
            List.of(revenue(ACME, "2026-Q1", 10), revenue(ACME, "2026-Q2", 20)),
            new MeanRule(),
            AssessmentCombiner.mean(),
            Month.APRIL,
            Monetary.getCurrency("EUR"));
    assertEquals(
        List.of(RevenuePeriod.quarter(2026, 1), RevenuePeriod.quarter(2026, 2)),
        panel.observations().stream().map(PanelObservation::half).toList());
    assertEquals(Optional.empty(), panel.observations().get(1).nextRevenue());
  }

  @Test
  void refusesAQuarterBookedTwiceAndMixedPeriodLengths() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EvidencePanel.quarterly(
                    List.of(),
                    List.of(revenue(ACME, "2026-Q1", 10), revenue(ACME, "2026-Q1", 20)),
                    new MeanRule(),
                    AssessmentCombiner.mean(),
                    Month.JANUARY,
                    Monetary.getCurrency("EUR")));
    assertTrue(twice.getMessage().contains("2026-Q1 twice"), twice.getMessage());
    IllegalArgumentException mixed =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EvidencePanel.of(
                    Monetary.getCurrency("EUR"),
                    List.of(
                        new PanelObservation(
                            ACME,
                            RevenuePeriod.quarter(2026, 1),
                            0.5,
                            BigDecimal.ONE,
                            Optional.empty()),
                        new PanelObservation(
                            ACME,
                            RevenuePeriod.half(2026, 2),
                            0.5,
                            BigDecimal.ONE,
                            Optional.empty()))));
    assertTrue(mixed.getMessage().contains("mix half-years and quarters"), mixed.getMessage());
  }
}
