package org.alliancekit.model.portfolio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.apiguardian.api.API;

/**
 * A rule spanning records that one record of an {@link AlliancePortfolio} breaks: which list it is
 * in, where, its id, the property at fault and what is wrong. A reader turns the location into its
 * own (a file's line and column, a JSON pointer); {@link #toProblem()} gives the library's one
 * problem type located by the record's index and id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param section the list the record is in
 * @param index the record's zero-based index in that list
 * @param key the record's id, or the empty string for a record without one
 * @param property the property at fault, named as in JSON (such as {@code convertedOpportunity})
 * @param kind what kind of problem it is
 * @param message what is wrong, naming the record and the value
 */
@API(status = STABLE, since = "0.1")
public record RecordProblem(
    Section section, int index, String key, String property, ProblemKind kind, String message) {
  /** Checks the values. */
  public RecordProblem {
    checkNotNull(section, "section");
    checkArgument(index >= 0, "record index %s must not be negative", index);
    checkNotNull(key, "key");
    checkNotNull(property, "property");
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
  }

  /** The JSON pointer of the property at fault, such as {@code /leads/3/convertedOpportunity}. */
  public String pointer() {
    String record = "/" + section.property() + "/" + index;
    return property.isEmpty() ? record : record + "/" + property;
  }

  /** The problem located by the record's index in its list and its id. */
  public Problem toProblem() {
    return Problem.atRow(index, key, kind, message);
  }
}
