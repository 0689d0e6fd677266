package org.alliancekit.pipeline.mapping;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What an account is to the party that lists it. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AccountStatus {
  /** The account buys from the party. */
  CUSTOMER,
  /** The party is trying to win the account. */
  PROSPECT
}
