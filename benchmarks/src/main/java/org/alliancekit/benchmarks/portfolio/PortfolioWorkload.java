package org.alliancekit.benchmarks.portfolio;

import org.alliancekit.scoring.potential.ImprovementModel;

/**
 * The portfolio workload that every implementation computes: for each relationship the five area
 * scores and the overall score under the weighted-average rule with the portfolio's factor weights
 * (factors without a known rating left out), then the potential uplift, {@code revenue x
 * (attainable / current - 1)} with the attainable score closing half the gap to a perfect score,
 * and the {@link #TOP} relationships with the largest uplift.
 */
public final class PortfolioWorkload {
  /** How many relationships the ranking keeps. */
  public static final int TOP = 100;

  /** The share of the gap to a perfect score that a relationship is expected to close. */
  public static final double GAP_CLOSED = 0.5;

  /** The improvement model of the workload: {@code closeGap(0.5)}. */
  public static final ImprovementModel MODEL = ImprovementModel.closeGap(GAP_CLOSED);

  /** The number of alignment areas. */
  public static final int AREAS = 5;

  private PortfolioWorkload() {}
}
