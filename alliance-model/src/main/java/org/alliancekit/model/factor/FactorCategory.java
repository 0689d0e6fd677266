package org.alliancekit.model.factor;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The five alignment areas between the parties of an alliance, into which every success factor
 * falls. Listed in the order the standard catalogs use.
 */
@API(status = STABLE, since = "0.1")
public enum FactorCategory {
  /** Commercial alignment: value proposition, metrics, rewards, cost and benefit. */
  COMMERCIAL,
  /** Technical alignment: market and product fit, joint problem solving, accountability. */
  TECHNICAL,
  /** Strategic alignment: scope, objectives, executive support, shared vision. */
  STRATEGIC,
  /** Cultural alignment: trust, collaboration skills, decision making. */
  CULTURAL,
  /** Operational alignment: alliance process, plans, metrics, escalation. */
  OPERATIONAL
}
