package org.alliancekit.io.csv;

import org.alliancekit.model.batch.ProblemKind;

/**
 * A cell value that cannot be used, with a message that leaves out the column name ({@link Row}
 * puts it in front) and the kind of problem.
 */
final class BadCell extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ProblemKind kind;

  BadCell(ProblemKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  ProblemKind kind() {
    return kind;
  }
}
