package org.alliancekit.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  @Test
  void positivePeriodIsReturnedUnchanged() {
    Period year = Period.ofYears(1);
    assertSame(year, Periods.positive("review cadence", year));
  }

  @Test
  void rejectsPeriodWithANegativePart() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Periods.positive("review cadence", Period.of(1, -1, 0)));
    assertEquals(
        "review cadence P1Y-1M must be positive: not zero and with no negative part",
        e.getMessage());
  }
}
