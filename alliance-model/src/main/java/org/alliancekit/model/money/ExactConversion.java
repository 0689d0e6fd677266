package org.alliancekit.model.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Conversion of an exact amount by an exchange rate, rounded once at the end.
 *
 * <p>The rate says how many units of the target currency one unit of the source is worth (EUR to
 * GBP 0.85 turns 100 EUR into 85 GBP). {@link #times} multiplies exactly; {@link #dividedBy}, for a
 * rate known the other way round, and {@link #inverse} carry their quotient to 34 significant
 * digits ({@link MinorUnits#QUOTIENT}). Neither rounds to a minor unit: sum the exact results, and
 * round the sum once with {@link MinorUnits#round(MonetaryAmount)}, or call {@link #convert} for
 * one amount.
 *
 * <p>A stateless utility, safe to call from any thread.
 */
@API(status = STABLE, since = "0.1")
public final class ExactConversion {
  private ExactConversion() {}

  /**
   * Returns {@code amount x rate} in {@code target}, exactly.
   *
   * @throws IllegalArgumentException if the rate is not positive or breaks the {@link DecimalLimit}
   */
  public static MonetaryAmount times(MonetaryAmount amount, BigDecimal rate, CurrencyUnit target) {
    checkNotNull(amount, "amount");
    checkNotNull(target, "target");
    return Money.of(
        amount.getNumber().numberValue(BigDecimal.class).multiply(rate(amount, rate, target)),
        target);
  }

  /**
   * Returns {@code amount / opposite} in {@code target}, to 34 significant digits, where {@code
   * opposite} is the rate from {@code target} to the amount's currency.
   *
   * @throws IllegalArgumentException if the rate is not positive or breaks the {@link DecimalLimit}
   */
  public static MonetaryAmount dividedBy(
      MonetaryAmount amount, BigDecimal opposite, CurrencyUnit target) {
    checkNotNull(amount, "amount");
    checkNotNull(target, "target");
    return Money.of(
        amount
            .getNumber()
            .numberValue(BigDecimal.class)
            .divide(rate(amount, opposite, target), MinorUnits.QUOTIENT),
        target);
  }

  /**
   * Returns {@code 1 / rate} to 34 significant digits: the rate the other way round.
   *
   * @throws IllegalArgumentException if the rate is not positive
   */
  public static BigDecimal inverse(BigDecimal rate) {
    checkNotNull(rate, "rate");
    checkArgument(rate.signum() > 0, "rate %s must be positive", rate.toPlainString());
    return BigDecimal.ONE.divide(rate, MinorUnits.QUOTIENT);
  }

  /**
   * Returns {@code amount x rate} in {@code target}, computed exactly and then rounded once to the
   * minor unit of {@code target} (see {@link MinorUnits}).
   *
   * @throws IllegalArgumentException if the rate is not positive or breaks the {@link DecimalLimit}
   */
  public static MonetaryAmount convert(
      MonetaryAmount amount, BigDecimal rate, CurrencyUnit target) {
    return MinorUnits.round(times(amount, rate, target));
  }

  private static BigDecimal rate(MonetaryAmount amount, BigDecimal rate, CurrencyUnit target) {
    String field =
        "rate from " + amount.getCurrency().getCurrencyCode() + " to " + target.getCurrencyCode();
    DecimalLimit.check(field, rate);
    checkArgument(rate.signum() > 0, "%s %s must be positive", field, rate.toPlainString());
    return rate;
  }
}
