package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ComparisonChain;
import org.apiguardian.api.API;

/**
 * One problem a reader met: in which file, on which line and in which column, what kind of problem
 * it is and a message naming the value and the rule it breaks.
 *
 * <p>Lines count from 1 as a text editor shows them; a row whose quoted value spans several lines
 * is reported at the line where it starts. Line 0 stands for the file as a whole (for example when
 * it is missing). The column is the column name as the format spells it, or the empty string when
 * the problem concerns the whole row or file.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file name, such as {@code partners.csv}
 * @param line the line, counting from 1; 0 for the whole file
 * @param column the column name, or the empty string
 * @param kind what kind of problem it is
 * @param message what is wrong, naming the value and the rule
 */
@API(status = STABLE)
public record IoProblem(String file, long line, String column, IoProblemKind kind, String message)
    implements Comparable<IoProblem> {

  /** Validates the problem. */
  public IoProblem {
    checkNotNull(file, "file");
    checkNotNull(column, "column");
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
    checkArgument(line >= 0, "problem line %s must not be negative", line);
  }

  /** Returns a problem at the given line and column. */
  public static IoProblem of(
      String file, long line, String column, IoProblemKind kind, String message) {
    return new IoProblem(file, line, column, kind, message);
  }

  /** Returns a problem of the file as a whole (line 0, no column). */
  public static IoProblem ofFile(String file, IoProblemKind kind, String message) {
    return new IoProblem(file, 0, "", kind, message);
  }

  /** Whether this is a warning rather than an error; see {@link IoProblemKind#isWarning()}. */
  public boolean isWarning() {
    return kind.isWarning();
  }

  /** Orders problems by file, line, column, kind and message, so a sorted list reads top down. */
  @Override
  public int compareTo(IoProblem other) {
    return ComparisonChain.start()
        .compare(file, other.file)
        .compare(line, other.line)
        .compare(column, other.column)
        .compare(kind, other.kind)
        .compare(message, other.message)
        .result();
  }

  /**
   * Returns {@code file:line [column] KIND: message}, such as {@code partners.csv:7 [employees]
   * INVALID_VALUE: ...}; the line and column are left out when absent.
   */
  @Override
  public String toString() {
    return file
        + (line > 0 ? ":" + line : "")
        + (column.isEmpty() ? "" : " [" + column + "]")
        + " "
        + kind
        + ": "
        + message;
  }
}
