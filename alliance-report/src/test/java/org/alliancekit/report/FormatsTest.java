package org.alliancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void namesCalendarQuarters() {
    assertEquals("2026-Q1", Formats.quarter(LocalDate.of(2026, 1, 1)));
    assertEquals("2026-Q1", Formats.quarter(LocalDate.of(2026, 3, 31)));
    assertEquals("2026-Q2", Formats.quarter(LocalDate.of(2026, 4, 1)));
    assertEquals("2025-Q4", Formats.quarter(LocalDate.of(2025, 12, 31)));
  }

  @Test
  void writesMoneyToTheMinorUnitHalfEven() {
    assertEquals("1000000.00", Formats.money(Money.of(1_000_000, "GBP")));
    assertEquals("0.12", Formats.money(Money.of(new BigDecimal("0.125"), "EUR")));
    assertEquals("0.14", Formats.money(Money.of(new BigDecimal("0.135"), "EUR")));
    assertEquals("1236", Formats.money(Money.of(new BigDecimal("1235.5"), "JPY")));
    assertEquals("GBP 1,234,568", Formats.moneyForReading(Money.of(1_234_567.5, "GBP")));
  }

  @Test
  void writesFractionsAndPercentages() {
    assertEquals("0.3000", Formats.fraction(0.30000000000000004));
    assertEquals("-0.2000", Formats.fraction(-0.2));
    assertEquals("62.5%", Formats.percent(0.625));
  }
}
