package org.alliancekit.model.party;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies a company that takes part in alliance sales: the host company that uses AllianceKit or
 * any of its partners.
 *
 * <p>An id is any non-blank text of at most 256 characters without control characters and without
 * leading or trailing whitespace; ids compare by their text. Immutable and thread-safe.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1")
public record PartnerId(String value) implements Comparable<PartnerId> {

  /** Validates the id text. */
  public PartnerId {
    Checks.id("partner id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static PartnerId of(String value) {
    return new PartnerId(value);
  }

  /**
   * Parses an id from its text form, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static PartnerId parse(String text) {
    return new PartnerId(text);
  }

  @Override
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }
}
