package org.alliancekit.planning;

import static org.alliancekit.planning.Fixtures.AS_OF;
import static org.alliancekit.planning.Fixtures.RATES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliancekit.model.money.ExchangeRates;
import org.junit.jupiter.api.Test;

/**
 * Known answers for every metric, worked out by hand from {@link Fixtures}: the plan runs 100 days
 * (2026-01-01 to 2026-04-10) and 50 of them have elapsed on 2026-02-19, so the projection doubles
 * the actual.
 */
class PlanAttainmentTest {

  private static Map<String, ObjectiveAttainment> measure(LocalDate asOf) {
    List<ObjectiveAttainment> rows =
        PlanAttainment.of(Fixtures.plan(), Fixtures.portfolio(), asOf, RATES);
    return rows.stream()
        .collect(Collectors.toMap(row -> row.objective().value(), Function.identity()));
  }

  private static void assertRow(
      ObjectiveAttainment row,
      String actual,
      String attainment,
      String projected,
      AttainmentStatus status) {
    assertEquals(new BigDecimal(actual), row.actual(), row.objective() + " actual");
    assertEquals(new BigDecimal(attainment), row.attainment(), row.objective() + " attainment");
    assertEquals(new BigDecimal(projected), row.projected(), row.objective() + " projected");
    assertEquals(status, row.status(), row.objective() + " status");
  }

  @Test
  void everyMetricHalfwayThroughThePeriod() {
    Map<String, ObjectiveAttainment> rows = measure(AS_OF);
    // o1 EUR 1,000 won 2026-01-15 + o2 USD 500 x 0.9 = EUR 450 won 2026-02-01; o4 is with zed,
    // o5 is won after the as-of date. 1,450 / 2,900 = 0.5; projected 2,900 >= 2,900.
    assertRow(rows.get("won"), "1450.00", "0.5000", "2900.00", AttainmentStatus.ON_TRACK);
    // Created in the elapsed part: o2 (EUR 450) and o3 (EUR 300).
    assertRow(rows.get("pipeline"), "750.00", "0.7500", "1500.00", AttainmentStatus.ON_TRACK);
    // o2 and o3: projected 4 of 5, which is 80%: at risk.
    assertRow(rows.get("deals"), "2", "0.4000", "4.00", AttainmentStatus.AT_RISK);
    // Sourced by acme and shared with hq: l1 (l3 went to zed, l4 after the as-of date).
    // Projected 2 < 80% of 3 = 2.4.
    assertRow(rows.get("leads"), "1", "0.3333", "2.00", AttainmentStatus.OFF_TRACK);
    // Joint: l1 and l2 (received on the as-of date itself).
    assertRow(rows.get("leads-joint"), "2", "0.5000", "4.00", AttainmentStatus.ON_TRACK);
    // hq's Analytics (2026-02-01) and acme's Cloud (2026-01-10); zed's does not count, nor
    // acme's Security (before), Data (no date) and Edge (after the as-of date).
    assertRow(rows.get("certs"), "2", "0.5000", "4.00", AttainmentStatus.ON_TRACK);
    assertRow(rows.get("certs-acme"), "1", "0.5000", "2.00", AttainmentStatus.ON_TRACK);
    // c1 started 2026-01-15; c2 starts after the as-of date. Projected 2 < 2.4.
    assertRow(rows.get("campaigns"), "1", "0.3333", "2.00", AttainmentStatus.OFF_TRACK);
    assertEquals(new BigDecimal("0.5000"), rows.get("won").elapsedFraction());
  }

  @Test
  void beforeThePeriodNothingCountsAndNothingHasElapsed() {
    Map<String, ObjectiveAttainment> rows = measure(LocalDate.of(2025, 12, 31));
    assertRow(rows.get("won"), "0.00", "0.0000", "0.00", AttainmentStatus.OFF_TRACK);
    assertRow(rows.get("deals"), "0", "0.0000", "0", AttainmentStatus.OFF_TRACK);
    assertEquals(new BigDecimal("0.0000"), rows.get("won").elapsedFraction());
  }

  @Test
  void afterThePeriodTheWholePeriodCountsAndNothingAfterIt() {
    Map<String, ObjectiveAttainment> rows = measure(LocalDate.of(2027, 1, 1));
    // o5's EUR 7,000 now counts; o6 was created after the period ends.
    assertRow(rows.get("won"), "8450.00", "2.9138", "8450.00", AttainmentStatus.ON_TRACK);
    assertRow(rows.get("pipeline"), "7750.00", "7.7500", "7750.00", AttainmentStatus.ON_TRACK);
    assertRow(rows.get("deals"), "3", "0.6000", "3.00", AttainmentStatus.OFF_TRACK);
    // c2 started 2026-03-01, in the period: 2 of 3 is below 80%.
    assertRow(rows.get("campaigns"), "2", "0.6667", "2.00", AttainmentStatus.OFF_TRACK);
    assertEquals(new BigDecimal("1.0000"), rows.get("won").elapsedFraction());
  }

  @Test
  void statusIsDecidedOnExactNumbers() {
    // 100 days, 3 elapsed: target 10 needs 0.3 by now, 80% of it 0.24.
    assertEquals(
        AttainmentStatus.ON_TRACK,
        PlanAttainment.status(new BigDecimal("0.3"), BigDecimal.TEN, 3, 100));
    assertEquals(
        AttainmentStatus.AT_RISK,
        PlanAttainment.status(new BigDecimal("0.24"), BigDecimal.TEN, 3, 100));
    assertEquals(
        AttainmentStatus.OFF_TRACK,
        PlanAttainment.status(new BigDecimal("0.2399"), BigDecimal.TEN, 3, 100));
  }

  @Test
  void anAmountNoRateConvertsIsAnErrorNamingIt() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PlanAttainment.of(
                    Fixtures.plan(), Fixtures.portfolio(), AS_OF, ExchangeRates.empty()));
    assertEquals(
        "no exchange rate converts USD into EUR for opportunity o2 in plan jbp-2026",
        error.getMessage());
  }
}
