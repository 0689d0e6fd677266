package org.alliancekit.scoring.relationship;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How urgently a {@link Finding} calls for attention, from least to most. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Severity {
  /** Worth knowing; no harm is likely soon. */
  LOW,

  /** A risk to the relationship that should be dealt with in the normal course of managing it. */
  MEDIUM,

  /** A problem that is likely to cost deals or goodwill now. */
  HIGH
}
