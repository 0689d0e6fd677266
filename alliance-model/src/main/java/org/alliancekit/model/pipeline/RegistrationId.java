package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies a deal registration: a partner's claim on an opportunity.
 *
 * <p>An id is any non-blank text of at most 256 characters without control characters and without
 * leading or trailing whitespace; ids compare by their text. Immutable and thread-safe.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1")
public record RegistrationId(String value) implements Comparable<RegistrationId> {

  /** Validates the id text. */
  public RegistrationId {
    Checks.id("registration id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static RegistrationId of(String value) {
    return new RegistrationId(value);
  }

  /**
   * Parses an id from its text form, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static RegistrationId parse(String text) {
    return new RegistrationId(text);
  }

  @Override
  public int compareTo(RegistrationId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }
}
