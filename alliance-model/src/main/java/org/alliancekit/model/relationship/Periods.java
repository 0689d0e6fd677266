package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Period;

/** Checks on {@link Period}s shared by this package's value types. */
final class Periods {
  private Periods() {}

  /** Checks that a period is longer than zero: not zero and with no negative part. */
  static Period positive(String field, Period value) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(
        !value.isZero() && !value.isNegative(),
        "%s %s must be positive: not zero and with no negative part",
        field,
        value);
    return value;
  }
}
