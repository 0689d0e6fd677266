package org.alliancekit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class BudgetCyclesTest {
  private static final RelationshipId REL = RelationshipId.of("rel-1");

  @Test
  void offsetIsTheShorterWayRoundTheYear() {
    assertEquals(6, BudgetCycles.offsetMonths(Month.JANUARY, Month.JULY));
    assertEquals(3, BudgetCycles.offsetMonths(Month.NOVEMBER, Month.FEBRUARY));
    assertEquals(3, BudgetCycles.offsetMonths(Month.FEBRUARY, Month.NOVEMBER));
    assertEquals(1, BudgetCycles.offsetMonths(Month.DECEMBER, Month.JANUARY));
    assertEquals(5, BudgetCycles.offsetMonths(Month.APRIL, Month.NOVEMBER));
    assertEquals(0, BudgetCycles.offsetMonths(Month.APRIL, Month.APRIL));
  }

  @Test
  void deadlineAcrossTheYearEnd() {
    // Next starts after 2026-12-10: February 2027 and November 2027; 2027-02-01 - 3 months.
    BudgetCycleAlignment alignment =
        BudgetCycles.align(REL, Month.NOVEMBER, Month.FEBRUARY, LocalDate.of(2026, 12, 10));
    assertEquals(3, alignment.offsetMonths());
    assertEquals(LocalDate.of(2026, 11, 1), alignment.nextJointDeadline());
    assertTrue(alignment.isMisaligned());
    assertEquals(
        "relationship rel-1: the host's fiscal year starts in NOVEMBER and the partner's in"
            + " FEBRUARY, 3 months apart; agree the next joint marketing budget by 2026-11-01 so"
            + " that it is in both cycles",
        alignment.sentence());
  }

  @Test
  void deadlineBeforeTheYearEnd() {
    // Next starts after 2026-10-15: November 2026 and February 2027; 2026-11-01 - 3 months.
    assertEquals(
        LocalDate.of(2026, 8, 1),
        BudgetCycles.align(REL, Month.NOVEMBER, Month.FEBRUARY, LocalDate.of(2026, 10, 15))
            .nextJointDeadline());
    // January and July after 2026-11-15: 2027-01-01 is earlier; minus 3 months crosses back.
    assertEquals(
        LocalDate.of(2026, 10, 1),
        BudgetCycles.align(REL, Month.JANUARY, Month.JULY, LocalDate.of(2026, 11, 15))
            .nextJointDeadline());
  }

  @Test
  void aStartOnTheAsOfDateIsNotNext() {
    // On 2027-02-01 the next February start is 2028-02-01; November 2027 is earlier.
    assertEquals(
        LocalDate.of(2027, 8, 1),
        BudgetCycles.align(REL, Month.NOVEMBER, Month.FEBRUARY, LocalDate.of(2027, 2, 1))
            .nextJointDeadline());
    assertEquals(
        LocalDate.of(2028, 2, 1), BudgetCycles.nextStart(Month.FEBRUARY, LocalDate.of(2027, 2, 1)));
  }

  @Test
  void theLeadTimeCanBeGiven() {
    assertEquals(
        LocalDate.of(2026, 12, 1),
        BudgetCycles.align(REL, Month.JANUARY, Month.JULY, LocalDate.of(2026, 11, 15), 1)
            .nextJointDeadline());
    assertThrows(
        IllegalArgumentException.class,
        () -> BudgetCycles.align(REL, Month.JANUARY, Month.JULY, LocalDate.of(2026, 1, 1), 13));
  }

  @Test
  void alignedCyclesAreNotMisaligned() {
    BudgetCycleAlignment alignment =
        BudgetCycles.align(REL, Month.APRIL, Month.APRIL, LocalDate.of(2026, 5, 1));
    assertFalse(alignment.isMisaligned());
    assertEquals(LocalDate.of(2027, 1, 1), alignment.nextJointDeadline());
  }

  @Test
  void theFiscalMonthsComeFromThePartners() {
    // hq starts in January, acme in July: on 2026-02-19 the next starts are 2026-07-01 and
    // 2027-01-01; 2026-07-01 - 3 months.
    BudgetCycleAlignment alignment =
        BudgetCycles.align(Fixtures.relationship(), Fixtures.portfolio(), Fixtures.AS_OF, 3);
    assertEquals(Month.JANUARY, alignment.hostFiscalStart());
    assertEquals(Month.JULY, alignment.partnerFiscalStart());
    assertEquals(6, alignment.offsetMonths());
    assertEquals(LocalDate.of(2026, 4, 1), alignment.nextJointDeadline());
  }
}
