package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.base.MoreObjects;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.MinorUnits;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The forecast figures of a set of opportunities in one currency: how many are open, won and lost,
 * and what they are worth.
 *
 * <ul>
 *   <li>{@link #open()}: the sum of the open opportunities' amounts (the unweighted pipeline);
 *   <li>{@link #weighted()}: the sum of every opportunity's amount times its stage's probability,
 *       so open deals count at their probability, won deals in full and lost deals not at all: the
 *       expected bookings;
 *   <li>{@link #committed()}: the sum of the open opportunities whose stage probability is at least
 *       the forecaster's commit threshold;
 *   <li>{@link #won()}: the sum of the won opportunities;
 *   <li>the views {@link #bestCase()} (open plus won), {@link #commit()} (committed plus won) and
 *       {@link #closed()} (won).
 * </ul>
 *
 * <p>Figures in a {@link Forecast} are exact: sums of exact products, never rounded, so that the
 * figures of disjoint sets of opportunities add up to those of their union. A stage probability is
 * taken as its shortest decimal form (0.1 is exactly one tenth). {@link #rounded()} rounds every
 * amount once, half to even, to the currency's default fraction digits; figures converted to one
 * currency ({@link Forecast#convertedTo}) come rounded that way.
 *
 * <p>Amounts are {@link Money}, whatever {@link MonetaryAmount} type they were given as. Rounded
 * figures the library computes in whole minor units (such as those of {@link
 * Forecaster#byPeriodAndPartner(ForecastColumns, CurrencyUnit, ConversionRates)}) keep each amount
 * in minor units and make its {@code Money} on first use; {@link #openMinorUnits()} and its
 * siblings read them without making one. Two figures are equal when their currencies, counts and
 * amounts are, however they were made.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class ForecastFigures implements WithForecastFigures {
  ForecastFigures() {}

  /** The currency of every amount. */
  public abstract CurrencyUnit currency();

  /** The number of open opportunities. */
  public abstract long openCount();

  /** The number of won opportunities. */
  public abstract long wonCount();

  /** The number of lost opportunities. */
  public abstract long lostCount();

  /** The sum of the open opportunities' amounts. */
  public abstract MonetaryAmount open();

  /** The sum of the open opportunities' amounts whose stage reaches the commit threshold. */
  public abstract MonetaryAmount committed();

  /** The sum of the amounts of the won opportunities. */
  public abstract MonetaryAmount won();

  /** The sum of every opportunity's amount times its stage's probability. */
  public abstract MonetaryAmount weighted();

  /**
   * {@link #open()} in whole minor units of the currency ({@link MinorUnits#units}): for rounded
   * figures, read without making a {@link Money}.
   *
   * @throws ArithmeticException if the amount is not a whole number of minor units (figures not
   *     {@link #rounded()}) or does not fit a {@code long}
   * @throws IllegalArgumentException if the currency has no minor unit
   */
  public long openMinorUnits() {
    return MinorUnits.units(open());
  }

  /**
   * {@link #committed()} in whole minor units of the currency, as {@link #openMinorUnits()} reads
   * {@link #open()}.
   *
   * @throws ArithmeticException if the amount is not a whole number of minor units or does not fit
   *     a {@code long}
   * @throws IllegalArgumentException if the currency has no minor unit
   */
  public long committedMinorUnits() {
    return MinorUnits.units(committed());
  }

  /**
   * {@link #won()} in whole minor units of the currency, as {@link #openMinorUnits()} reads {@link
   * #open()}.
   *
   * @throws ArithmeticException if the amount is not a whole number of minor units or does not fit
   *     a {@code long}
   * @throws IllegalArgumentException if the currency has no minor unit
   */
  public long wonMinorUnits() {
    return MinorUnits.units(won());
  }

  /**
   * {@link #weighted()} in whole minor units of the currency, as {@link #openMinorUnits()} reads
   * {@link #open()}.
   *
   * @throws ArithmeticException if the amount is not a whole number of minor units or does not fit
   *     a {@code long}
   * @throws IllegalArgumentException if the currency has no minor unit
   */
  public long weightedMinorUnits() {
    return MinorUnits.units(weighted());
  }

  /** The number of opportunities: open, won and lost. */
  public long count() {
    return openCount() + wonCount() + lostCount();
  }

  /** Best case: everything open closes as won, plus what is already won. */
  public MonetaryAmount bestCase() {
    return open().add(won());
  }

  /** Commit: the committed open opportunities plus what is already won. */
  public MonetaryAmount commit() {
    return committed().add(won());
  }

  /** Closed: what is already won. */
  public MonetaryAmount closed() {
    return won();
  }

  /** Returns the figures of no opportunities in {@code currency}. */
  public static ForecastFigures zero(CurrencyUnit currency) {
    checkNotNull(currency, "currency");
    MonetaryAmount zero = Money.of(BigDecimal.ZERO, currency);
    return builder()
        .currency(currency)
        .openCount(0)
        .wonCount(0)
        .lostCount(0)
        .open(zero)
        .committed(zero)
        .won(zero)
        .weighted(zero)
        .build();
  }

  /**
   * Returns the figures of both sets of opportunities together: counts and amounts added exactly.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public ForecastFigures plus(ForecastFigures other) {
    checkNotNull(other, "other");
    checkArgument(
        currency().equals(other.currency()),
        "cannot add forecast figures in %s to figures in %s",
        other.currency(),
        currency());
    return builder()
        .currency(currency())
        .openCount(openCount() + other.openCount())
        .wonCount(wonCount() + other.wonCount())
        .lostCount(lostCount() + other.lostCount())
        .open(add(open(), other.open()))
        .committed(add(committed(), other.committed()))
        .won(add(won(), other.won()))
        .weighted(add(weighted(), other.weighted()))
        .build();
  }

  private MonetaryAmount add(MonetaryAmount a, MonetaryAmount b) {
    return Money.of(Amounts.number(a).add(Amounts.number(b)), currency());
  }

  /**
   * Returns these figures with every amount rounded once, half to even, to the currency's default
   * fraction digits.
   */
  public ForecastFigures rounded() {
    return builder()
        .from(this)
        .open(round(open()))
        .committed(round(committed()))
        .won(round(won()))
        .weighted(round(weighted()))
        .build();
  }

  private MonetaryAmount round(MonetaryAmount amount) {
    return Money.of(MinorUnits.round(Amounts.number(amount), currency()), currency());
  }

  /**
   * Whether {@code other} is forecast figures with the same currency, counts and amounts ({@link
   * Money#equals}: the same value, whatever its scale).
   */
  @Override
  public final boolean equals(Object other) {
    return this == other
        || other instanceof ForecastFigures that
            && currency().equals(that.currency())
            && openCount() == that.openCount()
            && wonCount() == that.wonCount()
            && lostCount() == that.lostCount()
            && open().equals(that.open())
            && committed().equals(that.committed())
            && won().equals(that.won())
            && weighted().equals(that.weighted());
  }

  /** A hash code of the currency, counts and amounts, consistent with {@link #equals}. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + currency().hashCode();
    h += (h << 5) + Long.hashCode(openCount());
    h += (h << 5) + Long.hashCode(wonCount());
    h += (h << 5) + Long.hashCode(lostCount());
    h += (h << 5) + open().hashCode();
    h += (h << 5) + committed().hashCode();
    h += (h << 5) + won().hashCode();
    h += (h << 5) + weighted().hashCode();
    return h;
  }

  /** The figures as {@code ForecastFigures{currency=..., openCount=..., ...}}. */
  @Override
  public final String toString() {
    return MoreObjects.toStringHelper("ForecastFigures")
        .add("currency", currency())
        .add("openCount", openCount())
        .add("wonCount", wonCount())
        .add("lostCount", lostCount())
        .add("open", open())
        .add("committed", committed())
        .add("won", won())
        .add("weighted", weighted())
        .toString();
  }

  /** Returns a new builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ForecastFigures}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableForecastFigures.Builder {
    Builder() {}
  }

  @Value.Check
  ForecastFigures check() {
    checkArgument(
        openCount() >= 0 && wonCount() >= 0 && lostCount() >= 0,
        "forecast figures counts %s open, %s won, %s lost must not be negative",
        openCount(),
        wonCount(),
        lostCount());
    checkAmount("open", open());
    checkAmount("committed", committed());
    checkAmount("won", won());
    checkAmount("weighted", weighted());
    checkArgument(
        committed().compareTo(open()) <= 0,
        "forecast figures committed %s must not exceed open %s",
        committed(),
        open());
    if (open() instanceof Money
        && committed() instanceof Money
        && won() instanceof Money
        && weighted() instanceof Money) {
      return this;
    }
    return builder()
        .from(this)
        .open(Money.of(Amounts.number(open()), currency()))
        .committed(Money.of(Amounts.number(committed()), currency()))
        .won(Money.of(Amounts.number(won()), currency()))
        .weighted(Money.of(Amounts.number(weighted()), currency()))
        .build();
  }

  private void checkAmount(String field, MonetaryAmount amount) {
    checkArgument(
        amount.getCurrency().equals(currency()),
        "forecast figures %s amount %s must be in %s",
        field,
        amount,
        currency());
    checkArgument(
        !amount.isNegative(), "forecast figures %s amount %s must not be negative", field, amount);
  }
}
