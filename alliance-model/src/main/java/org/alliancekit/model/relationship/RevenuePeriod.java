package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A half-year or a quarter of a fiscal year, written {@code 2025-H2} or {@code 2026-Q1}: the span
 * in which alliance revenue is booked.
 *
 * <p>A fiscal year is named after the calendar year it starts in. With the calendar year (a start
 * month of January) {@code 2026-Q1} runs from 1 January to 31 March 2026; with a fiscal year
 * starting in July it runs from 1 July to 30 September 2026. Periods order by their year, then by
 * their first month in the year ({@code 2026-H1} before {@code 2026-Q1} before {@code 2026-Q2}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the fiscal year, from 1 to 9999
 * @param length whether the period is a half-year or a quarter
 * @param number which half (1 or 2) or quarter (1 to 4) of the year
 */
@API(status = STABLE, since = "0.1")
public record RevenuePeriod(int year, Length length, int number)
    implements Comparable<RevenuePeriod> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-([HQ])([1-4])");
  private static final Comparator<RevenuePeriod> ORDER =
      Comparator.comparingInt(RevenuePeriod::year)
          .thenComparingInt(RevenuePeriod::firstMonthIndex)
          .thenComparingInt(period -> period.length().months());

  /** How long a period is. */
  @API(status = STABLE, since = "0.1")
  public enum Length {
    /** Six months, written {@code H1} or {@code H2}. */
    HALF_YEAR('H', 2),
    /** Three months, written {@code Q1} to {@code Q4}. */
    QUARTER('Q', 4);

    private final char letter;
    private final int perYear;

    Length(char letter, int perYear) {
      this.letter = letter;
      this.perYear = perYear;
    }

    /** The number of months of a period of this length. */
    public int months() {
      return 12 / perYear;
    }

    /** The number of periods of this length in a year. */
    public int perYear() {
      return perYear;
    }
  }

  /** Validates the year and the number. */
  public RevenuePeriod {
    checkNotNull(length, "length");
    checkArgument(year >= 1 && year <= 9999, "revenue period year %s is outside 1 to 9999", year);
    checkArgument(
        number >= 1 && number <= length.perYear,
        "a year has %s periods of length %s, so %s is no period number",
        length.perYear,
        length,
        number);
  }

  /** Returns half-year {@code half} (1 or 2) of a fiscal year. */
  public static RevenuePeriod half(int year, int half) {
    return new RevenuePeriod(year, Length.HALF_YEAR, half);
  }

  /** Returns quarter {@code quarter} (1 to 4) of a fiscal year. */
  public static RevenuePeriod quarter(int year, int quarter) {
    return new RevenuePeriod(year, Length.QUARTER, quarter);
  }

  /**
   * Returns the period of the given length that contains {@code date} in fiscal years starting in
   * {@code fiscalYearStart}; a fiscal year is named after the calendar year it starts in, so with
   * fiscal years starting in April, 15 March 2026 lies in {@code 2025-H2}.
   *
   * @throws IllegalArgumentException if that period's fiscal year is outside 1 to 9999
   */
  public static RevenuePeriod containing(LocalDate date, Length length, Month fiscalYearStart) {
    checkNotNull(date, "date");
    checkNotNull(length, "length");
    checkNotNull(fiscalYearStart, "fiscalYearStart");
    int monthsIntoYear = Math.floorMod(date.getMonthValue() - fiscalYearStart.getValue(), 12);
    int fiscalYear =
        date.getMonthValue() < fiscalYearStart.getValue() ? date.getYear() - 1 : date.getYear();
    return new RevenuePeriod(fiscalYear, length, 1 + monthsIntoYear / length.months());
  }

  /**
   * Parses {@code 2025-H2} or {@code 2026-Q1}, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException naming the text if it is no such period
   */
  public static RevenuePeriod parse(String text) {
    checkNotNull(text, "text");
    Matcher matcher = TEXT.matcher(text);
    checkArgument(
        matcher.matches(),
        "'%s' is not a revenue period such as 2025-H2 or 2026-Q1",
        text.length() > 40 ? text.substring(0, 40) + "..." : text);
    Length length = matcher.group(2).equals("H") ? Length.HALF_YEAR : Length.QUARTER;
    return new RevenuePeriod(
        Integer.parseInt(matcher.group(1)), length, Integer.parseInt(matcher.group(3)));
  }

  /**
   * The period {@code steps} periods of the same length after this one (before it when {@code
   * steps} is negative): {@code 2026-H2.plus(1)} is {@code 2027-H1}; empty when that falls outside
   * fiscal years 1 to 9999.
   */
  public Optional<RevenuePeriod> plus(int steps) {
    int perYear = length.perYear();
    long index = (long) year * perYear + (number - 1) + steps;
    long shifted = Math.floorDiv(index, perYear);
    if (shifted < 1 || shifted > 9999) {
      return Optional.empty();
    }
    return Optional.of(new RevenuePeriod((int) shifted, length, 1 + Math.floorMod(index, perYear)));
  }

  /** The first day of the period in a fiscal year that starts in the given month. */
  public LocalDate firstDay(Month fiscalYearStart) {
    checkNotNull(fiscalYearStart, "fiscalYearStart");
    return LocalDate.of(year, fiscalYearStart, 1).plusMonths(firstMonthIndex());
  }

  /** The last day of the period in a fiscal year that starts in the given month. */
  public LocalDate lastDay(Month fiscalYearStart) {
    return firstDay(fiscalYearStart).plusMonths(length.months()).minusDays(1);
  }

  /** Whether the two periods share a month (for fiscal years starting in the same month). */
  public boolean overlaps(RevenuePeriod other) {
    checkNotNull(other, "other");
    int start = year * 12 + firstMonthIndex();
    int otherStart = other.year * 12 + other.firstMonthIndex();
    return start < otherStart + other.length.months() && otherStart < start + length.months();
  }

  private int firstMonthIndex() {
    return (number - 1) * length.months();
  }

  @Override
  public int compareTo(RevenuePeriod other) {
    return ORDER.compare(this, other);
  }

  /** Returns the period as {@code 2025-H2} or {@code 2026-Q1}. */
  @Override
  public String toString() {
    String digits = Integer.toString(year);
    return "0000".substring(digits.length()) + digits + "-" + length.letter + number;
  }
}
