package org.alliancekit.benchmarks.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.alliancekit.attribution.game.Shapley;
import org.junit.jupiter.api.Test;

class AttributionChecksTest {
  @Test
  void exactShapleyOfTheQuadraticGameIsItsClosedForm() {
    double[] weights = AttributionData.playerWeights(8, AttributionData.SEED);
    ShapleyChecks.matchesClosedForm(
        Shapley.exact().values(AttributionData.game(weights)), weights, 0);
  }

  @Test
  void closedFormCheckRejectsAnotherGame() {
    double[] weights = AttributionData.playerWeights(6, AttributionData.SEED);
    double[] other = weights.clone();
    other[2] += 0.25;
    assertThrows(
        IllegalStateException.class,
        () ->
            ShapleyChecks.matchesClosedForm(
                Shapley.exact().values(AttributionData.game(other)), weights, 0));
  }

  @Test
  void sampledShapleyLiesWithinSixStandardErrors() {
    double[] weights = AttributionData.playerWeights(30, AttributionData.SEED);
    ShapleyChecks.matchesClosedForm(
        Shapley.sampled(500, AttributionData.SEED).values(AttributionData.game(weights)),
        weights,
        6);
  }

  @Test
  void closedFormOfTwoPlayersWorkedByHand() {
    // v({a}) = 1, v({b}) = 4, v({a, b}) = 9: a gets (1 + (9 - 4)) / 2 = 3 = 1 x 3, b gets 6 = 2 x
    // 3.
    double[] values = AttributionData.closedFormShapley(new double[] {1, 2});
    assertEquals(3.0, values[0]);
    assertEquals(6.0, values[1]);
  }

  @Test
  void roleSplitBaselineSplitsByLargestRemainder() {
    AttributionData.Deals deals = AttributionData.deals(20_000, 500, AttributionData.SEED);
    long[] parts = RoleSplitBaseline.split(deals);
    for (int deal = 0; deal < deals.size(); deal++) {
      long sum = 0;
      for (int k = deals.start()[deal]; k < deals.start()[deal + 1]; k++) {
        sum += parts[k];
      }
      assertEquals(deals.amountMinor()[deal], sum, "deal " + deal);
    }
  }

  @Test
  void roleSplitBenchmarkSetUpAcceptsTheLibrary() {
    RoleSplitBenchmark benchmark = new RoleSplitBenchmark();
    benchmark.deals = 20_000;
    benchmark.setUp();
  }

  @Test
  void markovBenchmarkSetUpAcceptsTheLibrary() {
    MarkovBenchmark benchmark = new MarkovBenchmark();
    benchmark.journeys = 5_000;
    benchmark.setUp();
  }
}
