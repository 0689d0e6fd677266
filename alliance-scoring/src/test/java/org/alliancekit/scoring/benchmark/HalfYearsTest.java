package org.alliancekit.scoring.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.junit.jupiter.api.Test;

class HalfYearsTest {

  @Test
  void calendarHalfYearsWithAJanuaryStart() {
    assertEquals(
        RevenuePeriod.half(2026, 1), HalfYears.containing(LocalDate.of(2026, 1, 1), Month.JANUARY));
    assertEquals(
        RevenuePeriod.half(2026, 1),
        HalfYears.containing(LocalDate.of(2026, 6, 30), Month.JANUARY));
    assertEquals(
        RevenuePeriod.half(2026, 2), HalfYears.containing(LocalDate.of(2026, 7, 1), Month.JANUARY));
    assertEquals(
        RevenuePeriod.half(2026, 2),
        HalfYears.containing(LocalDate.of(2026, 12, 31), Month.JANUARY));
  }

  @Test
  void fiscalHalfYearsAreNamedAfterTheYearTheFiscalYearStartsIn() {
    // Fiscal year 2025 starting in July runs from 1 July 2025 to 30 June 2026:
    // H1 = July to December 2025, H2 = January to June 2026.
    assertEquals(
        RevenuePeriod.half(2025, 2), HalfYears.containing(LocalDate.of(2026, 3, 15), Month.JULY));
    assertEquals(
        RevenuePeriod.half(2025, 1), HalfYears.containing(LocalDate.of(2025, 7, 1), Month.JULY));
    assertEquals(
        RevenuePeriod.half(2025, 1), HalfYears.containing(LocalDate.of(2025, 12, 31), Month.JULY));
    assertEquals(
        RevenuePeriod.half(2026, 1), HalfYears.containing(LocalDate.of(2026, 7, 1), Month.JULY));
    // April start: 1 October 2025 is six months in, so half 2 of fiscal year 2025; 31 March 2026
    // is its last day.
    assertEquals(
        RevenuePeriod.half(2025, 2), HalfYears.containing(LocalDate.of(2025, 10, 1), Month.APRIL));
    assertEquals(
        RevenuePeriod.half(2025, 2), HalfYears.containing(LocalDate.of(2026, 3, 31), Month.APRIL));
  }

  @Test
  void aDateBeforeFiscalYearOneHasNoHalfYear() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HalfYears.containing(LocalDate.of(1, 3, 1), Month.JULY));
    assertEquals("revenue period year 0 is outside 1 to 9999", e.getMessage());
  }

  @Test
  void shiftsByHalfYearsAcrossYears() {
    assertEquals(
        Optional.of(RevenuePeriod.half(2026, 1)), HalfYears.shift(RevenuePeriod.half(2025, 2), 1));
    assertEquals(
        Optional.of(RevenuePeriod.half(2025, 2)), HalfYears.shift(RevenuePeriod.half(2026, 1), -1));
    assertEquals(
        Optional.of(RevenuePeriod.half(2025, 1)), HalfYears.shift(RevenuePeriod.half(2026, 1), -2));
    assertEquals(
        Optional.of(RevenuePeriod.half(2026, 1)), HalfYears.shift(RevenuePeriod.half(2026, 1), 0));
    assertEquals(Optional.empty(), HalfYears.shift(RevenuePeriod.half(1, 1), -1));
    assertEquals(Optional.empty(), HalfYears.shift(RevenuePeriod.half(9999, 2), 1));
    assertEquals(
        Optional.of(RevenuePeriod.half(9999, 2)), HalfYears.shift(RevenuePeriod.half(9999, 1), 1));
  }

  @Test
  void quartersLieInTheirHalfOfTheSameFiscalYear() {
    assertEquals(RevenuePeriod.half(2025, 1), HalfYears.of(RevenuePeriod.quarter(2025, 1)));
    assertEquals(RevenuePeriod.half(2025, 1), HalfYears.of(RevenuePeriod.quarter(2025, 2)));
    assertEquals(RevenuePeriod.half(2025, 2), HalfYears.of(RevenuePeriod.quarter(2025, 3)));
    assertEquals(RevenuePeriod.half(2025, 2), HalfYears.of(RevenuePeriod.quarter(2025, 4)));
    assertEquals(RevenuePeriod.half(2025, 2), HalfYears.of(RevenuePeriod.half(2025, 2)));
  }

  @Test
  void onlyHalfYearsShift() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HalfYears.shift(RevenuePeriod.quarter(2025, 1), 1));
    assertEquals("period 2025-Q1 must be a half-year, not a quarter", e.getMessage());
  }

  @Property
  void theHalfYearContainingADayStartsOnOrBeforeItAndEndsOnOrAfterIt(
      @ForAll("days") LocalDate day, @ForAll Month fiscalYearStart) {
    RevenuePeriod half = HalfYears.containing(day, fiscalYearStart);
    assertFalse(half.firstDay(fiscalYearStart).isAfter(day), half + " starts after " + day);
    assertFalse(half.lastDay(fiscalYearStart).isBefore(day), half + " ends before " + day);
  }

  @Property
  void shiftingForwardThenBackReturnsTheHalfYear(
      @ForAll("days") LocalDate day, @ForAll Month fiscalYearStart) {
    RevenuePeriod half = HalfYears.containing(day, fiscalYearStart);
    RevenuePeriod next = HalfYears.shift(half, 1).orElseThrow();
    assertEquals(half.lastDay(fiscalYearStart).plusDays(1), next.firstDay(fiscalYearStart));
    assertEquals(Optional.of(half), HalfYears.shift(next, -1));
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(2, 1, 1).toEpochDay(), LocalDate.of(9998, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }
}
