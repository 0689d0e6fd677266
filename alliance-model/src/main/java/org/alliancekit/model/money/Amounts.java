package org.alliancekit.model.money;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Exact sums of amounts per currency, never converted or rounded, and their text for messages.
 * Amounts in different currencies are kept apart: a portfolio in EUR and USD sums to one amount in
 * each.
 *
 * <p>A stateless utility, safe to call from any thread.
 */
@API(status = STABLE, since = "0.1")
public final class Amounts {
  /** Orders currencies by their ISO code, such as EUR before USD. */
  public static final Comparator<CurrencyUnit> BY_CODE =
      Comparator.comparing(CurrencyUnit::getCurrencyCode);

  private Amounts() {}

  /** The exact number of {@code amount}. */
  public static BigDecimal number(MonetaryAmount amount) {
    return checkNotNull(amount, "amount").getNumber().numberValue(BigDecimal.class);
  }

  /** Adds {@code amount} exactly to the running sum of its currency in {@code sums}. */
  public static void add(Map<CurrencyUnit, BigDecimal> sums, MonetaryAmount amount) {
    checkNotNull(sums, "sums");
    sums.merge(amount.getCurrency(), number(amount), BigDecimal::add);
  }

  /** Turns running sums into amounts, ordered by currency code ({@link #BY_CODE}); no rounding. */
  public static ImmutableMap<CurrencyUnit, MonetaryAmount> toAmounts(
      Map<CurrencyUnit, BigDecimal> sums) {
    Map<CurrencyUnit, BigDecimal> sorted = new TreeMap<>(BY_CODE);
    sorted.putAll(checkNotNull(sums, "sums"));
    ImmutableMap.Builder<CurrencyUnit, MonetaryAmount> amounts = ImmutableMap.builder();
    sorted.forEach((currency, sum) -> amounts.put(currency, Money.of(sum, currency)));
    return amounts.buildOrThrow();
  }

  /** The amount as {@code EUR 250000.00}: code and plain number, independent of locale. */
  public static String text(MonetaryAmount amount) {
    return amount.getCurrency().getCurrencyCode() + " " + number(amount).toPlainString();
  }

  /** Amounts as {@code EUR 100 + USD 40}, in the map's order, or {@code nothing} for none. */
  public static String text(Map<CurrencyUnit, MonetaryAmount> amounts) {
    if (checkNotNull(amounts, "amounts").isEmpty()) {
      return "nothing";
    }
    return amounts.values().stream().map(Amounts::text).collect(Collectors.joining(" + "));
  }
}
