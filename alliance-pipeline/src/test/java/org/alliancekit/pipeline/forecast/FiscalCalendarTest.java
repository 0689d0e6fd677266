package org.alliancekit.pipeline.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Month;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {
  private static final FiscalCalendar APRIL = FiscalCalendar.startingIn(Month.APRIL);

  @Test
  void aprilYearIsNamedAfterTheYearItEndsIn() {
    // April 2024 .. March 2025 is FY2025; May is in its first quarter, March in its fourth.
    assertEquals(2025, APRIL.fiscalYear(LocalDate.of(2024, 5, 1)));
    assertEquals(1, APRIL.quarter(LocalDate.of(2024, 5, 1)));
    assertEquals(2025, APRIL.fiscalYear(LocalDate.of(2025, 3, 31)));
    assertEquals(4, APRIL.quarter(LocalDate.of(2025, 3, 31)));
    assertEquals(LocalDate.of(2024, 4, 1), APRIL.yearStart(2025));
    assertEquals(LocalDate.of(2024, 10, 1), APRIL.quarterStart(2025, 3));
  }

  @Test
  void startYearNamingUsesTheYearItStartsIn() {
    FiscalCalendar july = FiscalCalendar.of(Month.JULY, FiscalYearNaming.START_YEAR);
    assertEquals(2024, july.fiscalYear(LocalDate.of(2024, 7, 1)));
    assertEquals(2023, july.fiscalYear(LocalDate.of(2024, 6, 30)));
    assertEquals(LocalDate.of(2024, 7, 1), july.yearStart(2024));
  }

  @Test
  void calendarYearIsNamedTheSameEitherWay() {
    LocalDate day = LocalDate.of(2024, 2, 1);
    assertEquals(2024, FiscalCalendar.calendarYear().fiscalYear(day));
    assertEquals(
        2024, FiscalCalendar.of(Month.JANUARY, FiscalYearNaming.START_YEAR).fiscalYear(day));
    assertEquals(1, FiscalCalendar.calendarYear().quarter(day));
  }

  @Test
  void rejectsQuarterOutsideOneToFour() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> APRIL.quarterStart(2025, 5));
    assertEquals("fiscal quarter 5 must be between 1 and 4", e.getMessage());
  }

  @Test
  void schemesLabelPeriods() {
    LocalDate may = LocalDate.of(2024, 5, 1);
    assertEquals(
        ForecastPeriod.of("2024 Q2", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)),
        PeriodScheme.calendarQuarters().periodOf(may));
    assertEquals(
        ForecastPeriod.of("2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
        PeriodScheme.calendarYears().periodOf(may));
    assertEquals(
        ForecastPeriod.of("FY2025 Q1", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)),
        PeriodScheme.fiscalQuarters(APRIL).periodOf(may));
    assertEquals(
        ForecastPeriod.of("FY2025", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
        PeriodScheme.fiscalYears(APRIL).periodOf(may));
    assertEquals(
        "Acme FY2024 Q4",
        PeriodScheme.of(FiscalCalendar.startingIn(Month.JULY), PeriodLength.QUARTER, "Acme FY")
            .periodOf(may)
            .label());
  }

  @Test
  void rejectsPeriodEndingBeforeItStarts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ForecastPeriod.of("Q", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    assertEquals(
        "forecast period Q ends on 2024-01-01, before it starts on 2024-02-01", e.getMessage());
    assertEquals(
        "forecast period label ' ' must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> ForecastPeriod.of(" ", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)))
            .getMessage());
  }

  @Test
  void periodsSortByStart() {
    ForecastPeriod q1 = PeriodScheme.calendarQuarters().periodOf(LocalDate.of(2024, 1, 5));
    ForecastPeriod q2 = PeriodScheme.calendarQuarters().periodOf(LocalDate.of(2024, 4, 5));
    assertTrue(q1.compareTo(q2) < 0);
    assertTrue(q1.contains(LocalDate.of(2024, 3, 31)));
    assertEquals("2024 Q1", q1.toString());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(APRIL, FiscalCalendar.of(Month.APRIL, FiscalYearNaming.END_YEAR))
        .addEqualityGroup(FiscalCalendar.of(Month.APRIL, FiscalYearNaming.START_YEAR))
        .addEqualityGroup(FiscalCalendar.calendarYear())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PeriodScheme.calendarQuarters(), PeriodScheme.calendarQuarters())
        .addEqualityGroup(PeriodScheme.calendarYears())
        .addEqualityGroup(PeriodScheme.fiscalQuarters(APRIL))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = ForecastFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(FiscalCalendar.class);
    tester.testAllPublicInstanceMethods(APRIL);
    tester.testAllPublicConstructors(FiscalCalendar.class);
    tester.testAllPublicStaticMethods(PeriodScheme.class);
    tester.testAllPublicInstanceMethods(PeriodScheme.calendarQuarters());
    tester.testAllPublicConstructors(PeriodScheme.class);
    tester.testAllPublicStaticMethods(ForecastPeriod.class);
    tester.testAllPublicInstanceMethods(
        PeriodScheme.calendarQuarters().periodOf(LocalDate.of(2024, 1, 1)));
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 20_000).map(LocalDate.of(1990, 1, 1)::plusDays);
  }

  @Property
  void everyDayLiesInItsOwnPeriodAndQuartersTileTheYear(
      @ForAll("days") LocalDate day, @ForAll Month first, @ForAll FiscalYearNaming naming) {
    FiscalCalendar calendar = FiscalCalendar.of(first, naming);
    ForecastPeriod quarter = PeriodScheme.fiscalQuarters(calendar).periodOf(day);
    ForecastPeriod year = PeriodScheme.fiscalYears(calendar).periodOf(day);
    assertTrue(quarter.contains(day), quarter + " contains " + day);
    assertTrue(year.contains(day), year + " contains " + day);
    assertEquals(calendar.yearStart(calendar.fiscalYear(day)), year.start());
    ForecastPeriod next = PeriodScheme.fiscalQuarters(calendar).periodOf(quarter.end().plusDays(1));
    assertEquals(quarter.end().plusDays(1), next.start());
    assertEquals(calendar.quarter(day) % 4 + 1, calendar.quarter(next.start()));
    if (calendar.quarter(day) == 4) {
      assertEquals(year.end(), quarter.end());
    }
    if (calendar.quarter(day) == 1) {
      assertEquals(year.start(), quarter.start());
    }
  }
}
