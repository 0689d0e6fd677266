package org.alliancekit.model.batch;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Why a row of batch work could not be used. */
@API(status = STABLE)
public enum ProblemKind {
  /** A required value is absent. */
  MISSING_VALUE,
  /** A value cannot be read or breaks a rule of its type (blank, negative, not a number). */
  INVALID_VALUE,
  /** A value lies outside its allowed range, such as a rating outside its scale. */
  OUT_OF_RANGE,
  /** A code or id refers to something that does not exist, such as an unknown factor code. */
  UNKNOWN_REFERENCE,
  /** The same id or key occurs more than once where it must be unique. */
  DUPLICATE,
  /** Amounts in different currencies meet where one currency is needed and no rate was given. */
  CURRENCY_MISMATCH,
  /** The row is valid but the computation is undefined for it, such as a ratio over zero. */
  UNDEFINED
}
