package org.alliancekit.pipeline.mapping;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What an account is to the party that lists it. */
@API(status = EXPERIMENTAL)
public enum AccountStatus {
  /** The account buys from the party. */
  CUSTOMER,
  /** The party is trying to win the account. */
  PROSPECT
}
