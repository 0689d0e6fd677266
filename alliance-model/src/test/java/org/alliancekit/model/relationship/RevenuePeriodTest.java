package org.alliancekit.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class RevenuePeriodTest {
  @Test
  void parsesAndPrintsHalvesAndQuarters() {
    assertEquals(RevenuePeriod.half(2025, 2), RevenuePeriod.parse("2025-H2"));
    assertEquals(RevenuePeriod.quarter(2026, 1), RevenuePeriod.parse("2026-Q1"));
    assertEquals("2025-H2", RevenuePeriod.half(2025, 2).toString());
    assertEquals("0999-Q4", RevenuePeriod.quarter(999, 4).toString());
  }

  @Test
  void refusesTextThatIsNoPeriod() {
    for (String text : List.of("2025-H3", "2025-Q5", "2025-Q0", "25-H1", "2025H1", "2025-h1", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RevenuePeriod.parse(text), text);
      assertTrue(e.getMessage().contains("'" + text + "'") || e.getMessage().contains("no period"));
    }
    assertEquals(
        "a year has 2 periods of length HALF_YEAR, so 3 is no period number",
        assertThrows(IllegalArgumentException.class, () -> RevenuePeriod.half(2025, 3))
            .getMessage());
  }

  @Test
  void daysFollowTheFiscalYear() {
    // Calendar year: Q1 2026 is January to March.
    assertEquals(LocalDate.of(2026, 1, 1), RevenuePeriod.quarter(2026, 1).firstDay(Month.JANUARY));
    assertEquals(LocalDate.of(2026, 3, 31), RevenuePeriod.quarter(2026, 1).lastDay(Month.JANUARY));
    // A fiscal year starting in July: Q1 2026 is July to September 2026, H2 is January to June
    // 2027.
    assertEquals(LocalDate.of(2026, 7, 1), RevenuePeriod.quarter(2026, 1).firstDay(Month.JULY));
    assertEquals(LocalDate.of(2026, 9, 30), RevenuePeriod.quarter(2026, 1).lastDay(Month.JULY));
    assertEquals(LocalDate.of(2027, 1, 1), RevenuePeriod.half(2026, 2).firstDay(Month.JULY));
    assertEquals(LocalDate.of(2027, 6, 30), RevenuePeriod.half(2026, 2).lastDay(Month.JULY));
  }

  @Test
  void aHalfOverlapsItsQuartersOnly() {
    RevenuePeriod h2 = RevenuePeriod.half(2025, 2);
    assertFalse(h2.overlaps(RevenuePeriod.quarter(2025, 2)));
    assertTrue(h2.overlaps(RevenuePeriod.quarter(2025, 3)));
    assertTrue(h2.overlaps(RevenuePeriod.quarter(2025, 4)));
    assertFalse(h2.overlaps(RevenuePeriod.quarter(2026, 1)));
    assertFalse(h2.overlaps(RevenuePeriod.half(2025, 1)));
    assertTrue(h2.overlaps(h2));
  }

  @Test
  void ordersByYearThenFirstMonth() {
    List<RevenuePeriod> periods =
        new ArrayList<>(
            List.of(
                RevenuePeriod.quarter(2026, 2),
                RevenuePeriod.half(2026, 1),
                RevenuePeriod.quarter(2025, 4),
                RevenuePeriod.quarter(2026, 1)));
    periods.sort(null);
    assertEquals(
        List.of(
            RevenuePeriod.quarter(2025, 4),
            RevenuePeriod.quarter(2026, 1),
            RevenuePeriod.half(2026, 1),
            RevenuePeriod.quarter(2026, 2)),
        periods);
  }

  @Test
  void revenueMustNotBeNegative() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PeriodRevenue.of(
                RelationshipId.of("r"), RevenuePeriod.half(2025, 1), Money.of(-1, "EUR")));
  }

  @Property
  void printingThenParsingGivesThePeriodBack(@ForAll("periods") RevenuePeriod period) {
    assertEquals(period, RevenuePeriod.parse(period.toString()));
  }

  @Property
  void overlapIsSharingAMonth(
      @ForAll("periods") RevenuePeriod a, @ForAll("periods") RevenuePeriod b) {
    boolean sharesADay =
        !a.lastDay(Month.JANUARY).isBefore(b.firstDay(Month.JANUARY))
            && !b.lastDay(Month.JANUARY).isBefore(a.firstDay(Month.JANUARY));
    assertEquals(sharesADay, a.overlaps(b));
    assertEquals(a.overlaps(b), b.overlaps(a));
  }

  @Provide
  Arbitrary<RevenuePeriod> periods() {
    return Combinators.combine(
            Arbitraries.integers().between(2024, 2027),
            Arbitraries.of(RevenuePeriod.Length.class),
            Arbitraries.integers().between(1, 4))
        .filter((year, length, number) -> number <= length.perYear())
        .as(RevenuePeriod::new);
  }

  @Test
  void containingFindsThePeriodOfADayInTheFiscalYear() {
    // Calendar years: 30 June is the last day of H1, 1 July the first of H2.
    assertEquals(
        RevenuePeriod.half(2026, 1),
        RevenuePeriod.containing(
            LocalDate.of(2026, 6, 30), RevenuePeriod.Length.HALF_YEAR, Month.JANUARY));
    assertEquals(
        RevenuePeriod.half(2026, 2),
        RevenuePeriod.containing(
            LocalDate.of(2026, 7, 1), RevenuePeriod.Length.HALF_YEAR, Month.JANUARY));
    // Fiscal years from April: 15 March 2026 is month 12 of fiscal 2025, so its second half.
    assertEquals(
        RevenuePeriod.half(2025, 2),
        RevenuePeriod.containing(
            LocalDate.of(2026, 3, 15), RevenuePeriod.Length.HALF_YEAR, Month.APRIL));
    // Quarters from July: 1 October 2026 starts Q2 of fiscal 2026.
    assertEquals(
        RevenuePeriod.quarter(2026, 2),
        RevenuePeriod.containing(
            LocalDate.of(2026, 10, 1), RevenuePeriod.Length.QUARTER, Month.JULY));
  }
}
