package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The part a party plays in an {@link Opportunity}. A party may play several roles in the same
 * opportunity (for instance originator and co-seller), each recorded as its own {@link
 * Involvement}.
 */
@API(status = STABLE, since = "0.1")
public enum InvolvementRole {
  /** Found the opportunity and brought it in; the party behind a partner-sourced deal. */
  ORIGINATOR,
  /**
   * Sells actively alongside the owner: meets the customer, shares account knowledge and works the
   * deal jointly (a sell-with motion).
   */
  CO_SELLER,
  /** Resells the product and takes the customer's order and payment, keeping a margin. */
  RESELLER,
  /** Supplies the product to the reseller, usually with credit and logistics, for a margin. */
  DISTRIBUTOR,
  /**
   * Shapes the customer's decision (an advisor, a trusted incumbent, a vendor's account team)
   * without selling or transacting.
   */
  INFLUENCER,
  /** Delivers the project or service once the deal is won: implementation, integration, support. */
  DELIVERY,
  /** Provides a product or platform that is part of the solution sold. */
  TECHNOLOGY_PROVIDER,
  /** Passed the opportunity on to another party and takes no further part beyond a possible fee. */
  REFERRER
}
