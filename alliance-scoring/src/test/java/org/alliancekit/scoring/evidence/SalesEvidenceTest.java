package org.alliancekit.scoring.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SalesEvidenceTest {
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  private static PanelObservation at(String id, int year, int half, double score, long revenue) {
    return new PanelObservation(
        RelationshipId.of(id),
        RevenuePeriod.half(year, half),
        score,
        BigDecimal.valueOf(revenue),
        Optional.empty());
  }

  private static PanelObservation at(
      String id, int year, int half, double score, long revenue, long next) {
    return new PanelObservation(
        RelationshipId.of(id),
        RevenuePeriod.half(year, half),
        score,
        BigDecimal.valueOf(revenue),
        Optional.of(BigDecimal.valueOf(next)));
  }

  /** r1 40% -> 50% with 100 -> 110; r2 60% -> 70% with 200 -> 230; r3 30% -> 20% with 50 -> 45. */
  private static EvidencePanel handMade() {
    return EvidencePanel.of(
        GBP,
        List.of(
            at("r1", 2025, 1, 0.40, 100),
            at("r1", 2025, 2, 0.50, 110),
            at("r2", 2025, 1, 0.60, 200),
            at("r2", 2025, 2, 0.70, 230),
            at("r3", 2025, 1, 0.30, 50),
            at("r3", 2025, 2, 0.20, 45)));
  }

  @Test
  void theWithinSlopeIsTheHandComputedFixedEffectsSlope() {
    ElasticityEstimate within = SalesEvidence.estimate(handMade(), EstimateKind.WITHIN, 0, 500, 1);
    // Each relationship has two points 10 points apart, so its demeaned scores are -5 and +5 and
    // its demeaned log revenues -d/2 and +d/2, d = the change in log revenue along the score:
    // sum(x'y') = 5 d1 + 5 d2 + 5 d3 and sum(x'x') = 3 * 50.
    double d1 = Math.log(110) - Math.log(100);
    double d2 = Math.log(230) - Math.log(200);
    double d3 = Math.log(50) - Math.log(45); // the score fell 10 points and revenue fell too
    double slope = 5 * (d1 + d2 + d3) / 150;
    assertEquals(slope, within.slope().getAsDouble(), 1e-12);
    assertEquals(100 * (Math.exp(slope) - 1), within.elasticity().getAsDouble(), 1e-10);
    assertEquals(0.0113478, slope, 1e-7);
    assertEquals(3, within.relationships());
    assertEquals(6, within.observations());
    // Every relationship moved the same way: every resample's slope is positive.
    assertEquals(Verdict.SUPPORTED, within.verdict());
    assertTrue(within.ciLow().getAsDouble() > 0 && within.ciHigh().getAsDouble() > 0);
    assertTrue(within.ciLow().getAsDouble() <= within.elasticity().getAsDouble());
    assertTrue(within.ciHigh().getAsDouble() >= within.elasticity().getAsDouble());
  }

  /** Forty relationships r00 to r39, three half-years each, scores and revenues from a seed. */
  private static EvidencePanel generated() {
    Random random = new Random(11);
    List<PanelObservation> observations = new ArrayList<>();
    for (int r = 0; r < 40; r++) {
      String id = String.format("r%02d", r);
      observations.add(at(id, 2024, 1, 0.2 + 0.7 * random.nextDouble(), 50 + random.nextInt(450)));
      observations.add(at(id, 2024, 2, 0.2 + 0.7 * random.nextDouble(), 50 + random.nextInt(450)));
      observations.add(at(id, 2025, 1, 0.2 + 0.7 * random.nextDouble(), 50 + random.nextInt(450)));
    }
    return EvidencePanel.of(GBP, observations);
  }

  /**
   * The interval as the class documents it, written out draw by draw: each resample draws 40
   * relationships with replacement from one {@code SplittableRandom} and adds their points' sums in
   * the order drawn.
   */
  private static double[] drawByDraw(
      EvidencePanel panel, boolean within, int resamples, long seed) {
    List<double[]> groups = new ArrayList<>(); // n, sx, sy, sxx, sxy of each relationship
    for (int r = 0; r < 40; r++) {
      RelationshipId id = RelationshipId.of(String.format("r%02d", r));
      List<double[]> points = new ArrayList<>();
      for (PanelObservation observation : panel.observations()) {
        if (observation.relationship().equals(id)) {
          points.add(
              new double[] {
                observation.score() * 100, Math.log(observation.revenue().doubleValue())
              });
        }
      }
      double mx = 0;
      double my = 0;
      for (double[] point : points) {
        mx += point[0] / points.size();
        my += point[1] / points.size();
      }
      double[] sums = new double[5];
      for (double[] point : points) {
        double x = within ? point[0] - mx : point[0];
        double y = within ? point[1] - my : point[1];
        sums[0] += 1;
        sums[1] += within ? 0 : x;
        sums[2] += within ? 0 : y;
        sums[3] += x * x;
        sums[4] += x * y;
      }
      groups.add(sums);
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    List<Double> slopes = new ArrayList<>();
    for (int s = 0; s < resamples; s++) {
      double[] total = new double[5];
      for (int k = 0; k < 40; k++) {
        double[] drawn = groups.get(random.nextInt(40));
        for (int i = 0; i < 5; i++) {
          total[i] += drawn[i];
        }
      }
      double sxx = total[3] - total[1] * total[1] / total[0];
      double sxy = total[4] - total[1] * total[2] / total[0];
      if (sxx > 0) {
        slopes.add(sxy / sxx);
      }
    }
    double[] sorted = slopes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {
      SalesEvidence.elasticity(SalesEvidence.percentile(sorted, 0.05)),
      SalesEvidence.elasticity(SalesEvidence.percentile(sorted, 0.95))
    };
  }

  @Test
  void theIntervalIsThatOfResamplingWholeRelationshipsDrawByDraw() {
    EvidencePanel panel = generated();
    for (EstimateKind kind : EstimateKind.values()) {
      ElasticityEstimate estimate = SalesEvidence.estimate(panel, kind, 0, 300, 5);
      double[] expected = drawByDraw(panel, kind == EstimateKind.WITHIN, 300, 5);
      assertEquals(40, estimate.relationships(), kind::toString);
      assertEquals(expected[0], estimate.ciLow().getAsDouble(), 1e-9, kind::toString);
      assertEquals(expected[1], estimate.ciHigh().getAsDouble(), 1e-9, kind::toString);
    }
  }

  @Test
  void theAcrossSlopeIsTheOrdinaryLeastSquaresSlope() {
    ElasticityEstimate across = SalesEvidence.estimate(handMade(), EstimateKind.ACROSS, 0, 500, 1);
    double[] x = {40, 50, 60, 70, 30, 20};
    double[] y = {
      Math.log(100), Math.log(110), Math.log(200), Math.log(230), Math.log(50), Math.log(45)
    };
    double mx = 0;
    double my = 0;
    for (int i = 0; i < 6; i++) {
      mx += x[i] / 6;
      my += y[i] / 6;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < 6; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    assertEquals(sxy / sxx, across.slope().getAsDouble(), 1e-12);
    assertEquals(sxy * sxy / (sxx * syy), across.r2().getAsDouble(), 1e-12);
  }

  @Test
  void lagOneTakesTheNextHalfYearsRevenueAndSkipsObservationsWithout() {
    EvidencePanel panel =
        EvidencePanel.of(
            GBP,
            List.of(
                at("r1", 2025, 1, 0.40, 1, 100),
                at("r1", 2025, 2, 0.50, 1, 120),
                at("r1", 2026, 1, 0.60, 1),
                at("r2", 2025, 1, 0.60, 1, 200),
                at("r2", 2025, 2, 0.50, 1, 190),
                at("r3", 2025, 1, 0.20, 1, 40),
                at("r3", 2025, 2, 0.40, 1, 48)));
    ElasticityEstimate lagged = SalesEvidence.estimate(panel, EstimateKind.WITHIN, 1, 200, 3);
    // r1 and r2 are 10 points apart (x' = -5, +5; 50 each to sum(x'x')), r3 20 points apart
    // (x' = -10, +10; 200), and r1's last half-year has no next revenue.
    double d3 = Math.log(48) - Math.log(40);
    double expected =
        (5 * (Math.log(120) - Math.log(100)) + 5 * (Math.log(200) - Math.log(190)) + 10 * d3)
            / (50 + 50 + 200);
    assertEquals(expected, lagged.slope().getAsDouble(), 1e-12);
    assertEquals(6, lagged.observations());
  }

  @Test
  void zeroRevenueIsLeftOutAndCountedNeverLogged() {
    List<PanelObservation> observations = new ArrayList<>(handMade().observations());
    observations.add(at("r1", 2026, 1, 0.9, 0));
    ElasticityEstimate within =
        SalesEvidence.estimate(EvidencePanel.of(GBP, observations), EstimateKind.WITHIN, 0, 200, 1);
    assertEquals(1, within.zeroRevenues());
    assertEquals(6, within.observations());
    assertEquals(
        SalesEvidence.estimate(handMade(), EstimateKind.WITHIN, 0, 200, 1).slope(), within.slope());
  }

  @Test
  void tooFewRelationshipsGiveAReasonNotANumber() {
    EvidencePanel two =
        EvidencePanel.of(
            GBP,
            List.of(
                at("r1", 2025, 1, 0.40, 100),
                at("r1", 2025, 2, 0.50, 110),
                at("r2", 2025, 1, 0.60, 200),
                at("r2", 2025, 2, 0.70, 230),
                at("r3", 2025, 1, 0.30, 50)));
    assertEquals(1, two.leftOut());
    ElasticityEstimate within = SalesEvidence.estimate(two, EstimateKind.WITHIN, 0, 100, 1);
    assertEquals(Verdict.INSUFFICIENT_DATA, within.verdict());
    assertEquals(OptionalDouble.empty(), within.elasticity());
    assertTrue(within.reason().orElseThrow().contains("only 2 relationship(s)"), within::toString);
  }

  @Test
  void theSameSeedGivesTheSameEstimateWhateverTheOrderOfTheObservations() {
    List<PanelObservation> shuffled = new ArrayList<>(handMade().observations());
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(
        SalesEvidence.standard(handMade()),
        SalesEvidence.standard(EvidencePanel.of(GBP, shuffled)));
  }

  @Test
  void aPlantedElasticityIsCoveredByTheIntervalInAtLeast85Of100Portfolios() {
    double planted = 2.0; // percent of revenue per point of score
    double slope = Math.log1p(planted / 100);
    int covered = 0;
    for (int seed = 0; seed < 100; seed++) {
      ElasticityEstimate estimate =
          SalesEvidence.estimate(generated(slope, seed), EstimateKind.WITHIN, 1, 1_000, seed);
      if (estimate.ciLow().getAsDouble() <= planted && planted <= estimate.ciHigh().getAsDouble()) {
        covered++;
      }
    }
    assertTrue(covered >= 85, "covered in " + covered + " of 100");
  }

  @Test
  void withNothingPlantedTheVerdictIsNotSupportedInAtLeast90Of100Portfolios() {
    int supported = 0;
    for (int seed = 0; seed < 100; seed++) {
      ElasticityEstimate estimate =
          SalesEvidence.estimate(generated(0, 1_000 + seed), EstimateKind.WITHIN, 1, 1_000, seed);
      if (estimate.verdict() == Verdict.SUPPORTED) {
        supported++;
      }
    }
    assertTrue(supported <= 10, "supported in " + supported + " of 100");
  }

  @Test
  void calibratedUpliftsArePricedFromTheSlopePercentilesAndRoundedOnce() {
    ElasticityEstimate estimate =
        new ElasticityEstimate(
            EstimateKind.WITHIN,
            1,
            OptionalDouble.of(0.02),
            OptionalDouble.of(SalesEvidence.elasticity(0.02)),
            OptionalDouble.of(1.0),
            OptionalDouble.of(3.0),
            OptionalDouble.of(0.01),
            OptionalDouble.of(0.02),
            OptionalDouble.of(0.03),
            OptionalDouble.of(0.5),
            10,
            60,
            0,
            2_000,
            1,
            Verdict.SUPPORTED,
            Optional.empty());
    CalibratedUplift uplift =
        CalibratedUplift.of(
            RelationshipId.of("r1"), Money.of(1_000_000, "GBP"), 0.30, 0.65, estimate);
    // A gain of 35 points: exp(0.35) - 1, exp(0.70) - 1 and exp(1.05) - 1 of GBP 1,000,000.
    assertEquals(Money.of(new BigDecimal("419067.55"), "GBP"), uplift.p10());
    assertEquals(Money.of(new BigDecimal("1013752.71"), "GBP"), uplift.p50());
    assertEquals(Money.of(new BigDecimal("1857651.12"), "GBP"), uplift.p90());
    // The proportional rule: 1,000,000 x (0.65 / 0.30 - 1).
    assertEquals(
        Money.of(new BigDecimal("1166666.67"), "GBP"), uplift.proportional().orElseThrow());
    assertThrows(
        IllegalArgumentException.class,
        () -> CalibratedUplift.of(RelationshipId.of("r1"), Money.of(1, "GBP"), 0.7, 0.6, estimate));
  }

  /**
   * Thirty relationships over six half-years: log revenue = own level + slope x score (points) +
   * noise, the score wandering; each observation carries the next half-year's revenue, driven by
   * its own score (lag 1).
   */
  private static EvidencePanel generated(double slope, long seed) {
    Random random = new Random(seed);
    List<PanelObservation> observations = new ArrayList<>();
    for (int r = 0; r < 30; r++) {
      double level = 10 + random.nextDouble() * 4;
      double score = 30 + random.nextDouble() * 40;
      for (int t = 0; t < 6; t++) {
        score = Math.max(0, Math.min(100, score + random.nextGaussian() * 6));
        double next = Math.exp(level + slope * score + random.nextGaussian() * 0.08);
        observations.add(
            new PanelObservation(
                RelationshipId.of("r" + r),
                RevenuePeriod.half(2020 + t / 2, 1 + t % 2),
                score / 100,
                BigDecimal.valueOf(1_000),
                Optional.of(BigDecimal.valueOf(Math.round(next)))));
      }
    }
    return EvidencePanel.of(Monetary.getCurrency("GBP"), observations);
  }
}
