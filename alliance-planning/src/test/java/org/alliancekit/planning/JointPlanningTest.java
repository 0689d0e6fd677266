package org.alliancekit.planning;

import static org.alliancekit.planning.Fixtures.AS_OF;
import static org.alliancekit.planning.Fixtures.RATES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JointPlanningTest {

  @Test
  void oneResultHoldsEveryVerbsRows() {
    JointPlanningResult result = JointPlanning.analyse(Fixtures.portfolio(), AS_OF, RATES);
    assertEquals(AS_OF, result.asOf());
    assertEquals(8, result.attainment().size());
    assertEquals(1, result.budgetCycles().size());
    assertEquals(1, result.misalignedCycles().size());
    assertEquals(LocalDate.of(2026, 4, 1), result.budgetCycles().get(0).nextJointDeadline());
    assertEquals(1, result.funds().size());
    assertEquals(3, result.refusals().size());
    assertEquals(2, result.campaigns().size());
    assertEquals(2, result.pushPull().size());
    assertEquals(2, result.mindShare().size());
    // Each verb on its own gives the same rows.
    assertEquals(
        FundsLedger.of(Fixtures.budget(), Fixtures.requests(), Fixtures.claims()),
        result.funds().get(0));
    assertEquals(
        PlanAttainment.of(Fixtures.plan(), Fixtures.portfolio(), AS_OF, RATES),
        result.attainment());
  }
}
