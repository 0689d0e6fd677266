package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.RevenuePeriod.Length;

/**
 * Half-year arithmetic on {@link RevenuePeriod}s, with RevenuePeriod's meaning of a fiscal year: it
 * is named after the calendar year it starts in, so with a start in July the day 15 March 2026 lies
 * in fiscal year 2025, half 2 (1 January to 30 June 2026).
 */
final class HalfYears {
  private HalfYears() {}

  /**
   * The half-year that contains {@code date} in fiscal years starting in {@code fiscalYearStart}:
   * the period whose {@link RevenuePeriod#firstDay(Month)} is on or before the date and whose
   * {@link RevenuePeriod#lastDay(Month)} is on or after it.
   *
   * @throws IllegalArgumentException if that half-year's fiscal year is outside 1 to 9999
   */
  static RevenuePeriod containing(LocalDate date, Month fiscalYearStart) {
    return RevenuePeriod.containing(date, Length.HALF_YEAR, fiscalYearStart);
  }

  /**
   * The half-year {@code steps} half-years after {@code half} (before it when negative); empty if
   * that falls outside fiscal years 1 to 9999.
   */
  static Optional<RevenuePeriod> shift(RevenuePeriod half, int steps) {
    return checkHalf(half).plus(steps);
  }

  /**
   * The half-year a revenue period lies in: the period itself for a half-year, half 1 for quarters
   * 1 and 2 and half 2 for quarters 3 and 4 of the same fiscal year.
   */
  static RevenuePeriod of(RevenuePeriod period) {
    checkNotNull(period, "period");
    return period.length() == Length.HALF_YEAR
        ? period
        : RevenuePeriod.half(period.year(), (period.number() + 1) / 2);
  }

  /**
   * Checks that {@code period} is a half-year.
   *
   * @throws IllegalArgumentException naming the period if it is a quarter
   */
  static RevenuePeriod checkHalf(RevenuePeriod period) {
    checkNotNull(period, "period");
    checkArgument(
        period.length() == Length.HALF_YEAR,
        "period %s must be a half-year, not a quarter",
        period);
    return period;
  }
}
