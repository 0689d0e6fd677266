package org.alliancekit.benchmarks.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.alliancekit.pipeline.forecast.Forecaster;
import org.junit.jupiter.api.Test;

class ForecastChecksTest {
  @Test
  void forecastBenchmarkSetUpAcceptsAllFiveImplementations() {
    ForecastBenchmark benchmark = new ForecastBenchmark();
    benchmark.rows = 20_000;
    benchmark.partners = 100;
    benchmark.setUp();
  }

  @Test
  void crossCheckRejectsAResultOneCentOff() {
    ForecastData data = ForecastData.generate(2_000, 50, ForecastData.SEED);
    long[] expected = ForecastBaseline.forecast(data, 0.9);
    long[] actual = expected.clone();
    int at = QuarterFigures.at(data, 3, 7) + QuarterFigures.WEIGHTED;
    actual[at]++;
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class,
            () -> QuarterFigures.check("columns", expected, actual, data));
    assertEquals(
        "columns: quarter 3, partner p7, weighted is "
            + actual[at]
            + ", but the baseline's is "
            + expected[at],
        error.getMessage());
  }

  @Test
  void roundsHalfToEven() {
    assertEquals(2, ForecastBaseline.round(25_000, 10_000));
    assertEquals(4, ForecastBaseline.round(35_000, 10_000));
    assertEquals(3, ForecastBaseline.round(25_001, 10_000));
    assertEquals(0, ForecastBaseline.round(4_999, 10_000));
  }

  @Test
  void baselineForecastOfThreeRowsWorkedByHand() {
    // 100.00 EUR open at 0.1 (partner p0), 200.00 GBP won and 300.00 USD committed at 0.9 (both
    // p1), all in 2026 Q1. p0: open 100, weighted 10. p1: open = 300 x 0.9187 = 275.61 =
    // committed; won = 200 x 1.1532 = 230.64; weighted = 230.64 + 275.61 x 0.9 = 478.689 ->
    // 478.69. Total: open 375.61, weighted 10 + 478.689 = 488.689 -> 488.69.
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
            new int[] {0, 1, 1},
            2);
    long[] result = ForecastBaseline.forecast(data, 0.9);
    int p0 = QuarterFigures.at(data, 0, 0);
    int p1 = QuarterFigures.at(data, 0, 1);
    int total = QuarterFigures.at(data, 0, 2);
    assertEquals(10_000, result[p0 + QuarterFigures.OPEN]);
    assertEquals(1_000, result[p0 + QuarterFigures.WEIGHTED]);
    assertEquals(27_561, result[p1 + QuarterFigures.COMMITTED]);
    assertEquals(23_064, result[p1 + QuarterFigures.WON]);
    assertEquals(47_869, result[p1 + QuarterFigures.WEIGHTED]);
    assertEquals(2, result[total + QuarterFigures.OPEN_COUNT]);
    assertEquals(1, result[total + QuarterFigures.WON_COUNT]);
    assertEquals(37_561, result[total + QuarterFigures.OPEN]);
    assertEquals(48_869, result[total + QuarterFigures.WEIGHTED]);
    QuarterFigures.check(
        "moneyPerRow", result, MoneyPerRowForecast.forecast(data, data.amounts(), 0.9), data);
    QuarterFigures.check(
        "columns",
        result,
        QuarterFigures.of(Forecaster.standard().byPeriodAndPartner(data.columns()), data),
        data);
  }
}
