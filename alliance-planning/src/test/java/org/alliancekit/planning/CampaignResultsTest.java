package org.alliancekit.planning;

import static org.alliancekit.planning.Fixtures.RATES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignKind;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CampaignResultsTest {

  @Test
  void pushCampaignWithAConvertedWinAndANegativeReturn() {
    // c1: EUR 1,000; leads l1, l2; opportunities o2 (USD 500 = EUR 450, won) and o3 (EUR 300).
    CampaignResult result =
        CampaignResults.of(Fixtures.campaigns().get(0), Fixtures.opportunities(), RATES);
    assertEquals(2, result.leads());
    assertEquals(2, result.opportunities());
    assertEquals(Money.of(new BigDecimal("750.00"), "EUR"), result.pipeline());
    assertEquals(Money.of(new BigDecimal("450.00"), "EUR"), result.won());
    assertEquals(Optional.of(Money.of(new BigDecimal("500.00"), "EUR")), result.costPerLead());
    // (450 - 1,000) / 1,000
    assertEquals(Optional.of(new BigDecimal("-0.5500")), result.returnOnCost());
  }

  @Test
  void pullCampaignWithAPositiveReturn() {
    // c2: EUR 2,000; lead l4; opportunity o5 (EUR 7,000, won): (7,000 - 2,000) / 2,000 = 2.5.
    CampaignResult result =
        CampaignResults.of(Fixtures.campaigns().get(1), Fixtures.opportunities(), RATES);
    assertEquals(Money.of(new BigDecimal("7000.00"), "EUR"), result.won());
    assertEquals(Optional.of(Money.of(new BigDecimal("2000.00"), "EUR")), result.costPerLead());
    assertEquals(Optional.of(new BigDecimal("2.5000")), result.returnOnCost());
  }

  @Test
  void noLeadsNoCostPerLeadAndNoCostNoReturn() {
    Campaign free =
        Campaign.builder()
            .from(Fixtures.campaigns().get(0))
            .cost(Money.of(0, "EUR"))
            .leads(List.of())
            .build();
    CampaignResult result = CampaignResults.of(free, Fixtures.opportunities(), RATES);
    assertEquals(Optional.empty(), result.costPerLead());
    assertEquals(Optional.empty(), result.returnOnCost());
  }

  @Test
  void costPerLeadIsRoundedOnceToTheMinorUnit() {
    Campaign three =
        Campaign.builder()
            .from(Fixtures.campaigns().get(0))
            .cost(Money.of(100, "EUR"))
            .addLeads(org.alliancekit.model.pipeline.LeadId.of("l3"))
            .build();
    // 100 / 3 = 33.333... -> 33.33
    assertEquals(
        Optional.of(Money.of(new BigDecimal("33.33"), "EUR")),
        CampaignResults.of(three, Fixtures.opportunities(), RATES).costPerLead());
  }

  @Test
  void pushAndPullComparedPerRelationship() {
    List<PushPullComparison> comparisons =
        CampaignResults.compare(
            CampaignResults.of(Fixtures.campaigns(), Fixtures.opportunities(), RATES));
    assertEquals(2, comparisons.size());
    PushPullComparison push = comparisons.get(0);
    PushPullComparison pull = comparisons.get(1);
    assertEquals(CampaignKind.PUSH, push.kind());
    assertEquals(CampaignKind.PULL, pull.kind());
    assertEquals(Optional.of(new BigDecimal("-0.5500")), push.returnOnCost());
    assertEquals(Optional.of(new BigDecimal("2.5000")), pull.returnOnCost());
    assertEquals(1, pull.campaigns());
    assertEquals(2, push.leads());
  }
}
