package org.alliancekit.attribution.credit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * One partner's credit over a portfolio: the opportunities it sourced and those it influenced, kept
 * apart. Sourced credit is exclusive, so the sourced totals of all partners never exceed the
 * portfolio; influenced credit is not (several partners may influence one deal), so influenced
 * totals can add up to more than the portfolio and must not be read as a split of it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partner the partner
 * @param sourced the opportunities it sourced
 * @param influenced the opportunities it influenced
 */
@API(status = STABLE, since = "0.1")
public record PartnerCredit(PartnerId partner, CreditTotals sourced, CreditTotals influenced) {

  /** Checks that the values are present and in one currency. */
  public PartnerCredit {
    checkNotNull(partner, "partner must not be null");
    checkNotNull(sourced, "sourced must not be null");
    checkNotNull(influenced, "influenced must not be null");
    checkArgument(
        sourced.amount().getCurrency().equals(influenced.amount().getCurrency()),
        "sourced and influenced totals of partner %s must be in one currency",
        partner);
  }
}
