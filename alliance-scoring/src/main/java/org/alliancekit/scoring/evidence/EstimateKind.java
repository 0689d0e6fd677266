package org.alliancekit.scoring.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How an estimate compares revenue and score. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum EstimateKind {
  /**
   * Within relationships (fixed effects): each relationship's own mean score and mean log revenue
   * are removed, so only a relationship's changes over time count.
   */
  WITHIN,
  /** Across relationships: log revenue against score, pooled over every observation. */
  ACROSS
}
