package org.alliancekit.scoring.relationship;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How a party is engaged with an account: selling on its own or together with a partner. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum EngagementKind {
  /** The host's own direct sellers work the account, without an alliance partner. */
  DIRECT,

  /** An alliance partner works the account, alone or together with the host. */
  PARTNER
}
