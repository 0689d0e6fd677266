package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * What a campaign produced, in its cost's currency: the columns of {@code campaign_results.csv}.
 * Immutable and thread-safe.
 *
 * @param campaign the campaign
 * @param relationship its relationship
 * @param kind push or pull
 * @param cost its cost
 * @param leads the number of leads it produced
 * @param opportunities the number of opportunities it produced
 * @param pipeline the amount of those opportunities, converted and rounded once to the minor unit
 * @param won the amount of those of them that were won, converted and rounded once
 * @param costPerLead cost / leads, rounded to the minor unit; empty without leads
 * @param returnOnCost (won - cost) / cost, to 4 decimal places; empty when the cost is zero
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CampaignResult(
    CampaignId campaign,
    RelationshipId relationship,
    CampaignKind kind,
    MonetaryAmount cost,
    int leads,
    int opportunities,
    MonetaryAmount pipeline,
    MonetaryAmount won,
    Optional<MonetaryAmount> costPerLead,
    Optional<BigDecimal> returnOnCost) {

  /** Checks that no component is null. */
  public CampaignResult {
    checkNotNull(campaign, "campaign");
    checkNotNull(relationship, "relationship");
    checkNotNull(kind, "kind");
    checkNotNull(cost, "cost");
    checkNotNull(pipeline, "pipeline");
    checkNotNull(won, "won");
    checkNotNull(costPerLead, "costPerLead");
    checkNotNull(returnOnCost, "returnOnCost");
  }

  /** The currency of every amount: the cost's. */
  public CurrencyUnit currency() {
    return cost.getCurrency();
  }
}
