package org.alliancekit.pipeline.mapping;

/** What an account is to the party that lists it. */
public enum AccountStatus {
  /** The account buys from the party. */
  CUSTOMER,
  /** The party is trying to win the account. */
  PROSPECT
}
