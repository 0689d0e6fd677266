package org.alliancekit.attribution.credit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * A count and amount of opportunities, and of those won: one line of a {@link CreditReport}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deals the number of opportunities
 * @param amount their total amount
 * @param won the number of them won
 * @param wonAmount the total amount of those won
 */
@API(status = STABLE, since = "0.1")
public record CreditTotals(long deals, MonetaryAmount amount, long won, MonetaryAmount wonAmount) {

  /** Validates the totals. */
  public CreditTotals {
    checkNotNull(amount, "amount must not be null");
    checkNotNull(wonAmount, "wonAmount must not be null");
    checkArgument(
        deals >= 0 && won >= 0 && won <= deals,
        "won deals %s and deals %s must be zero or more, with no more won than in all",
        won,
        deals);
    checkArgument(
        amount.getCurrency().equals(wonAmount.getCurrency()),
        "amount %s and won amount %s must be in one currency",
        amount,
        wonAmount);
    checkArgument(
        !wonAmount.isNegative() && !wonAmount.isGreaterThan(amount),
        "won amount %s must be between zero and the amount %s",
        wonAmount,
        amount);
  }

  /** Returns the totals of no opportunities, in the given currency. */
  public static CreditTotals zero(CurrencyUnit currency) {
    MonetaryAmount zero = Money.of(BigDecimal.ZERO, checkNotNull(currency, "currency"));
    return new CreditTotals(0, zero, 0, zero);
  }
}
