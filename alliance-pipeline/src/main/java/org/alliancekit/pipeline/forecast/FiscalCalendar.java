package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.Month;
import org.apiguardian.api.API;

/**
 * A party's fiscal year: the month it starts in and how it is named. Partners' budget years often
 * start in different months; giving each party its own calendar lets a shared pipeline be read in
 * either party's quarters.
 *
 * <pre>{@code
 * FiscalCalendar host = FiscalCalendar.startingIn(Month.APRIL);   // FY2025 = Apr 2024 .. Mar 2025
 * host.fiscalYear(LocalDate.of(2024, 5, 1));                      // 2025
 * host.quarter(LocalDate.of(2024, 5, 1));                         // 1
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstMonth the month the fiscal year starts in
 * @param naming how a fiscal year is named
 */
@API(status = STABLE, since = "0.1")
public record FiscalCalendar(Month firstMonth, FiscalYearNaming naming) {

  /** Validates the calendar. */
  public FiscalCalendar {
    checkNotNull(firstMonth, "firstMonth");
    checkNotNull(naming, "naming");
  }

  /** The calendar year: starts in January. */
  public static FiscalCalendar calendarYear() {
    return new FiscalCalendar(Month.JANUARY, FiscalYearNaming.END_YEAR);
  }

  /** A fiscal year starting in {@code firstMonth}, named after the calendar year it ends in. */
  public static FiscalCalendar startingIn(Month firstMonth) {
    return new FiscalCalendar(firstMonth, FiscalYearNaming.END_YEAR);
  }

  /** A fiscal year starting in {@code firstMonth}, named as {@code naming} says. */
  public static FiscalCalendar of(Month firstMonth, FiscalYearNaming naming) {
    return new FiscalCalendar(firstMonth, naming);
  }

  /** The number of the fiscal year that contains {@code date}. */
  public int fiscalYear(LocalDate date) {
    checkNotNull(date, "date");
    int startYear =
        date.getMonthValue() >= firstMonth.getValue() ? date.getYear() : date.getYear() - 1;
    return startYear + yearOffset();
  }

  /** The fiscal quarter, 1 to 4, that contains {@code date}. */
  public int quarter(LocalDate date) {
    checkNotNull(date, "date");
    int monthsIn = Math.floorMod(date.getMonthValue() - firstMonth.getValue(), 12);
    return monthsIn / 3 + 1;
  }

  /** The first day of fiscal year {@code fiscalYear}. */
  public LocalDate yearStart(int fiscalYear) {
    return LocalDate.of(fiscalYear - yearOffset(), firstMonth, 1);
  }

  /** The first day of quarter {@code quarter} (1 to 4) of fiscal year {@code fiscalYear}. */
  public LocalDate quarterStart(int fiscalYear, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException(
          String.format("fiscal quarter %s must be between 1 and 4", quarter));
    }
    return yearStart(fiscalYear).plusMonths(3L * (quarter - 1));
  }

  /** 1 if a year that does not start in January is named after the year it ends in, else 0. */
  private int yearOffset() {
    return firstMonth != Month.JANUARY && naming == FiscalYearNaming.END_YEAR ? 1 : 0;
  }
}
