package org.alliancekit.model.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a {@link Problem} is: a place in a file ({@link InFile}, where readers find problems) or a
 * record of a batch ({@link AtRow}, where verbs find them). A problem that concerns neither, such
 * as one found while combining several inputs, has no location.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface ProblemLocation permits ProblemLocation.InFile, ProblemLocation.AtRow {

  /**
   * A place in a file. Lines count from 1 as a text editor shows them; a row whose quoted value
   * spans several lines is at the line where it starts. Line 0 stands for the file as a whole (for
   * example when it is missing). The column is the column name as the format spells it, or the
   * empty string when the problem concerns the whole row or file.
   *
   * <p>Immutable and thread-safe.
   *
   * @param file the file name, such as {@code partners.csv}
   * @param line the line, counting from 1; 0 for the whole file
   * @param column the column name, or the empty string
   */
  @API(status = STABLE, since = "0.1")
  record InFile(String file, long line, String column) implements ProblemLocation {

    /** Validates the location. */
    public InFile {
      checkNotNull(file, "file");
      checkNotNull(column, "column");
      checkArgument(line >= 0, "problem line %s must not be negative", line);
    }

    /** Returns {@code file:line [column]}, leaving out the line and column when absent. */
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + (column.isEmpty() ? "" : " [" + column + "]");
    }
  }

  /**
   * A record of a batch: its index in the input and its key.
   *
   * <p>Immutable and thread-safe.
   *
   * @param row zero-based index of the record in the input
   * @param key the record's id or key when it has one (such as a relationship id), else the empty
   *     string
   */
  @API(status = STABLE, since = "0.1")
  record AtRow(long row, String key) implements ProblemLocation {

    /** Validates the location. */
    public AtRow {
      checkArgument(row >= 0, "problem row %s must not be negative", row);
      checkNotNull(key, "key");
    }

    /** Returns {@code row 12 (key)}, leaving out the key when empty. */
    @Override
    public String toString() {
      return "row " + row + (key.isEmpty() ? "" : " (" + key + ")");
    }
  }
}
