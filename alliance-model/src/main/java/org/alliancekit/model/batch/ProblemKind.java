package org.alliancekit.model.batch;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What kind of {@link Problem} it is, the same kind wherever it is met: in a reader, in a verb's
 * batch result, in the report or in a Spark problems frame. A kind is never translated into another
 * on the way.
 *
 * <p>{@link #UNKNOWN_COLUMN} is the only warning: the data was still read in full. Every other kind
 * is an error: the file, the row or the value it names was left out of the result.
 */
@API(status = STABLE, since = "0.1")
public enum ProblemKind {
  /**
   * The file could not be read at all or not to its end: it is missing, an I/O error occurred, or
   * its CSV syntax broke (an unclosed or stray quote), after which the rest cannot be split into
   * rows reliably. The rows before the break are kept.
   */
  UNREADABLE_FILE,
  /** A required column is not in the header row (or there is no header row); no row was read. */
  MISSING_COLUMN,
  /** The header row names a column twice; no row was read. */
  DUPLICATE_COLUMN,
  /** A warning: the header names a column the format does not know; its values were ignored. */
  UNKNOWN_COLUMN,
  /** The row has a different number of fields than the header, or bytes that are not UTF-8. */
  MALFORMED_ROW,
  /** A required value is absent or empty. */
  MISSING_VALUE,
  /**
   * A value cannot be read (not a number, date, currency or known constant) or breaks a rule of its
   * type (blank, negative).
   */
  INVALID_VALUE,
  /** A value lies outside its allowed range, such as a rating off its scale or an index. */
  OUT_OF_RANGE,
  /** A code or id refers to something that does not exist, such as an unknown factor code. */
  UNKNOWN_REFERENCE,
  /** The same id or key occurs again where it must be unique; the later row is left out. */
  DUPLICATE,
  /** Rows that describe the same thing disagree, such as two dates for one assessment. */
  INCONSISTENT,
  /** Amounts in different currencies meet where one currency is needed and no rate was given. */
  CURRENCY_MISMATCH,
  /** The row is valid but the computation is undefined for it, such as a ratio over zero. */
  UNDEFINED,
  /**
   * A warning: a value was read but deliberately not kept, such as contact details the customer did
   * not consent to share; the record itself was kept.
   */
  WITHHELD;

  /** Whether this kind is a warning (the data was read in full) rather than an error. */
  public boolean isWarning() {
    return this == UNKNOWN_COLUMN || this == WITHHELD;
  }
}
