package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * How a forecast splits time into periods: quarters or years of a {@link FiscalCalendar}, labelled
 * with a prefix. Calendar periods are labelled {@code 2024 Q3} and {@code 2024}; fiscal periods
 * {@code FY2025 Q1} and {@code FY2025}; a custom prefix tells two parties' fiscal quarters apart
 * ({@code Acme FY2025 Q1}).
 *
 * <pre>{@code
 * PeriodScheme ours = PeriodScheme.fiscalQuarters(FiscalCalendar.startingIn(Month.APRIL));
 * ours.periodOf(LocalDate.of(2024, 5, 1));   // FY2025 Q1, 2024-04-01 .. 2024-06-30
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param calendar the fiscal calendar whose quarters or years are used
 * @param length quarters or years
 * @param prefix what labels start with, such as {@code "FY"}; may be empty
 */
@API(status = STABLE, since = "0.1")
public record PeriodScheme(FiscalCalendar calendar, PeriodLength length, String prefix) {

  /** Validates the scheme. */
  public PeriodScheme {
    checkNotNull(calendar, "calendar");
    checkNotNull(length, "length");
    checkNotNull(prefix, "prefix");
  }

  /** Calendar quarters, labelled {@code 2024 Q3}. */
  public static PeriodScheme calendarQuarters() {
    return new PeriodScheme(FiscalCalendar.calendarYear(), PeriodLength.QUARTER, "");
  }

  /** Calendar years, labelled {@code 2024}. */
  public static PeriodScheme calendarYears() {
    return new PeriodScheme(FiscalCalendar.calendarYear(), PeriodLength.YEAR, "");
  }

  /** The fiscal quarters of {@code calendar}, labelled {@code FY2025 Q1}. */
  public static PeriodScheme fiscalQuarters(FiscalCalendar calendar) {
    return new PeriodScheme(calendar, PeriodLength.QUARTER, "FY");
  }

  /** The fiscal years of {@code calendar}, labelled {@code FY2025}. */
  public static PeriodScheme fiscalYears(FiscalCalendar calendar) {
    return new PeriodScheme(calendar, PeriodLength.YEAR, "FY");
  }

  /** Periods of {@code length} of {@code calendar} whose labels start with {@code prefix}. */
  public static PeriodScheme of(FiscalCalendar calendar, PeriodLength length, String prefix) {
    return new PeriodScheme(calendar, length, prefix);
  }

  /** The period that contains {@code date}. */
  public ForecastPeriod periodOf(LocalDate date) {
    checkNotNull(date, "date");
    int year = calendar.fiscalYear(date);
    if (length == PeriodLength.YEAR) {
      LocalDate start = calendar.yearStart(year);
      return ForecastPeriod.of(prefix + year, start, start.plusYears(1).minusDays(1));
    }
    int quarter = calendar.quarter(date);
    LocalDate start = calendar.quarterStart(year, quarter);
    return ForecastPeriod.of(
        prefix + year + " Q" + quarter, start, start.plusMonths(3).minusDays(1));
  }
}
