package org.alliancekit.scoring.relationship;

/** How urgently a {@link Finding} calls for attention, from least to most. */
public enum Severity {
  /** Worth knowing; no harm is likely soon. */
  LOW,

  /** A risk to the relationship that should be dealt with in the normal course of managing it. */
  MEDIUM,

  /** A problem that is likely to cost deals or goodwill now. */
  HIGH
}
