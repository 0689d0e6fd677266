package org.alliancekit.planning;

import static org.alliancekit.planning.Fixtures.AS_OF;
import static org.alliancekit.planning.Fixtures.RATES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.money.ExchangeRates;
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
    assertEquals(List.of(), result.problems());
  }

  @Test
  void aPlanOrCampaignThatCannotBeMeasuredIsLeftOutAndReported() {
    JointPlanningResult result =
        JointPlanning.analyse(Fixtures.portfolio(), AS_OF, ExchangeRates.empty());
    // o2 is in USD: the plan's money objectives and campaign c1 need it in EUR.
    assertEquals(List.of(), result.attainment());
    assertEquals(
        List.of(CampaignId.of("c2")),
        result.campaigns().stream().map(CampaignResult::campaign).toList());
    assertEquals(
        List.of(
            "no exchange rate converts USD into EUR for opportunity o2 in plan jbp-2026; the plan"
                + " is left out",
            "no exchange rate converts USD into EUR for opportunity o2 of campaign c1; the"
                + " campaign is left out"),
        result.problems().stream().map(Problem::message).toList());
    assertEquals(ProblemKind.CURRENCY_MISMATCH, result.problems().get(0).kind());
  }
}
