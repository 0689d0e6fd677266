package org.alliancekit.attribution.credit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.EnumSet;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * The credit of a portfolio of opportunities: each opportunity's {@link DealCredit} (and every row
 * that could not be classified, with its problem), totals per motion, and each partner's sourced
 * and influenced totals, all in one reporting currency.
 *
 * <p>The motions partition the portfolio: every classified opportunity has exactly one, so the
 * motion totals add up to {@link #portfolio()}. Partner totals are not a partition (see {@link
 * PartnerCredit}). Amounts are the exact sums of the (converted) opportunity amounts, each total
 * rounded half-even to the currency's minor unit at the end.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deals every opportunity's credit, and every row that could not be credited
 * @param currency the reporting currency
 * @param portfolio the totals of all credited opportunities
 * @param byMotion the totals of each motion, all three in declaration order
 * @param byPartner each partner's credit, in id order
 */
@API(status = STABLE, since = "0.1")
public record CreditReport(
    BatchResult<DealCredit> deals,
    CurrencyUnit currency,
    CreditTotals portfolio,
    ImmutableMap<CreditMotion, CreditTotals> byMotion,
    ImmutableMap<PartnerId, PartnerCredit> byPartner) {

  /** Validates the report and puts the partners in id order. */
  public CreditReport {
    checkNotNull(deals, "deals must not be null");
    checkNotNull(currency, "currency must not be null");
    checkNotNull(portfolio, "portfolio must not be null");
    checkNotNull(byMotion, "byMotion must not be null");
    checkNotNull(byPartner, "byPartner must not be null");
    checkArgument(
        byMotion.keySet().equals(EnumSet.allOf(CreditMotion.class)),
        "report must give totals for every motion, gives %s",
        byMotion.keySet());
    byMotion = ImmutableSortedMap.copyOf(byMotion);
    byPartner = ImmutableSortedMap.copyOf(byPartner);
    checkArgument(
        portfolio.amount().getCurrency().equals(currency),
        "portfolio totals are in %s, not the reporting currency %s",
        portfolio.amount().getCurrency(),
        currency);
    byPartner.forEach(
        (partner, credit) ->
            checkArgument(
                partner.equals(credit.partner()),
                "credit of partner %s is filed under %s",
                credit.partner(),
                partner));
  }

  /** The totals of one motion. */
  public CreditTotals motion(CreditMotion motion) {
    checkNotNull(motion, "motion");
    return byMotion.get(motion);
  }

  /** The credit of {@code partner}, if it sourced or influenced any credited opportunity. */
  public Optional<PartnerCredit> partner(PartnerId partner) {
    checkNotNull(partner, "partner");
    return Optional.ofNullable(byPartner.get(partner));
  }
}
