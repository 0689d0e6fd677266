package org.alliancekit.model.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Table;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A fixed table of exchange rates, such as the sample rates shipped with a portfolio in {@code
 * rates.csv}: no provider, no network, no dates.
 *
 * <p>A rate is looked up directly ({@code from} to {@code to}) or, failing that, as the inverse of
 * the opposite rate ({@code 1 / rate} of {@code to} to {@code from}, computed to 34 significant
 * digits by {@link ExactConversion}). There is no triangulation through a third currency: a pair
 * with neither rate is not convertible. Converting a currency into itself always works, at the rate
 * 1.
 *
 * <p>Converted amounts are not rounded: round them once, at the end, where the result is shown
 * ({@link org.alliancekit.model.money.MinorUnits#round(MonetaryAmount)}).
 *
 * <pre>{@code
 * ExchangeRates rates = ExchangeRates.of(
 *     ExchangeRate.of(EUR, GBP, new BigDecimal("0.85")),
 *     ExchangeRate.of(USD, GBP, new BigDecimal("0.79")));
 * rates.convert(Money.of(100, "GBP"), EUR); // Optional[EUR 117.6470588235294117647058823529412]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class ExchangeRates implements WithExchangeRates {
  private static final ExchangeRates EMPTY = of(ImmutableList.of());

  ExchangeRates() {}

  /** The rates, in the order given; at most one per ordered pair of currencies. */
  @Value.Parameter
  public abstract ImmutableList<ExchangeRate> rates();

  /** The rates by from- and to-currency. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableTable<CurrencyUnit, CurrencyUnit, BigDecimal> table() {
    Table<CurrencyUnit, CurrencyUnit, BigDecimal> table = HashBasedTable.create();
    for (ExchangeRate rate : rates()) {
      if (!table.contains(rate.from(), rate.to())) {
        table.put(rate.from(), rate.to(), rate.rate());
      }
    }
    return ImmutableTable.copyOf(table);
  }

  /** Returns a table of the given rates. */
  public static ExchangeRates of(Iterable<? extends ExchangeRate> rates) {
    return ImmutableExchangeRates.of(rates);
  }

  /** Returns a table of the given rates. */
  public static ExchangeRates of(ExchangeRate... rates) {
    return ImmutableExchangeRates.of(ImmutableList.copyOf(rates));
  }

  /** Returns the table with no rates, which converts each currency only into itself. */
  public static ExchangeRates empty() {
    return EMPTY;
  }

  /** Whether the table has no rates. */
  public boolean isEmpty() {
    return rates().isEmpty();
  }

  /** The currencies that appear in some rate, in order of first appearance. */
  public ImmutableSet<CurrencyUnit> currencies() {
    ImmutableSet.Builder<CurrencyUnit> currencies = ImmutableSet.builder();
    for (ExchangeRate rate : rates()) {
      currencies.add(rate.from(), rate.to());
    }
    return currencies.build();
  }

  /**
   * Returns how many units of {@code to} one unit of {@code from} is worth: 1 for the same
   * currency, else the direct rate, else the inverse of the opposite rate, else empty.
   */
  public Optional<BigDecimal> rate(CurrencyUnit from, CurrencyUnit to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    BigDecimal direct = table().get(from, to);
    if (direct != null) {
      return Optional.of(direct);
    }
    BigDecimal opposite = table().get(to, from);
    return opposite == null ? Optional.empty() : Optional.of(ExactConversion.inverse(opposite));
  }

  /** Whether an amount in {@code from} can be converted into {@code to}. */
  public boolean canConvert(CurrencyUnit from, CurrencyUnit to) {
    return rate(from, to).isPresent();
  }

  /**
   * Converts an amount into the currency {@code to}, unrounded; empty when no rate links the two
   * currencies. The amount itself is returned when it already is in {@code to}.
   */
  public Optional<MonetaryAmount> convert(MonetaryAmount amount, CurrencyUnit to) {
    checkNotNull(amount, "amount");
    checkNotNull(to, "to");
    CurrencyUnit from = amount.getCurrency();
    if (from.equals(to)) {
      return Optional.of(amount);
    }
    BigDecimal direct = table().get(from, to);
    if (direct != null) {
      return Optional.of(ExactConversion.times(amount, direct, to));
    }
    BigDecimal opposite = table().get(to, from);
    return opposite == null
        ? Optional.empty()
        : Optional.of(ExactConversion.dividedBy(amount, opposite, to));
  }

  @Value.Check
  void check() {
    if (table().size() == rates().size()) {
      return;
    }
    Table<CurrencyUnit, CurrencyUnit, BigDecimal> seen = HashBasedTable.create();
    for (ExchangeRate rate : rates()) {
      BigDecimal earlier = seen.put(rate.from(), rate.to(), rate.rate());
      checkArgument(
          earlier == null,
          "exchange rates list %s to %s twice (%s and %s); give each pair once",
          rate.from().getCurrencyCode(),
          rate.to().getCurrencyCode(),
          earlier == null ? "" : earlier.toPlainString(),
          rate.rate().toPlainString());
    }
  }
}
