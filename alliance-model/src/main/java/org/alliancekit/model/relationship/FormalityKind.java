package org.alliancekit.model.relationship;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How formally a relationship is agreed, from a binding contract down to a handshake. */
@API(status = STABLE, since = "0.1")
public enum FormalityKind {
  /**
   * A binding contract: resources are committed against targets, failure carries penalties, and
   * exclusivity, where granted, is spelled out and paid for. Typical of channel relationships.
   */
  CONTRACT,

  /**
   * A looser written understanding of what each side gives and gets, reviewed every year or two
   * rather than enforced. Often the better fit for alliances, where a strict contract tends to
   * hinder collaboration more than it helps.
   */
  QUID_PRO_QUO,

  /** No written agreement: the sides cooperate on goodwill and shared interest. */
  INFORMAL
}
