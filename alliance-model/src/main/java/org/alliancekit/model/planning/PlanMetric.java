package org.alliancekit.model.planning;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What an {@link Objective} of a joint business plan measures. Two metrics are amounts of money
 * ({@link #isMonetary()}), so their targets name a currency; the others count records.
 */
@API(status = STABLE, since = "0.1")
public enum PlanMetric {
  /**
   * Won opportunities closed in the period that involve both parties, their amounts converted to
   * the target's currency.
   */
  WON_REVENUE(true),
  /** The amount of the opportunities created in the period that involve both parties. */
  PIPELINE_CREATED(true),
  /** The number of opportunities created in the period that involve both parties. */
  JOINT_OPPORTUNITIES(false),
  /**
   * The number of leads received in the period that one party shared with the other; only those the
   * accountable party sourced when the objective names one.
   */
  LEADS_SHARED(false),
  /** The number of the accountable party's competencies whose validity starts in the period. */
  CERTIFICATIONS(false),
  /** The number of the relationship's campaigns that start in the period. */
  CAMPAIGNS_RUN(false);

  private final boolean monetary;

  PlanMetric(boolean monetary) {
    this.monetary = monetary;
  }

  /** Whether the metric is an amount of money, so that its target has a currency. */
  public boolean isMonetary() {
    return monetary;
  }
}
