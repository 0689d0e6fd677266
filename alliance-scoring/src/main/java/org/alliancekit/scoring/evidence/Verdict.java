package org.alliancekit.scoring.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What an estimate says about the claim that a better score goes with more revenue. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Verdict {
  /** The whole 90% interval of the elasticity lies above zero. */
  SUPPORTED,
  /** The whole 90% interval lies below zero: a better score went with less revenue. */
  CONTRADICTED,
  /** The interval holds zero: the data cannot tell. */
  INCONCLUSIVE,
  /** Too little data to estimate at all; the estimate's reason says what is missing. */
  INSUFFICIENT_DATA
}
