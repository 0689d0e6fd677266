package org.alliancekit.model.relationship;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How firmly a party has pledged a resource.
 *
 * <p>The distinction matters less than one might expect in alliances: each side keeps control of
 * what it puts in and rewards success when it comes, so a declared intent carries nearly the same
 * weight as a firm commitment. Channel agreements, by contrast, rest on firm commitments of known
 * resources against targets.
 */
@API(status = STABLE, since = "0.1")
public enum CommitmentStrength {
  /** A declared intention to provide the resource, which the party may revise as it goes. */
  INTENT,

  /** A firm pledge of the resource, as a channel contract would require. */
  COMMITMENT
}
