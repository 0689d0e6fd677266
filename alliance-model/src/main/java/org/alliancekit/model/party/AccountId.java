package org.alliancekit.model.party;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies an end customer account: the company that buys what the host and its partners sell.
 *
 * <p>An id is any non-blank text of at most 256 characters without control characters and without
 * leading or trailing whitespace; ids compare by their text. Immutable and thread-safe.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1")
public record AccountId(String value) implements Comparable<AccountId> {

  /** Validates the id text. */
  public AccountId {
    Checks.id("account id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  /**
   * Parses an id from its text form, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static AccountId parse(String text) {
    return new AccountId(text);
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }
}
