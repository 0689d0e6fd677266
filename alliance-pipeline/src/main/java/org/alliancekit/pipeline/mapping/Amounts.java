package org.alliancekit.pipeline.mapping;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Exact sums of amounts per currency, and their text for messages. */
final class Amounts {
  static final Comparator<CurrencyUnit> BY_CODE =
      Comparator.comparing(CurrencyUnit::getCurrencyCode);

  private Amounts() {}

  static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  /** Adds {@code amount} to the running sums, keyed by currency. */
  static void add(Map<CurrencyUnit, BigDecimal> sums, MonetaryAmount amount) {
    sums.merge(amount.getCurrency(), number(amount), BigDecimal::add);
  }

  /** Turns running sums into amounts, ordered by currency code; no rounding. */
  static ImmutableMap<CurrencyUnit, MonetaryAmount> toAmounts(Map<CurrencyUnit, BigDecimal> sums) {
    Map<CurrencyUnit, BigDecimal> sorted = new TreeMap<>(BY_CODE);
    sorted.putAll(sums);
    ImmutableMap.Builder<CurrencyUnit, MonetaryAmount> amounts = ImmutableMap.builder();
    sorted.forEach((currency, sum) -> amounts.put(currency, Money.of(sum, currency)));
    return amounts.buildOrThrow();
  }

  /** "EUR 250000.00", independent of locale. */
  static String text(MonetaryAmount amount) {
    return amount.getCurrency().getCurrencyCode() + " " + number(amount).toPlainString();
  }

  /** "EUR 100 + USD 40", or "nothing" for no amounts. */
  static String text(Map<CurrencyUnit, MonetaryAmount> amounts) {
    if (amounts.isEmpty()) {
      return "nothing";
    }
    return amounts.values().stream().map(Amounts::text).collect(Collectors.joining(" + "));
  }
}
