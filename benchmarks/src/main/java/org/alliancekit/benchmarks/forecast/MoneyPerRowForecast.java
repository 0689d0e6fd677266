package org.alliancekit.benchmarks.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageKind;
import org.javamoney.moneta.Money;

/**
 * The straightforward forecast: every row's amount converted into EUR with {@link Money} arithmetic
 * (in an unlimited-precision context, so nothing is rounded before the end), weighted by its
 * stage's probability, and added to running {@link Money} totals of its quarter and partner and of
 * its quarter.
 */
public final class MoneyPerRowForecast {
  private static final MonetaryContext EXACT =
      MonetaryContextBuilder.of(Money.class).set(MathContext.UNLIMITED).build();

  private MoneyPerRowForecast() {}

  /** The forecast of every row, per quarter and partner and per quarter, from money amounts. */
  public static long[] forecast(ForecastData data, MonetaryAmount[] amounts, double threshold) {
    List<Stage> stages = data.stages();
    int[] stage = data.stage();
    int[] quarter = data.quarter();
    int[] currency = data.currency();
    int[] partner = data.partner();
    int groups = QuarterFigures.groups(data);
    BigDecimal[] probability = new BigDecimal[stages.size()];
    for (int s = 0; s < stages.size(); s++) {
      probability[s] = BigDecimal.valueOf(stages.get(s).probability());
    }
    Money zero = Money.of(BigDecimal.ZERO, ForecastData.EUR, EXACT);
    int slots = ForecastData.QUARTERS * groups;
    Money[] open = filled(zero, slots);
    Money[] committed = filled(zero, slots);
    Money[] won = filled(zero, slots);
    Money[] weighted = filled(zero, slots);
    long[] result = QuarterFigures.empty(data);
    for (int row = 0; row < amounts.length; row++) {
      Money converted =
          Money.of(
              Money.from(amounts[row])
                  .multiply(ForecastData.FACTORS[currency[row]])
                  .getNumberStripped(),
              ForecastData.EUR,
              EXACT);
      Stage st = stages.get(stage[row]);
      int partnerSlot = quarter[row] * groups + partner[row];
      int totalSlot = quarter[row] * groups + groups - 1;
      for (int slot : new int[] {partnerSlot, totalSlot}) {
        int at = slot * QuarterFigures.FIELDS;
        if (st.kind() == StageKind.WON) {
          result[at + QuarterFigures.WON_COUNT]++;
          won[slot] = won[slot].add(converted);
          weighted[slot] = weighted[slot].add(converted);
        } else if (st.kind() == StageKind.LOST) {
          result[at + QuarterFigures.LOST_COUNT]++;
        } else {
          result[at + QuarterFigures.OPEN_COUNT]++;
          open[slot] = open[slot].add(converted);
          if (st.probability() >= threshold) {
            committed[slot] = committed[slot].add(converted);
          }
          weighted[slot] = weighted[slot].add(converted.multiply(probability[stage[row]]));
        }
      }
    }
    for (int slot = 0; slot < slots; slot++) {
      int at = slot * QuarterFigures.FIELDS;
      result[at + QuarterFigures.OPEN] = QuarterFigures.cents(open[slot].getNumberStripped());
      result[at + QuarterFigures.COMMITTED] =
          QuarterFigures.cents(committed[slot].getNumberStripped());
      result[at + QuarterFigures.WON] = QuarterFigures.cents(won[slot].getNumberStripped());
      result[at + QuarterFigures.WEIGHTED] =
          QuarterFigures.cents(weighted[slot].getNumberStripped());
    }
    return result;
  }

  private static Money[] filled(Money zero, int slots) {
    Money[] sums = new Money[slots];
    Arrays.fill(sums, zero);
    return sums;
  }
}
