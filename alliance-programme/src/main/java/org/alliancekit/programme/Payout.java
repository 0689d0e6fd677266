package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.programme.IncentiveKind;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.apiguardian.api.API;

/**
 * One payout line of an incentive programme: what one partner earns from one programme in one
 * calendar quarter and currency, as {@link Payouts} derives it; the row of the report's {@code
 * payouts.csv} ({@code partner_id,programme,kind,quarter,currency,basis,rate_percent,amount}).
 *
 * <p>Rules: the basis and the amount are in the line's currency, the basis is not negative, the
 * quarter is a quarter, and the amount is the basis times the rate, rounded once to the currency's
 * minor unit ({@link MinorUnits}). Immutable and thread-safe.
 *
 * @param partner the partner paid
 * @param programme the incentive programme's name
 * @param kind rebate or referral fee
 * @param quarter the calendar quarter, such as {@code 2026-Q1}
 * @param currency the currency of the basis and the amount
 * @param basis the exact revenue the rate applies to: the quarter's won revenue for a rebate, the
 *     quarter's sourced won deals for a referral fee
 * @param ratePercent the rate, in percent
 * @param amount the payout, {@code basis * ratePercent / 100} rounded once
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Payout(
    PartnerId partner,
    String programme,
    IncentiveKind kind,
    RevenuePeriod quarter,
    CurrencyUnit currency,
    MonetaryAmount basis,
    BigDecimal ratePercent,
    MonetaryAmount amount) {

  /** Validates the rules above. */
  public Payout {
    checkNotNull(partner, "partner");
    checkNotNull(programme, "programme");
    checkNotNull(kind, "kind");
    checkNotNull(quarter, "quarter");
    checkNotNull(currency, "currency");
    checkNotNull(basis, "basis");
    checkNotNull(ratePercent, "ratePercent");
    checkNotNull(amount, "amount");
    checkArgument(quarter.length() == RevenuePeriod.Length.QUARTER, "%s is not a quarter", quarter);
    checkArgument(
        basis.getCurrency().equals(currency) && amount.getCurrency().equals(currency),
        "payout of %s to %s must be in %s: basis %s, amount %s",
        programme,
        partner,
        currency,
        basis,
        amount);
    checkArgument(!basis.isNegative(), "payout basis %s must not be negative", basis);
    BigDecimal expected = of(Amounts.number(basis), ratePercent, currency);
    checkArgument(
        Amounts.number(amount).compareTo(expected) == 0,
        "payout of %s to %s is %s, but %s percent of %s is %s",
        programme,
        partner,
        Amounts.text(amount),
        ratePercent.toPlainString(),
        Amounts.text(basis),
        expected.toPlainString());
  }

  /** {@code basis * ratePercent / 100}, rounded once to the minor unit of {@code currency}. */
  static BigDecimal of(BigDecimal basis, BigDecimal ratePercent, CurrencyUnit currency) {
    return MinorUnits.round(basis.multiply(ratePercent).movePointLeft(2), currency);
  }
}
