package org.alliancekit.io.csv;

import org.alliancekit.io.IoProblemKind;

/**
 * A cell value that cannot be used, with a message that leaves out the column name ({@link Row}
 * puts it in front) and the kind of problem.
 */
final class BadCell extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final IoProblemKind kind;

  BadCell(IoProblemKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  IoProblemKind kind() {
    return kind;
  }
}
