package org.alliancekit.model.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import org.apiguardian.api.API;

/**
 * One exchange rate: one unit of {@code from} is worth {@code rate} units of {@code to}, so the
 * rate EUR to GBP 0.85 turns 100 EUR into 85 GBP.
 *
 * <p>The rate is stored without trailing zeros, so {@code 0.850} and {@code 0.85} are the same
 * rate. It may have at most 100 digits before and 100 after the decimal point. Immutable and
 * thread-safe.
 *
 * @param from the currency converted from
 * @param to the currency converted to, not {@code from}
 * @param rate how many units of {@code to} one unit of {@code from} is worth; positive
 */
@API(status = STABLE, since = "0.1")
public record ExchangeRate(CurrencyUnit from, CurrencyUnit to, BigDecimal rate) {
  /** Validates the currencies and the rate and strips the rate's trailing zeros. */
  public ExchangeRate {
    checkNotNull(from, "exchange rate from-currency must not be null");
    checkNotNull(to, "exchange rate to-currency must not be null");
    checkNotNull(rate, "exchange rate must not be null");
    checkArgument(
        !from.equals(to),
        "exchange rate from %s to %s must be between two different currencies",
        from.getCurrencyCode(),
        to.getCurrencyCode());
    checkArgument(
        DecimalLimit.fits(rate),
        "exchange rate %s from %s to %s has more than %s digits before or after the decimal point",
        rate,
        from.getCurrencyCode(),
        to.getCurrencyCode(),
        DecimalLimit.MAX_DIGITS);
    checkArgument(
        rate.signum() > 0,
        "exchange rate %s from %s to %s must be positive",
        rate.toPlainString(),
        from.getCurrencyCode(),
        to.getCurrencyCode());
    rate = rate.stripTrailingZeros();
  }

  /**
   * Returns the rate at which one unit of {@code from} buys {@code rate} units of {@code to}.
   *
   * @throws IllegalArgumentException if the currencies are equal, or the rate is not positive or
   *     has more than 100 digits before or after the decimal point
   */
  public static ExchangeRate of(CurrencyUnit from, CurrencyUnit to, BigDecimal rate) {
    return new ExchangeRate(from, to, rate);
  }
}
