package org.alliancekit.model.relationship;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies a relationship between a host company and one partner.
 *
 * <p>An id is any non-blank text of at most 256 characters without control characters and without
 * leading or trailing whitespace; ids compare by their text. Immutable and thread-safe.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1")
public record RelationshipId(String value) implements Comparable<RelationshipId> {

  /** Validates the id text. */
  public RelationshipId {
    Checks.id("relationship id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static RelationshipId of(String value) {
    return new RelationshipId(value);
  }

  /**
   * Parses an id from its text form, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static RelationshipId parse(String text) {
    return new RelationshipId(text);
  }

  @Override
  public int compareTo(RelationshipId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }
}
