package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.marketing.BudgetId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * The ledger of one marketing budget: the columns of {@code funds.csv}, all in the budget's
 * currency, and the requests and claims refused. Immutable and thread-safe.
 *
 * @param budget the budget
 * @param relationship its relationship
 * @param party the party that contributes it
 * @param amount the budget
 * @param approvedRequests the sum of the approved requests the budget could afford
 * @param approvedClaims the sum of the approved or paid claims their requests covered
 * @param paid the sum of those claims that are paid
 * @param remaining the budget minus the approved requests; never below zero
 * @param refusals the requests and claims refused, in the order the ledger took them
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FundLedger(
    BudgetId budget,
    RelationshipId relationship,
    PartnerId party,
    MonetaryAmount amount,
    MonetaryAmount approvedRequests,
    MonetaryAmount approvedClaims,
    MonetaryAmount paid,
    MonetaryAmount remaining,
    ImmutableList<FundRefusal> refusals) {

  /** Checks that no component is null. */
  public FundLedger {
    checkNotNull(budget, "budget");
    checkNotNull(relationship, "relationship");
    checkNotNull(party, "party");
    checkNotNull(amount, "amount");
    checkNotNull(approvedRequests, "approvedRequests");
    checkNotNull(approvedClaims, "approvedClaims");
    checkNotNull(paid, "paid");
    checkNotNull(remaining, "remaining");
    checkNotNull(refusals, "refusals");
  }

  /** The budget's currency. */
  public CurrencyUnit currency() {
    return amount.getCurrency();
  }
}
