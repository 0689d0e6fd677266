package org.alliancekit.model.assessment;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * From which side of a relationship an assessment was made. Both sides of an alliance are usually
 * interviewed, and where their answers differ (the perception gap) is itself a finding.
 */
@API(status = STABLE, since = "0.1")
public enum Side {
  /** The host company: the one that uses AllianceKit and owns the relationship record. */
  HOST,
  /** The partner company in the relationship. */
  PARTNER,
  /** A third party, such as an adviser benchmarking the relationship for both sides. */
  INDEPENDENT
}
