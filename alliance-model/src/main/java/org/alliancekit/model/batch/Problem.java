package org.alliancekit.model.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One row that batch work could not use: where it is, what kind of problem it has, and a message
 * naming the field, the value and the rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row zero-based index of the row in the input (for files, readers document whether they
 *     report line numbers instead)
 * @param key the row's id or key when it has one (such as a relationship id), else the empty string
 * @param kind what kind of problem it is
 * @param message what is wrong, naming the field, the value and the rule
 */
@API(status = STABLE)
public record Problem(long row, String key, ProblemKind kind, String message) {

  /** Validates the problem. */
  public Problem {
    checkArgument(row >= 0, "problem row %s must not be negative", row);
    checkNotNull(key, "key");
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
  }

  /** Returns a problem of a row that has a key. */
  public static Problem of(long row, String key, ProblemKind kind, String message) {
    return new Problem(row, key, kind, message);
  }

  /** Returns "row 12 (key): message", as used in logs and reports. */
  @Override
  public String toString() {
    return "row " + row + (key.isEmpty() ? "" : " (" + key + ")") + " " + kind + ": " + message;
  }
}
