package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.MinorUnits;
import org.apiguardian.api.API;

/**
 * How the report writes numbers: money as a plain decimal rounded half-even to the currency's minor
 * unit by {@link MinorUnits} (exact for a currency without one, such as XAU), fractions with four
 * decimal places, percentages with one, and calendar quarters as {@code 2026-Q1}. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Formats {
  private Formats() {}

  /** Returns the amount rounded half-even to its currency's minor unit ({@link MinorUnits}). */
  public static MonetaryAmount round(MonetaryAmount amount) {
    return MinorUnits.round(amount);
  }

  /** The amount's number, exactly. */
  public static BigDecimal number(MonetaryAmount amount) {
    return Amounts.number(amount);
  }

  /**
   * The amount as a plain decimal without currency, rounded half-even to the currency's minor unit,
   * such as {@code 1250000.00}.
   */
  public static String money(MonetaryAmount amount) {
    return MinorUnits.round(number(amount), amount.getCurrency()).toPlainString();
  }

  /**
   * The amount with thousands separators and its currency code, rounded to whole units, such as
   * {@code GBP 1,250,000}; for reading, not for parsing.
   */
  public static String moneyForReading(MonetaryAmount amount) {
    BigDecimal whole = number(amount).setScale(0, RoundingMode.HALF_EVEN);
    return amount.getCurrency().getCurrencyCode()
        + " "
        + String.format(Locale.ROOT, "%,d", whole.toBigIntegerExact());
  }

  /** A fraction with four decimal places, rounded half-even, such as {@code 0.6250}. */
  public static String fraction(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A fraction as a percentage with one decimal place, such as {@code 62.5%}. */
  public static String percent(double value) {
    return BigDecimal.valueOf(value * 100).setScale(1, RoundingMode.HALF_EVEN).toPlainString()
        + "%";
  }

  /** The calendar quarter of a day, such as {@code 2026-Q1} for any day from January to March. */
  public static String quarter(LocalDate day) {
    checkNotNull(day, "day");
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }
}
