package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.convert.CurrencyConversion;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.DecimalLimit;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The forecast of a set of opportunities: exact {@link ForecastFigures} per currency, since amounts
 * in different currencies are never added without a rate.
 *
 * <p>Forecasts add up: the forecast of two disjoint sets of opportunities {@link #plus plus} each
 * other equals the forecast of their union, exactly. {@link #convertedTo(CurrencyUnit,
 * ConversionRates)} turns the figures into one currency: each currency's exact sums are multiplied
 * by that currency's factor (asked for once), the products are added, and the result is rounded
 * once, half to even, to the target currency's default fraction digits.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Forecast implements WithForecast {
  private static final Comparator<CurrencyUnit> BY_CODE =
      Comparator.comparing(CurrencyUnit::getCurrencyCode);

  Forecast() {}

  /** The figures per currency, ordered by currency code; only currencies that occur. */
  public abstract ImmutableMap<CurrencyUnit, ForecastFigures> byCurrency();

  /** Returns the forecast of no opportunities. */
  public static Forecast empty() {
    return builder().build();
  }

  /**
   * Returns the forecast holding the given figures; figures in the same currency are added.
   *
   * @throws IllegalArgumentException if a figure is invalid
   */
  public static Forecast of(Iterable<ForecastFigures> figures) {
    checkNotNull(figures, "figures");
    Map<CurrencyUnit, ForecastFigures> merged = new TreeMap<>(BY_CODE);
    for (ForecastFigures figure : figures) {
      checkNotNull(figure, "figure");
      merged.merge(figure.currency(), figure, ForecastFigures::plus);
    }
    return builder().putAllByCurrency(merged).build();
  }

  /** The currencies that occur, ordered by code. */
  public ImmutableSet<CurrencyUnit> currencies() {
    return byCurrency().keySet();
  }

  /** The figures in {@code currency}, if any opportunity is in it. */
  public Optional<ForecastFigures> figures(CurrencyUnit currency) {
    checkNotNull(currency, "currency");
    return Optional.ofNullable(byCurrency().get(currency));
  }

  /** The number of opportunities, in every currency. */
  public long count() {
    return byCurrency().values().stream().mapToLong(ForecastFigures::count).sum();
  }

  /** Whether the forecast covers no opportunity. */
  public boolean isEmpty() {
    return byCurrency().isEmpty();
  }

  /** Returns the forecast of both sets of opportunities together, currency by currency. */
  public Forecast plus(Forecast other) {
    checkNotNull(other, "other");
    return of(Iterables.concat(byCurrency().values(), other.byCurrency().values()));
  }

  /**
   * Returns the figures converted into {@code target}: counts are added, and each amount is the sum
   * over currencies of the exact amount times that currency's factor from {@code rates} (asked once
   * per currency other than {@code target}), rounded once, half to even, to {@code target}'s
   * default fraction digits.
   *
   * @throws IllegalArgumentException naming the currency if {@code rates} has no factor for one of
   *     the forecast's currencies, or a factor is not positive
   */
  public ForecastFigures convertedTo(CurrencyUnit target, ConversionRates rates) {
    checkNotNull(target, "target");
    checkNotNull(rates, "rates");
    BigDecimal open = BigDecimal.ZERO;
    BigDecimal committed = BigDecimal.ZERO;
    BigDecimal won = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    long openCount = 0;
    long wonCount = 0;
    long lostCount = 0;
    for (ForecastFigures figures : byCurrency().values()) {
      BigDecimal factor = factor(figures.currency(), target, rates);
      open = open.add(Amounts.number(figures.open()).multiply(factor));
      committed = committed.add(Amounts.number(figures.committed()).multiply(factor));
      won = won.add(Amounts.number(figures.won()).multiply(factor));
      weighted = weighted.add(Amounts.number(figures.weighted()).multiply(factor));
      openCount += figures.openCount();
      wonCount += figures.wonCount();
      lostCount += figures.lostCount();
    }
    return ForecastFigures.builder()
        .currency(target)
        .openCount(openCount)
        .wonCount(wonCount)
        .lostCount(lostCount)
        .open(Money.of(open, target))
        .committed(Money.of(committed, target))
        .won(Money.of(won, target))
        .weighted(Money.of(weighted, target))
        .build()
        .rounded();
  }

  /**
   * Returns the figures converted with a {@code javax.money} conversion into its currency, as
   * {@link #convertedTo(CurrencyUnit, ConversionRates)} with {@link
   * ConversionRates#of(CurrencyConversion)} does.
   *
   * @throws IllegalArgumentException naming the currency if the conversion has no rate for one of
   *     the forecast's currencies
   */
  public ForecastFigures convertedTo(CurrencyConversion conversion) {
    checkNotNull(conversion, "conversion");
    return convertedTo(conversion.getCurrency(), ConversionRates.of(conversion));
  }

  /** The factor from {@code from} to {@code target}: 1 for the same currency, else asked once. */
  static BigDecimal factor(CurrencyUnit from, CurrencyUnit target, ConversionRates rates) {
    if (from.equals(target)) {
      return BigDecimal.ONE;
    }
    BigDecimal factor =
        rates
            .factor(from, target)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format(
                            "no conversion from %s to %s: the conversion rates have no factor"
                                + " for %s",
                            from, target, from)));
    DecimalLimit.check("conversion factor from " + from, factor);
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException(
          String.format(
              "conversion factor %s from %s to %s must be positive",
              factor.toPlainString(), from, target));
    }
    return factor;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Forecast}; the figures are put in order of currency code. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableForecast.Builder {
    Builder() {}
  }

  @Value.Check
  Forecast check() {
    CurrencyUnit previous = null;
    boolean ordered = true;
    for (Map.Entry<CurrencyUnit, ForecastFigures> entry : byCurrency().entrySet()) {
      checkArgument(
          entry.getKey().equals(entry.getValue().currency()),
          "forecast lists figures in %s under currency %s",
          entry.getValue().currency(),
          entry.getKey());
      ordered &= previous == null || BY_CODE.compare(previous, entry.getKey()) < 0;
      previous = entry.getKey();
    }
    if (ordered) {
      return this;
    }
    Map<CurrencyUnit, ForecastFigures> sorted = new TreeMap<>(BY_CODE);
    sorted.putAll(byCurrency());
    return builder().putAllByCurrency(sorted).build();
  }
}
