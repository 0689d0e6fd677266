package org.alliancekit.io.cosell;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import org.alliancekit.model.batch.Problem;
import org.apiguardian.api.API;

/**
 * What an export to a co-sell system made of our records: one request document per record that
 * could be expressed in the system's format, by file name, and a {@link Problem} for every record
 * (or field) that could not, naming the field and the rule it breaks. A record with a problem has
 * no document: nothing is truncated or left out silently.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExportResult {
  private final ImmutableSortedMap<String, String> documents;
  private final ImmutableList<Problem> problems;

  private ExportResult(
      ImmutableSortedMap<String, String> documents, ImmutableList<Problem> problems) {
    this.documents = documents;
    this.problems = problems;
  }

  /**
   * Returns a result of the given documents (file name to JSON text) and problems.
   *
   * @throws IllegalArgumentException if a file name is blank or holds a path separator
   */
  public static ExportResult of(Map<String, String> documents, Iterable<Problem> problems) {
    ImmutableSortedMap<String, String> files =
        ImmutableSortedMap.copyOf(checkNotNull(documents, "documents"));
    for (String name : files.keySet()) {
      checkArgument(
          !name.isBlank() && name.indexOf('/') < 0 && name.indexOf('\\') < 0,
          "export document name '%s' must be a plain file name",
          name);
    }
    return new ExportResult(files, ImmutableList.copyOf(checkNotNull(problems, "problems")));
  }

  /** The documents written, by file name in name order; each is one JSON request body. */
  public ImmutableSortedMap<String, String> documents() {
    return documents;
  }

  /** Every problem met, in the order of the records. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** Whether a problem is an error, that is a record could not be exported. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(problem -> !problem.isWarning());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExportResult that
        && documents.equals(that.documents)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(documents, problems);
  }

  @Override
  public String toString() {
    return "ExportResult{documents=" + documents.keySet() + ", problems=" + problems + "}";
  }
}
