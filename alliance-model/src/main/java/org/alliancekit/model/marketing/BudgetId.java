package org.alliancekit.model.marketing;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies one party's contribution to a relationship's joint marketing budget for a fiscal year.
 *
 * <p>An id is any non-blank text of at most 256 characters without control characters and without
 * leading or trailing whitespace; ids compare by their text. Immutable and thread-safe.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1")
public record BudgetId(String value) implements Comparable<BudgetId> {

  /** Validates the id text. */
  public BudgetId {
    Checks.id("budget id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static BudgetId of(String value) {
    return new BudgetId(value);
  }

  /**
   * Parses an id from its text form, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static BudgetId parse(String text) {
    return new BudgetId(text);
  }

  @Override
  public int compareTo(BudgetId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }
}
