package org.alliancekit.model.money;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.internal.QuietMoneta;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Rounding to a currency's minor unit, the one rule of the library.
 *
 * <p>The minor unit of a currency has {@link CurrencyUnit#getDefaultFractionDigits()} decimal
 * places: two for EUR and GBP (cents, pence), none for JPY, three for BHD. An amount is rounded to
 * it {@link RoundingMode#HALF_EVEN half to even} (banker's rounding), so 0.125 EUR becomes 0.12 and
 * 0.135 EUR becomes 0.14.
 *
 * <p><b>Currencies without a minor unit.</b> A currency whose default fraction digits are negative,
 * such as XAU (gold) or XXX (no currency), has no unit to round to: its amounts are left exact,
 * never rounded. Where an exact result cannot exist, as in a quotient such as 1 / 3, it is carried
 * to 34 significant digits ({@link #QUOTIENT}, half to even). A split of such an amount is exact to
 * the amount's own last decimal place (see {@link Apportionment}).
 *
 * <p>A stateless utility, safe to call from any thread.
 */
@API(status = STABLE, since = "0.1")
public final class MinorUnits {
  /** The precision of a quotient in a currency without a minor unit: 34 digits, half to even. */
  public static final MathContext QUOTIENT = MathContext.DECIMAL128;

  static {
    QuietMoneta.ensure();
  }

  private MinorUnits() {}

  /** Whether the currency has a minor unit: zero or more default fraction digits. */
  public static boolean hasMinorUnit(CurrencyUnit currency) {
    return checkNotNull(currency, "currency").getDefaultFractionDigits() >= 0;
  }

  /**
   * Returns {@code number} rounded half to even to the minor unit of {@code currency}, with exactly
   * that many decimal places; unchanged for a currency without a minor unit.
   */
  public static BigDecimal round(BigDecimal number, CurrencyUnit currency) {
    checkNotNull(number, "number");
    int digits = checkNotNull(currency, "currency").getDefaultFractionDigits();
    return digits < 0 ? number : number.setScale(digits, RoundingMode.HALF_EVEN);
  }

  /** Returns {@code amount} rounded as {@link #round(BigDecimal, CurrencyUnit)} rounds. */
  public static MonetaryAmount round(MonetaryAmount amount) {
    checkNotNull(amount, "amount");
    CurrencyUnit currency = amount.getCurrency();
    return Money.of(round(amount.getNumber().numberValue(BigDecimal.class), currency), currency);
  }

  /**
   * Returns {@code amount} as a whole number of its currency's minor units: EUR 12.34 is 1234, JPY
   * 500 is 500. The inverse of {@code Money.ofMinor(currency, units)}.
   *
   * @throws IllegalArgumentException naming the amount if its currency has no minor unit
   * @throws ArithmeticException naming the amount if it has more decimal places than the minor unit
   *     ({@link #fitsMinorUnit}) or its minor units do not fit a {@code long}
   */
  public static long units(MonetaryAmount amount) {
    checkNotNull(amount, "amount");
    CurrencyUnit currency = amount.getCurrency();
    int digits = currency.getDefaultFractionDigits();
    BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
    if (digits < 0) {
      throw new IllegalArgumentException(
          currency.getCurrencyCode()
              + " "
              + number.toPlainString()
              + " has no minor units: "
              + currency.getCurrencyCode()
              + " has no minor unit");
    }
    BigDecimal units = number.movePointRight(digits);
    try {
      return units.longValueExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          currency.getCurrencyCode()
              + " "
              + number.toPlainString()
              + (units.stripTrailingZeros().scale() > 0
                  ? " has more decimal places than the "
                      + digits
                      + " of "
                      + currency.getCurrencyCode()
                      + "'s minor unit"
                  : " is too large for a long of minor units"));
    }
  }

  /**
   * Whether {@code amount} is exact in its currency's minor unit: no more decimal places than the
   * minor unit has, trailing zeros aside (EUR 100.50 and EUR 100.500 are, EUR 100.505 is not).
   * Always true for a currency without a minor unit.
   */
  public static boolean fitsMinorUnit(MonetaryAmount amount) {
    checkNotNull(amount, "amount");
    int digits = amount.getCurrency().getDefaultFractionDigits();
    if (digits < 0) {
      return true;
    }
    BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
    return number.scale() <= digits || number.stripTrailingZeros().scale() <= digits;
  }

  /**
   * Checks that {@code amount} is exact in its currency's minor unit ({@link #fitsMinorUnit}). The
   * value types that hold an amount made outside the library (an opportunity's amount, a revenue, a
   * fee) refuse one with more decimals rather than round it silently: the caller rounds it with
   * {@link #round(MonetaryAmount)}, by a policy it chooses and can report, or corrects it.
   *
   * @param field what the amount is, for the message, such as "amount of opportunity o-1"
   * @return {@code amount}
   * @throws IllegalArgumentException naming the field, the amount and the rule if it does not fit
   */
  public static MonetaryAmount checkFits(String field, MonetaryAmount amount) {
    checkNotNull(field, "field");
    if (!fitsMinorUnit(amount)) {
      CurrencyUnit currency = amount.getCurrency();
      int digits = currency.getDefaultFractionDigits();
      throw new IllegalArgumentException(
          field
              + " "
              + currency.getCurrencyCode()
              + " "
              + amount.getNumber().numberValue(BigDecimal.class).toPlainString()
              + " has more decimal places than the "
              + digits
              + " of "
              + currency.getCurrencyCode()
              + "'s minor unit: round it first (for example to "
              + round(amount.getNumber().numberValue(BigDecimal.class), currency).toPlainString()
              + ") or correct it");
    }
    return amount;
  }

  /**
   * Returns {@code dividend / divisor} rounded once, half to even, to the minor unit of {@code
   * currency}; for a currency without a minor unit, to 34 significant digits ({@link #QUOTIENT}).
   *
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, CurrencyUnit currency) {
    checkNotNull(dividend, "dividend");
    checkNotNull(divisor, "divisor");
    int digits = checkNotNull(currency, "currency").getDefaultFractionDigits();
    return digits >= 0
        ? dividend.divide(divisor, digits, RoundingMode.HALF_EVEN)
        : dividend.divide(divisor, QUOTIENT);
  }
}
