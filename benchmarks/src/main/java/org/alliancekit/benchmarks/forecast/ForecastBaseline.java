package org.alliancekit.benchmarks.forecast;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageKind;

/**
 * The hand-written baseline of the forecast, all in {@code long}s: one pass adding each row's cents
 * to a sum per quarter, partner, currency and stage and counting the rows; then, per quarter and
 * partner and per quarter, each sum times its currency's factor in ten-thousandths (and, for the
 * weighted figure, its stage's probability in tenths), added exactly and rounded once, half to
 * even, to the cent. {@link Math#multiplyExact} and {@link Math#addExact} guard the products: the
 * generator's amounts (at most 10^8 cents a row) keep them far inside {@code long} range.
 */
public final class ForecastBaseline {
  private ForecastBaseline() {}

  /** The forecast of every row, per quarter and partner and per quarter. */
  public static long[] forecast(ForecastData data, double commitThreshold) {
    int currencies = data.currencies().size();
    List<Stage> stages = data.stages();
    int stageCount = stages.size();
    int partners = data.partnerCount();
    int block = currencies * stageCount;
    int cells = ForecastData.QUARTERS * partners * block;
    long[] sums = new long[cells];
    int[] counts = new int[cells];
    long[] minor = data.minorUnits();
    int[] currency = data.currency();
    int[] stage = data.stage();
    int[] quarter = data.quarter();
    int[] partner = data.partner();
    for (int row = 0; row < minor.length; row++) {
      int cell =
          (quarter[row] * partners + partner[row]) * block
              + currency[row] * stageCount
              + stage[row];
      sums[cell] += minor[row];
      counts[cell]++;
    }
    long[] factor = new long[currencies];
    for (int c = 0; c < currencies; c++) {
      factor[c] = ForecastData.FACTORS[c].setScale(4).unscaledValue().longValueExact();
    }
    long[] tenths = new long[stageCount];
    StageKind[] kind = new StageKind[stageCount];
    boolean[] committed = new boolean[stageCount];
    for (int s = 0; s < stageCount; s++) {
      Stage st = stages.get(s);
      kind[s] = st.kind();
      tenths[s] = kind[s] == StageKind.WON ? 10 : Math.round(st.probability() * 10);
      committed[s] = kind[s] == StageKind.OPEN && st.probability() >= commitThreshold;
      if (kind[s] == StageKind.OPEN
          && BigDecimal.valueOf(st.probability()).compareTo(BigDecimal.valueOf(tenths[s], 1))
              != 0) {
        throw new IllegalArgumentException(
            "the baseline needs probabilities in tenths, not " + st.probability());
      }
    }
    long[] result = QuarterFigures.empty(data);
    // Unrounded values of one group: open, committed and won in 10^-4 cents, weighted in 10^-5.
    long[] exact = new long[4];
    long[] total = new long[4];
    for (int q = 0; q < ForecastData.QUARTERS; q++) {
      Arrays.fill(total, 0);
      int totalAt = QuarterFigures.at(data, q, partners);
      for (int g = 0; g < partners; g++) {
        Arrays.fill(exact, 0);
        int at = QuarterFigures.at(data, q, g);
        int first = (q * partners + g) * block;
        for (int c = 0; c < currencies; c++) {
          for (int s = 0; s < stageCount; s++) {
            int cell = first + c * stageCount + s;
            if (counts[cell] == 0) {
              continue;
            }
            long value = Math.multiplyExact(sums[cell], factor[c]);
            switch (kind[s]) {
              case WON:
                result[at + QuarterFigures.WON_COUNT] += counts[cell];
                exact[2] = Math.addExact(exact[2], value);
                exact[3] = Math.addExact(exact[3], Math.multiplyExact(value, 10));
                break;
              case LOST:
                result[at + QuarterFigures.LOST_COUNT] += counts[cell];
                break;
              default:
                result[at + QuarterFigures.OPEN_COUNT] += counts[cell];
                exact[0] = Math.addExact(exact[0], value);
                if (committed[s]) {
                  exact[1] = Math.addExact(exact[1], value);
                }
                exact[3] = Math.addExact(exact[3], Math.multiplyExact(value, tenths[s]));
                break;
            }
          }
        }
        result[at + QuarterFigures.OPEN] = round(exact[0], 10_000);
        result[at + QuarterFigures.COMMITTED] = round(exact[1], 10_000);
        result[at + QuarterFigures.WON] = round(exact[2], 10_000);
        result[at + QuarterFigures.WEIGHTED] = round(exact[3], 100_000);
        for (int k = 0; k < 3; k++) {
          result[totalAt + k] += result[at + k];
        }
        for (int k = 0; k < 4; k++) {
          total[k] = Math.addExact(total[k], exact[k]);
        }
      }
      result[totalAt + QuarterFigures.OPEN] = round(total[0], 10_000);
      result[totalAt + QuarterFigures.COMMITTED] = round(total[1], 10_000);
      result[totalAt + QuarterFigures.WON] = round(total[2], 10_000);
      result[totalAt + QuarterFigures.WEIGHTED] = round(total[3], 100_000);
    }
    return result;
  }

  /** {@code value / unit} rounded half to even, for a non-negative value. */
  static long round(long value, long unit) {
    long quotient = value / unit;
    long remainder = value - quotient * unit;
    long twice = 2 * remainder;
    if (twice > unit || (twice == unit && (quotient & 1) == 1)) {
      quotient++;
    }
    return quotient;
  }
}
