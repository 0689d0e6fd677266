package org.alliancekit.model.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import java.math.BigDecimal;
import java.util.Collection;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.MinorUnits;

/**
 * Argument checks shared by the model's value types. Each failure is an {@link
 * IllegalArgumentException} (or a {@link NullPointerException} for a missing value) whose message
 * names the field, the offending value and the rule it breaks.
 *
 * <p>Not part of the public API: the package is not exported.
 */
public final class Checks {
  /** The longest identifier or name accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 256;

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  private static final CharMatcher CONTROL = CharMatcher.javaIsoControl();

  /** The longest free text of several lines, such as a customer's business problem: 10,000. */
  public static final int MAX_PARAGRAPH_LENGTH = 10_000;

  private static final CharMatcher CONTROL_BUT_LINE_BREAKS =
      CharMatcher.javaIsoControl().and(CharMatcher.noneOf("\n\r\t"));

  static {
    QuietMoneta.ensure();
  }

  private Checks() {}

  /**
   * Checks an identifier: not blank, no leading or trailing whitespace, no control characters, at
   * most {@link #MAX_TEXT_LENGTH} characters.
   *
   * @return {@code value}
   */
  public static String id(String field, String value) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(!value.isBlank(), "%s '%s' must not be blank", field, value);
    checkArgument(
        value.strip().equals(value), "%s '%s' must not start or end with whitespace", field, value);
    return text(field, value);
  }

  /**
   * Checks a display name or free text: not blank, no control characters, at most {@link
   * #MAX_TEXT_LENGTH} characters.
   *
   * @return {@code value}
   */
  public static String name(String field, String value) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(!value.isBlank(), "%s '%s' must not be blank", field, value);
    return text(field, value);
  }

  /**
   * Checks free text that may run over several lines: not blank, no control characters other than
   * line breaks and tabs, at most {@link #MAX_PARAGRAPH_LENGTH} characters.
   *
   * @return {@code value}
   */
  public static String paragraph(String field, String value) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(
        value.length() <= MAX_PARAGRAPH_LENGTH,
        "%s of length %s is longer than the %s characters allowed",
        field,
        value.length(),
        MAX_PARAGRAPH_LENGTH);
    checkArgument(!value.isBlank(), "%s must not be blank", field);
    checkArgument(
        !CONTROL_BUT_LINE_BREAKS.matchesAnyOf(value),
        "%s must not contain control characters other than line breaks and tabs",
        field);
    return value;
  }

  private static String text(String field, String value) {
    // The length first, so that a huge value is not copied into the message below.
    checkArgument(
        value.length() <= MAX_TEXT_LENGTH,
        "%s of length %s is longer than the %s characters allowed",
        field,
        value.length(),
        MAX_TEXT_LENGTH);
    checkArgument(
        !CONTROL.matchesAnyOf(value),
        "%s '%s' must not contain control characters",
        field,
        CONTROL.replaceFrom(value, '?'));
    return value;
  }

  /** Checks that every element of a collection is a valid {@link #name(String, String)}. */
  public static void names(String field, Collection<String> values) {
    for (String value : values) {
      name(field, value);
    }
  }

  /**
   * Checks that a decimal is within the {@link DecimalLimit}.
   *
   * @return {@code value}
   */
  public static BigDecimal decimal(String field, BigDecimal value) {
    return DecimalLimit.check(field, value);
  }

  /** Checks {@code 0 <= value <= 1} for a share, probability or fraction. */
  public static BigDecimal fraction(String field, BigDecimal value) {
    decimal(field, value);
    checkArgument(
        value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0,
        "%s %s must be between 0 and 1",
        field,
        value.toPlainString());
    return value;
  }

  /** Whether {@code 0 <= value <= 100}, the range of a percentage such as a margin or a rate. */
  public static boolean isPercent(BigDecimal value) {
    return value.signum() >= 0 && value.compareTo(ONE_HUNDRED) <= 0;
  }

  /** Checks {@code 0 <= value <= 1} and that it is a finite number. */
  public static double fraction(String field, double value) {
    checkArgument(
        value >= 0.0 && value <= 1.0, "%s %s must be a number between 0 and 1", field, value);
    return value;
  }

  /**
   * Checks that a monetary amount is zero or positive, within the bounds of {@link #decimal} and
   * exact in its currency's minor unit ({@link MinorUnits#checkFits}).
   */
  public static MonetaryAmount nonNegative(String field, MonetaryAmount value) {
    amount(field, value);
    checkArgument(!value.isNegative(), "%s %s must not be negative", field, value);
    return value;
  }

  /**
   * As {@link #nonNegative(String, MonetaryAmount)}, the field named by {@code field} and {@code
   * of} with a space between them, such as {@code "amount of opportunity"} and the opportunity's
   * id: the name is built only when the check fails, so that records built by the hundred thousand
   * pay nothing for it.
   */
  public static MonetaryAmount nonNegative(String field, Object of, MonetaryAmount value) {
    if (!value.isNegative() && DecimalLimit.fits(value) && MinorUnits.fitsMinorUnit(value)) {
      return value;
    }
    return nonNegative(field + " " + of, value);
  }

  /**
   * Checks that a monetary amount is strictly positive, within the bounds of {@link #decimal} and
   * exact in its currency's minor unit ({@link MinorUnits#checkFits}).
   */
  public static MonetaryAmount positive(String field, MonetaryAmount value) {
    amount(field, value);
    checkArgument(value.isPositive(), "%s %s must be positive", field, value);
    return value;
  }

  private static void amount(String field, MonetaryAmount value) {
    DecimalLimit.number(field, value);
    MinorUnits.checkFits(field, value);
  }
}
