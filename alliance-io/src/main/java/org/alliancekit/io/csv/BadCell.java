package org.alliancekit.io.csv;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.alliancekit.model.batch.ProblemKind;
import org.apiguardian.api.API;

/**
 * A cell value that cannot be used, with a message that leaves out the column name ({@link Row}
 * puts it in front) and the kind of problem.
 */
@API(status = INTERNAL, since = "0.1")
public final class BadCell extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ProblemKind kind;

  BadCell(ProblemKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** What kind of problem the value has. */
  public ProblemKind kind() {
    return kind;
  }
}
