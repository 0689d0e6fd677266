package org.alliancekit.attribution.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;

/** Argument checks shared by the attribution classes. */
public final class Arguments {
  private static final CharMatcher CONTROL = CharMatcher.javaIsoControl();
  private static final int MAX_KEY_LENGTH = 256;

  private Arguments() {}

  /** Checks a role key or similar short text: not blank, trimmed, no control characters. */
  public static String key(String field, String value) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(!value.isBlank(), "%s '%s' must not be blank", field, value);
    checkArgument(
        value.strip().equals(value), "%s '%s' must not start or end with whitespace", field, value);
    checkArgument(
        !CONTROL.matchesAnyOf(value),
        "%s '%s' must not contain control characters",
        field,
        CONTROL.replaceFrom(value, '?'));
    checkArgument(
        value.length() <= MAX_KEY_LENGTH,
        "%s of length %s is longer than the %s characters allowed",
        field,
        value.length(),
        MAX_KEY_LENGTH);
    return value;
  }

  /** Checks that a weight is a finite number of at least zero. */
  public static double weight(String field, Object owner, double value) {
    checkArgument(
        Double.isFinite(value) && value >= 0,
        "%s %s of %s must be a finite number of at least 0",
        field,
        value,
        owner);
    return value;
  }
}
