package org.alliancekit.benchmarks.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageKind;
import org.javamoney.moneta.Money;

/**
 * The straightforward forecast: every row's amount converted into EUR with {@link Money}
 * arithmetic (in an unlimited-precision context, so nothing is rounded before the end), weighted
 * by its stage's probability, and added to running {@link Money} totals per quarter.
 */
public final class MoneyPerRowForecast {
  private static final MonetaryContext EXACT =
      MonetaryContextBuilder.of(Money.class).set(MathContext.UNLIMITED).build();

  private MoneyPerRowForecast() {}

  /** The forecast of every row, per quarter, from each row's amount as money. */
  public static long[] forecast(ForecastData data, MonetaryAmount[] amounts, double threshold) {
    List<Stage> stages = data.stages();
    int[] stage = data.stage();
    int[] quarter = data.quarter();
    int[] currency = data.currency();
    BigDecimal[] probability = new BigDecimal[stages.size()];
    for (int s = 0; s < stages.size(); s++) {
      probability[s] = BigDecimal.valueOf(stages.get(s).probability());
    }
    Money zero = Money.of(BigDecimal.ZERO, ForecastData.EUR, EXACT);
    Money[] open = filled(zero);
    Money[] committed = filled(zero);
    Money[] won = filled(zero);
    Money[] weighted = filled(zero);
    long[] result = QuarterFigures.empty(ForecastData.QUARTERS);
    for (int row = 0; row < amounts.length; row++) {
      Money converted =
          Money.of(
              Money.from(amounts[row])
                  .multiply(ForecastData.FACTORS[currency[row]])
                  .getNumberStripped(),
              ForecastData.EUR,
              EXACT);
      int q = quarter[row];
      Stage st = stages.get(stage[row]);
      int at = q * QuarterFigures.FIELDS;
      if (st.kind() == StageKind.WON) {
        result[at + QuarterFigures.WON_COUNT]++;
        won[q] = won[q].add(converted);
        weighted[q] = weighted[q].add(converted);
      } else if (st.kind() == StageKind.LOST) {
        result[at + QuarterFigures.LOST_COUNT]++;
      } else {
        result[at + QuarterFigures.OPEN_COUNT]++;
        open[q] = open[q].add(converted);
        if (st.probability() >= threshold) {
          committed[q] = committed[q].add(converted);
        }
        weighted[q] = weighted[q].add(converted.multiply(probability[stage[row]]));
      }
    }
    for (int q = 0; q < ForecastData.QUARTERS; q++) {
      int at = q * QuarterFigures.FIELDS;
      result[at + QuarterFigures.OPEN] = QuarterFigures.cents(open[q].getNumberStripped());
      result[at + QuarterFigures.COMMITTED] =
          QuarterFigures.cents(committed[q].getNumberStripped());
      result[at + QuarterFigures.WON] = QuarterFigures.cents(won[q].getNumberStripped());
      result[at + QuarterFigures.WEIGHTED] = QuarterFigures.cents(weighted[q].getNumberStripped());
    }
    return result;
  }

  private static Money[] filled(Money zero) {
    Money[] sums = new Money[ForecastData.QUARTERS];
    java.util.Arrays.fill(sums, zero);
    return sums;
  }
}
