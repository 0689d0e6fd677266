package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies a lead: a sales prospect passed from one party to another.
 *
 * <p>An id is any non-blank text of at most 256 characters without control characters and without
 * leading or trailing whitespace; ids compare by their text. Immutable and thread-safe.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1")
public record LeadId(String value) implements Comparable<LeadId> {

  /** Validates the id text. */
  public LeadId {
    Checks.id("lead id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static LeadId of(String value) {
    return new LeadId(value);
  }

  /**
   * Parses an id from its text form, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static LeadId parse(String text) {
    return new LeadId(text);
  }

  @Override
  public int compareTo(LeadId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }
}
