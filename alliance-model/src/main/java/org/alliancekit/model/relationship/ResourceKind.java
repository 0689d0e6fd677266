package org.alliancekit.model.relationship;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The kind of resource a party puts into a relationship through a {@link Commitment}. */
@API(status = STABLE, since = "0.1")
public enum ResourceKind {
  /** Staff assigned to the joint effort, such as alliance managers, architects or consultants. */
  PEOPLE,

  /** Money for the relationship, such as development funds or co-investment in a joint offer. */
  FUNDING,

  /** Joint marketing: campaigns, events, content and the budget behind them. */
  MARKETING,

  /** Technology: integration work, licences, labs, demo systems or access to a platform. */
  TECHNOLOGY,

  /** Enablement of the other side's people: courses, certifications and sales training. */
  TRAINING,

  /** Sellers who carry the joint offer to customers, by territory, segment or account list. */
  SALES_COVERAGE
}
