package org.alliancekit.pipeline.forecast;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import org.alliancekit.model.pipeline.Stage;
import org.javamoney.moneta.Money;

/** Mutable exact sums of one currency while a forecast is computed; confined to one call. */
final class Tally {
  private final CurrencyUnit currency;
  private long openCount;
  private long wonCount;
  private long lostCount;
  private BigDecimal open = BigDecimal.ZERO;
  private BigDecimal committed = BigDecimal.ZERO;
  private BigDecimal won = BigDecimal.ZERO;
  private BigDecimal weighted = BigDecimal.ZERO;

  Tally(CurrencyUnit currency) {
    this.currency = currency;
  }

  /** Adds {@code count} opportunities in {@code stage} whose amounts sum to {@code amount}. */
  void add(Stage stage, BigDecimal amount, long count, double commitThreshold) {
    switch (stage.kind()) {
      case WON:
        wonCount += count;
        won = won.add(amount);
        weighted = weighted.add(amount);
        break;
      case LOST:
        lostCount += count;
        break;
      default:
        openCount += count;
        open = open.add(amount);
        if (stage.probability() >= commitThreshold) {
          committed = committed.add(amount);
        }
        weighted = weighted.add(amount.multiply(BigDecimal.valueOf(stage.probability())));
        break;
    }
  }

  ForecastFigures figures() {
    return ForecastFigures.builder()
        .currency(currency)
        .openCount(openCount)
        .wonCount(wonCount)
        .lostCount(lostCount)
        .open(Money.of(open, currency))
        .committed(Money.of(committed, currency))
        .won(Money.of(won, currency))
        .weighted(Money.of(weighted, currency))
        .build();
  }
}
