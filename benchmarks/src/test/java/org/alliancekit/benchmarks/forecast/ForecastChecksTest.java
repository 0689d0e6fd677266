package org.alliancekit.benchmarks.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ForecastChecksTest {
  @Test
  void forecastBenchmarkSetUpAcceptsAllFourImplementations() {
    ForecastBenchmark benchmark = new ForecastBenchmark();
    benchmark.rows = 20_000;
    benchmark.setUp();
  }

  @Test
  void crossCheckRejectsAResultOneCentOff() {
    ForecastData data = ForecastData.generate(2_000, 50, ForecastData.SEED);
    long[] expected = ForecastBaseline.forecast(data, 0.9);
    long[] actual = expected.clone();
    actual[3 * QuarterFigures.FIELDS + QuarterFigures.WEIGHTED]++;
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> QuarterFigures.check("columns", expected, actual));
    assertEquals(
        "columns: quarter 3, weighted is "
            + actual[3 * QuarterFigures.FIELDS + QuarterFigures.WEIGHTED]
            + ", but the baseline's is "
            + expected[3 * QuarterFigures.FIELDS + QuarterFigures.WEIGHTED],
        error.getMessage());
  }

  @Test
  void baselineForecastOfThreeRowsWorkedByHand() {
    // 100.00 EUR open at 0.1, 200.00 GBP won, 300.00 USD committed (0.9), all in 2026 Q1:
    // open = 100 + 300 x 0.9187 = 375.61; committed = 275.61; won = 200 x 1.1532 = 230.64;
    // weighted = 100 x 0.1 + 230.64 + 275.61 x 0.9 = 10 + 230.64 + 248.049 = 488.689 -> 488.69.
    ForecastData one = ForecastData.generate(1, 1, ForecastData.SEED);
    ForecastData data =
        new ForecastData(
            one.currencies(),
            one.stages(),
            new long[] {10_000, 20_000, 30_000},
            new int[] {0, 1, 2},
            new int[] {0, 5, 4},
            new int[] {0, 0, 0},
            new int[] {20_454, 20_454, 20_454},
            new int[] {0, 0, 0});
    long[] result = ForecastBaseline.forecast(data, 0.9);
    assertEquals(2, result[QuarterFigures.OPEN_COUNT]);
    assertEquals(1, result[QuarterFigures.WON_COUNT]);
    assertEquals(37_561, result[QuarterFigures.OPEN]);
    assertEquals(27_561, result[QuarterFigures.COMMITTED]);
    assertEquals(23_064, result[QuarterFigures.WON]);
    assertEquals(48_869, result[QuarterFigures.WEIGHTED]);
    QuarterFigures.check(
        "moneyPerRow", result, MoneyPerRowForecast.forecast(data, data.amounts(), 0.9));
  }
}
