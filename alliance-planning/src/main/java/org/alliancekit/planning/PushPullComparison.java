package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * The campaigns of one kind (push or pull) of a relationship in one currency, added up, so that
 * push and pull can be compared. Immutable and thread-safe.
 *
 * @param relationship the relationship
 * @param kind push or pull
 * @param campaigns how many campaigns
 * @param cost their cost
 * @param leads their leads
 * @param opportunities their opportunities
 * @param pipeline their pipeline
 * @param won their won revenue
 * @param costPerLead cost / leads, rounded to the minor unit; empty without leads
 * @param returnOnCost (won - cost) / cost, to 4 decimal places; empty when the cost is zero
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PushPullComparison(
    RelationshipId relationship,
    CampaignKind kind,
    int campaigns,
    MonetaryAmount cost,
    int leads,
    int opportunities,
    MonetaryAmount pipeline,
    MonetaryAmount won,
    Optional<MonetaryAmount> costPerLead,
    Optional<BigDecimal> returnOnCost) {

  /** Checks that no component is null. */
  public PushPullComparison {
    checkNotNull(relationship, "relationship");
    checkNotNull(kind, "kind");
    checkNotNull(cost, "cost");
    checkNotNull(pipeline, "pipeline");
    checkNotNull(won, "won");
    checkNotNull(costPerLead, "costPerLead");
    checkNotNull(returnOnCost, "returnOnCost");
  }
}
