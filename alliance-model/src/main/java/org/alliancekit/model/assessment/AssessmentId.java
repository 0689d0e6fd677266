package org.alliancekit.model.assessment;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies one assessment of a relationship.
 *
 * <p>An id is any non-blank text of at most 256 characters without control characters and without
 * leading or trailing whitespace; ids compare by their text. Immutable and thread-safe.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1")
public record AssessmentId(String value) implements Comparable<AssessmentId> {

  /** Validates the id text. */
  public AssessmentId {
    Checks.id("assessment id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static AssessmentId of(String value) {
    return new AssessmentId(value);
  }

  /**
   * Parses an id from its text form, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static AssessmentId parse(String text) {
    return new AssessmentId(text);
  }

  @Override
  public int compareTo(AssessmentId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }
}
