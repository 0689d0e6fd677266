package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies an opportunity: a potential sale to one account.
 *
 * <p>An id is any non-blank text of at most 256 characters without control characters and without
 * leading or trailing whitespace; ids compare by their text. Immutable and thread-safe.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1")
public record OpportunityId(String value) implements Comparable<OpportunityId> {

  /** Validates the id text. */
  public OpportunityId {
    Checks.id("opportunity id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  /**
   * Parses an id from its text form, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static OpportunityId parse(String text) {
    return new OpportunityId(text);
  }

  @Override
  public int compareTo(OpportunityId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }
}
