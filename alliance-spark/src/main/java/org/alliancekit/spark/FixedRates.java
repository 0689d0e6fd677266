package org.alliancekit.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import javax.money.MonetaryOperator;
import org.alliancekit.model.money.ExactConversion;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fixed exchange rates into one report currency, such as the rates of a portfolio's {@code
 * rates.csv}: no provider, no network, no dates. Spark ships them to the executors with the
 * functions that use them.
 *
 * <p>An amount in the report currency is returned as it is. An amount in another currency is
 * multiplied by that currency's rate (how many units of the report currency one unit of it is
 * worth), or, where only the opposite rate is known, divided by the opposite rate to 34 significant
 * digits ({@link ExactConversion}). Converted amounts are not rounded: the functions that use them
 * round once, at the end. There is no triangulation through a third currency.
 *
 * <pre>{@code
 * FixedRates rates = FixedRates.to("GBP", Map.of("EUR", new BigDecimal("0.85")));
 * rates.convert(Money.of(100, "EUR")); // Optional[GBP 85.00]
 * FixedRates fromFile = FixedRates.fromTable("GBP", spark.read().option("header", true).csv(dir));
 * }</pre>
 *
 * <p>Immutable, thread-safe and serialisable.
 */
public final class FixedRates implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_FRACTION_DIGITS = 4;

  private final String currency;
  private final TreeMap<String, BigDecimal> multipliers;
  private final TreeMap<String, BigDecimal> divisors;

  private FixedRates(
      String currency,
      TreeMap<String, BigDecimal> multipliers,
      TreeMap<String, BigDecimal> divisors) {
    this.currency = currency;
    this.multipliers = multipliers;
    this.divisors = divisors;
  }

  /**
   * Returns the rates into {@code currency}: for each other currency code, how many units of {@code
   * currency} one unit of it is worth.
   *
   * @throws IllegalArgumentException if a currency code is unknown, the report currency has more
   *     than 4 or no minor digits (the output columns hold 4 decimal places), or a rate is not
   *     greater than zero
   */
  public static FixedRates to(String currency, Map<String, BigDecimal> rates) {
    checkNotNull(rates, "rates");
    String report = reportCurrency(currency);
    TreeMap<String, BigDecimal> multipliers = new TreeMap<>();
    rates.forEach(
        (from, rate) -> {
          checkCurrency("rate currency", from);
          checkRate(from, report, rate);
          if (!from.equals(report)) {
            multipliers.put(from, rate);
          }
        });
    return new FixedRates(report, multipliers, new TreeMap<>());
  }

  /**
   * Returns the rates into {@code currency} read from a small table with the columns {@code from},
   * {@code to} and {@code rate} (one unit of {@code from} is worth {@code rate} units of {@code
   * to}), the layout of {@code rates.csv}. Rows into the report currency are used directly; a row
   * out of it serves, inverted, for a currency that has no direct rate; other rows are ignored. The
   * table is collected to the driver once, here.
   *
   * @throws IllegalArgumentException if a column is missing, a value is empty, unknown or not a
   *     positive decimal, or a pair of currencies is listed twice (the message names the pair)
   */
  public static FixedRates fromTable(String currency, Dataset<Row> rates) {
    checkNotNull(rates, "rates");
    String report = reportCurrency(currency);
    TreeMap<String, BigDecimal> multipliers = new TreeMap<>();
    TreeMap<String, BigDecimal> divisors = new TreeMap<>();
    for (String column : new String[] {"from", "to", "rate"}) {
      checkArgument(
          java.util.Arrays.asList(rates.columns()).contains(column),
          "rates table has no column %s; it needs from, to and rate",
          column);
    }
    for (Row row :
        rates
            .selectExpr("cast(`from` as string)", "cast(`to` as string)", "cast(rate as string)")
            .collectAsList()) {
      String from = checkCurrency("from currency", trimmed(row.getString(0)));
      String to = checkCurrency("to currency", trimmed(row.getString(1)));
      String text = trimmed(row.getString(2));
      checkArgument(text != null, "rate from %s to %s is empty", from, to);
      BigDecimal rate;
      try {
        rate = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "rate '" + text + "' from " + from + " to " + to + " is not a decimal number", e);
      }
      checkRate(from, to, rate);
      TreeMap<String, BigDecimal> target;
      String other;
      if (to.equals(report) && !from.equals(report)) {
        target = multipliers;
        other = from;
      } else if (from.equals(report) && !to.equals(report)) {
        target = divisors;
        other = to;
      } else {
        continue;
      }
      checkArgument(target.put(other, rate) == null, "rates table lists %s to %s twice", from, to);
    }
    divisors.keySet().removeAll(multipliers.keySet());
    return new FixedRates(report, multipliers, divisors);
  }

  /** The code of the report currency, such as {@code GBP}. */
  public String currency() {
    return currency;
  }

  /**
   * How many units of the report currency one unit of {@code from} is worth: 1 for the report
   * currency itself, empty when no rate is known.
   */
  public Optional<BigDecimal> rate(String from) {
    checkNotNull(from, "from");
    if (from.equals(currency)) {
      return Optional.of(BigDecimal.ONE);
    }
    BigDecimal multiplier = multipliers.get(from);
    if (multiplier != null) {
      return Optional.of(multiplier);
    }
    BigDecimal divisor = divisors.get(from);
    return divisor == null ? Optional.empty() : Optional.of(ExactConversion.inverse(divisor));
  }

  /**
   * Converts an amount into the report currency, unrounded, as the class documentation says; empty
   * when its currency has no rate.
   */
  public Optional<MonetaryAmount> convert(MonetaryAmount amount) {
    checkNotNull(amount, "amount");
    String from = amount.getCurrency().getCurrencyCode();
    if (from.equals(currency)) {
      return Optional.of(amount);
    }
    BigDecimal multiplier = multipliers.get(from);
    if (multiplier != null) {
      return Optional.of(ExactConversion.times(amount, multiplier, currencyUnit()));
    }
    BigDecimal divisor = divisors.get(from);
    return divisor == null
        ? Optional.empty()
        : Optional.of(ExactConversion.dividedBy(amount, divisor, currencyUnit()));
  }

  /**
   * The conversion as a {@link MonetaryOperator}, for library functions that take one, such as
   * {@code CreditClassifier.report}. It throws {@link MonetaryException} naming the currency when
   * no rate is known.
   */
  public MonetaryOperator operator() {
    return amount ->
        convert(amount)
            .orElseThrow(
                () ->
                    new MonetaryException(
                        "no rate from "
                            + amount.getCurrency().getCurrencyCode()
                            + " to "
                            + currency));
  }

  /** The report currency as a {@link CurrencyUnit}. */
  public CurrencyUnit currencyUnit() {
    return Monetary.getCurrency(currency);
  }

  /** Returns the currency and the rates, such as {@code FixedRates{to=GBP, EUR=0.85}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("FixedRates{to=").append(currency);
    multipliers.forEach((from, rate) -> text.append(", ").append(from).append('=').append(rate));
    divisors.forEach(
        (to, rate) -> text.append(", ").append(to).append("=1/").append(rate.toPlainString()));
    return text.append('}').toString();
  }

  private static String reportCurrency(String currency) {
    checkCurrency("report currency", currency);
    int digits = Monetary.getCurrency(currency).getDefaultFractionDigits();
    checkArgument(
        digits >= 0 && digits <= MAX_FRACTION_DIGITS,
        "report currency %s has %s minor digits; it must have from 0 to %s",
        currency,
        digits,
        MAX_FRACTION_DIGITS);
    return currency;
  }

  private static String checkCurrency(String what, String code) {
    checkArgument(code != null, "%s is missing", what);
    try {
      Monetary.getCurrency(code);
    } catch (MonetaryException e) {
      throw new IllegalArgumentException(what + " '" + code + "' is not a known currency code", e);
    }
    return code;
  }

  private static void checkRate(String from, String to, BigDecimal rate) {
    checkArgument(rate != null, "rate from %s to %s is missing", from, to);
    checkArgument(
        rate.signum() > 0,
        "rate %s from %s to %s must be greater than zero",
        rate.toPlainString(),
        from,
        to);
  }

  private static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
