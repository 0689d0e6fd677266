package org.alliancekit.io.csv;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.alliancekit.model.batch.ProblemKind;
import org.apiguardian.api.API;

/**
 * A cell value that cannot be used, with a message that leaves out the column name ({@link Row}
 * puts it in front) and the kind of problem.
 *
 * <p>Public only so that the co-sell importers of this module can share it; not part of the API.
 */
@API(status = INTERNAL, since = "0.1")
public final class BadCell extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ProblemKind kind;

  /** A bad value of the given kind; the message leaves out the column name. */
  public BadCell(ProblemKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** What kind of problem the value has. */
  public ProblemKind kind() {
    return kind;
  }
}
