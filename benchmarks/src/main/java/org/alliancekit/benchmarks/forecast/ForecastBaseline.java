package org.alliancekit.benchmarks.forecast;

import java.math.BigDecimal;
import java.util.List;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageKind;

/**
 * The hand-written baseline of the forecast: one pass adding each row's cents to a {@code long}
 * per quarter, currency and stage (no overflow: a cell holds at most 1M rows of at most 10^8 cents)
 * and counting the rows; then, for the few cells, each sum times its currency's factor (and, for the
 * weighted figure, its stage's probability) added exactly and rounded once to the cent.
 */
public final class ForecastBaseline {
  private ForecastBaseline() {}

  /** The forecast of every row, per quarter. */
  public static long[] forecast(ForecastData data, double commitThreshold) {
    int currencies = data.currencies().size();
    List<Stage> stages = data.stages();
    int stageCount = stages.size();
    int cells = ForecastData.QUARTERS * currencies * stageCount;
    long[] sums = new long[cells];
    long[] counts = new long[cells];
    long[] minor = data.minorUnits();
    int[] currency = data.currency();
    int[] stage = data.stage();
    int[] quarter = data.quarter();
    for (int row = 0; row < minor.length; row++) {
      int cell = (quarter[row] * currencies + currency[row]) * stageCount + stage[row];
      sums[cell] += minor[row];
      counts[cell]++;
    }
    long[] result = QuarterFigures.empty(ForecastData.QUARTERS);
    for (int q = 0; q < ForecastData.QUARTERS; q++) {
      BigDecimal open = BigDecimal.ZERO;
      BigDecimal committed = BigDecimal.ZERO;
      BigDecimal won = BigDecimal.ZERO;
      BigDecimal weighted = BigDecimal.ZERO;
      int at = q * QuarterFigures.FIELDS;
      for (int c = 0; c < currencies; c++) {
        BigDecimal factor = ForecastData.FACTORS[c];
        for (int s = 0; s < stageCount; s++) {
          int cell = (q * currencies + c) * stageCount + s;
          BigDecimal euros = BigDecimal.valueOf(sums[cell], 2).multiply(factor);
          Stage st = stages.get(s);
          if (st.kind() == StageKind.WON) {
            result[at + QuarterFigures.WON_COUNT] += counts[cell];
            won = won.add(euros);
            weighted = weighted.add(euros);
          } else if (st.kind() == StageKind.LOST) {
            result[at + QuarterFigures.LOST_COUNT] += counts[cell];
          } else {
            result[at + QuarterFigures.OPEN_COUNT] += counts[cell];
            open = open.add(euros);
            if (st.probability() >= commitThreshold) {
              committed = committed.add(euros);
            }
            weighted = weighted.add(euros.multiply(BigDecimal.valueOf(st.probability())));
          }
        }
      }
      result[at + QuarterFigures.OPEN] = QuarterFigures.cents(open);
      result[at + QuarterFigures.COMMITTED] = QuarterFigures.cents(committed);
      result[at + QuarterFigures.WON] = QuarterFigures.cents(won);
      result[at + QuarterFigures.WEIGHTED] = QuarterFigures.cents(weighted);
    }
    return result;
  }
}
