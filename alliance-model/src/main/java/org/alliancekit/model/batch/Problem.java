package org.alliancekit.model.batch;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ComparisonChain;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Something that could not be used, from the readers to the verbs, the report and Spark: what kind
 * of problem it is, a message naming the field, the value and the rule, and where it is:
 * {@linkplain #inFile in a file} (file, line, column), {@linkplain #atRow at a row} of a batch (row
 * index and record key), or {@linkplain #of nowhere in particular}.
 *
 * <p>The flat accessors {@link #file()}, {@link #line()}, {@link #column()}, {@link #row()} and
 * {@link #key()} read the parts of the location directly, each giving its empty value ({@code ""},
 * 0 or an empty {@code OptionalLong}) when the problem has no location of that form; they are the
 * columns problems are written with.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class Problem implements Comparable<Problem> {
  private final ProblemKind kind;
  private final String message;
  private final Optional<ProblemLocation> location;

  private Problem(ProblemKind kind, String message, Optional<ProblemLocation> location) {
    this.kind = checkNotNull(kind, "kind");
    this.message = checkNotNull(message, "message");
    this.location = location;
  }

  /** Returns a problem without a location. */
  public static Problem of(ProblemKind kind, String message) {
    return new Problem(kind, message, Optional.empty());
  }

  /** Returns a problem at the given location. */
  public static Problem of(ProblemLocation location, ProblemKind kind, String message) {
    return new Problem(kind, message, Optional.of(checkNotNull(location, "location")));
  }

  /**
   * Returns a problem of a record of a batch.
   *
   * @param row zero-based index of the record in the input
   * @param key the record's id or key, or the empty string when it has none
   * @throws IllegalArgumentException if the row is negative
   */
  public static Problem atRow(long row, String key, ProblemKind kind, String message) {
    return of(new ProblemLocation.AtRow(row, key), kind, message);
  }

  /**
   * Returns a problem at a line and column of a file.
   *
   * @param file the file name, such as {@code partners.csv}
   * @param line the line, counting from 1; 0 for the whole file
   * @param column the column name, or the empty string for the whole row or file
   * @throws IllegalArgumentException if the line is negative
   */
  public static Problem inFile(
      String file, long line, String column, ProblemKind kind, String message) {
    return of(new ProblemLocation.InFile(file, line, column), kind, message);
  }

  /** Returns a problem of a file as a whole (line 0, no column). */
  public static Problem inFile(String file, ProblemKind kind, String message) {
    return inFile(file, 0, "", kind, message);
  }

  /** What kind of problem it is. */
  public ProblemKind kind() {
    return kind;
  }

  /** What is wrong, naming the field, the value and the rule. */
  public String message() {
    return message;
  }

  /** Where the problem is; empty when it concerns no one file or record. */
  public Optional<ProblemLocation> location() {
    return location;
  }

  /** Whether this is a warning rather than an error; see {@link ProblemKind#isWarning()}. */
  public boolean isWarning() {
    return kind.isWarning();
  }

  /** The file of a problem in a file; else the empty string. */
  public String file() {
    return inFile().map(ProblemLocation.InFile::file).orElse("");
  }

  /** The line of a problem in a file, counting from 1; 0 for a whole file or no file. */
  public long line() {
    return inFile().map(ProblemLocation.InFile::line).orElse(0L);
  }

  /** The column name of a problem in a file; else the empty string. */
  public String column() {
    return inFile().map(ProblemLocation.InFile::column).orElse("");
  }

  /** The zero-based row index of a problem at a row; else empty. */
  public OptionalLong row() {
    return location.orElse(null) instanceof ProblemLocation.AtRow at
        ? OptionalLong.of(at.row())
        : OptionalLong.empty();
  }

  /** The record key of a problem at a row (which may be empty); else the empty string. */
  public String key() {
    return location.orElse(null) instanceof ProblemLocation.AtRow at ? at.key() : "";
  }

  private Optional<ProblemLocation.InFile> inFile() {
    return location.orElse(null) instanceof ProblemLocation.InFile in
        ? Optional.of(in)
        : Optional.empty();
  }

  /**
   * Orders problems so that a sorted list reads top down: those without a location first, then
   * those in files (by file, line and column), then those at rows (by row and key); then by kind
   * and message.
   */
  @Override
  public int compareTo(Problem other) {
    return ComparisonChain.start()
        .compare(form(), other.form())
        .compare(file(), other.file())
        .compare(line(), other.line())
        .compare(column(), other.column())
        .compare(row().orElse(-1), other.row().orElse(-1))
        .compare(key(), other.key())
        .compare(kind, other.kind)
        .compare(message, other.message)
        .result();
  }

  private int form() {
    return location.isEmpty() ? 0 : location.get() instanceof ProblemLocation.InFile ? 1 : 2;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem that
        && kind == that.kind
        && message.equals(that.message)
        && location.equals(that.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, message, location);
  }

  /**
   * Returns the location, the kind and the message, as used in logs and reports: {@code
   * partners.csv:7 [employees] INVALID_VALUE: ...}, {@code row 12 (r-1) OUT_OF_RANGE: ...} or
   * {@code UNDEFINED: ...} without a location.
   */
  @Override
  public String toString() {
    return location.map(at -> at + " ").orElse("") + kind + ": " + message;
  }
}
