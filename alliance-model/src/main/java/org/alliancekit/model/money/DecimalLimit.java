package org.alliancekit.model.money;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * The bound on every exact decimal the library accepts (amounts, rates, weights, shares): at most
 * {@value #MAX_DIGITS} digits before and {@value #MAX_DIGITS} after the decimal point. A short
 * number such as {@code 1E-999999999} or {@code 1E+999999999} otherwise becomes a billion digits as
 * soon as it is added to another number, rounded to cents or written out plainly.
 *
 * <p>A stateless utility, safe to call from any thread.
 */
@API(status = STABLE, since = "0.1")
public final class DecimalLimit {
  /** The most digits an exact decimal may have before, and after, the decimal point. */
  public static final int MAX_DIGITS = 100;

  private DecimalLimit() {}

  /** Whether {@code value} has at most {@value #MAX_DIGITS} digits before and after the point. */
  public static boolean fits(BigDecimal value) {
    checkNotNull(value, "value");
    return (long) value.precision() - value.scale() <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
  }

  /**
   * Whether the exact number of {@code amount} fits the bound, as {@link #fits(BigDecimal)} of
   * {@code amount.getNumber().numberValue(BigDecimal.class)}. For a Moneta {@link Money} the answer
   * usually comes from its number's scale and precision as they are, without the copy with trailing
   * zeros stripped that the conversion makes (removing trailing zeros keeps the digits before the
   * point and can only shorten those after it).
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static boolean fits(MonetaryAmount amount) {
    checkNotNull(amount, "amount");
    if (amount instanceof Money money) {
      int scale = money.getScale();
      if (scale <= MAX_DIGITS && (long) money.getPrecision() - scale <= MAX_DIGITS) {
        return true;
      }
    }
    return fits(amount.getNumber().numberValue(BigDecimal.class));
  }

  /**
   * Why {@code value} breaks the bound, naming {@code field} and the value, such as {@code "weight
   * 1E+101 has more than 100 digits before or after the decimal point"}; empty when it fits.
   */
  public static Optional<String> problem(String field, BigDecimal value) {
    checkNotNull(field, "field");
    if (fits(value)) {
      return Optional.empty();
    }
    return Optional.of(
        field
            + " "
            + value
            + " has more than "
            + MAX_DIGITS
            + " digits before or after the decimal point");
  }

  /**
   * Checks that {@code value} fits the bound.
   *
   * @param field what the value is, named in the message
   * @return {@code value}
   * @throws IllegalArgumentException naming the field and the value if it does not fit
   * @throws NullPointerException naming the field if the value is null
   */
  public static BigDecimal check(String field, BigDecimal value) {
    checkNotNull(value, "%s must not be null", field);
    Optional<String> problem = problem(field, value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return value;
  }

  /**
   * The exact number of {@code amount}, checked against the bound; a failure names the field and
   * the currency, such as {@code "amount in GBP 1E+101 has more than 100 digits ..."}.
   *
   * @return the amount's number, exactly
   * @throws IllegalArgumentException if the number does not fit the bound
   */
  public static BigDecimal number(String field, MonetaryAmount amount) {
    checkNotNull(amount, "%s must not be null", field);
    BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
    // The field's name with the currency is built only for a message.
    return fits(value)
        ? value
        : check(field + " in " + amount.getCurrency().getCurrencyCode(), value);
  }
}
