package org.alliancekit.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.SolutionId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ProgrammeRecordsTest {
  private static ProgrammeTier.Builder gold() {
    return ProgrammeTier.builder().name("Gold").rank(3).minWonRevenue(Money.of(500_000, "GBP"));
  }

  @Test
  void aTierKeepsItsRules() {
    ProgrammeTier tier =
        gold()
            .minCompetencies(2)
            .addRequiredCompetencies("Data & AI")
            .minScore(new BigDecimal("0.6"))
            .build();
    assertEquals(3, tier.rank());
    assertEquals(Money.of(500_000, "GBP"), tier.minWonRevenue());
    assertEquals(Optional.of(new BigDecimal("0.6")), tier.minScore());
    assertEquals(0, gold().build().minCompetencies());
  }

  @Test
  void aTierRejectsBadRules() {
    assertEquals(
        "tier Gold has rank 0, which must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> gold().rank(0).build()).getMessage());
    assertEquals(
        "tier Gold asks for -1 competencies, which must not be negative",
        assertThrows(IllegalArgumentException.class, () -> gold().minCompetencies(-1).build())
            .getMessage());
    assertEquals(
        "tier Gold minimum score 1.5 must be between 0 and 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> gold().minScore(new BigDecimal("1.5")).build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> gold().minWonRevenue(Money.of(-1, "GBP")).build());
  }

  @Test
  void aRebateNeedsAThresholdAndAReferralFeeHasNone() {
    Incentive.Builder rebate =
        Incentive.builder()
            .programme("Growth")
            .kind(IncentiveKind.REBATE)
            .ratePercent(new BigDecimal("2.5"));
    assertEquals(
        "rebate programme Growth needs a threshold (zero for none)",
        assertThrows(IllegalArgumentException.class, rebate::build).getMessage());
    Incentive growth = rebate.threshold(Money.of(0, "GBP")).tier("Gold").build();
    assertTrue(growth.appliesTo(Optional.of("Gold")));
    assertFalse(growth.appliesTo(Optional.of("Silver")));
    assertFalse(growth.appliesTo(Optional.empty()));
    assertEquals("Growth/Gold", growth.key());
    assertThrows(IllegalArgumentException.class, () -> growth.withKind(IncentiveKind.REFERRAL_FEE));
    Incentive referral =
        Incentive.builder()
            .programme("Referral")
            .kind(IncentiveKind.REFERRAL_FEE)
            .ratePercent(BigDecimal.TEN)
            .build();
    assertTrue(referral.appliesTo(Optional.empty()));
    assertTrue(referral.appliesTo(Optional.of("Gold")));
    assertEquals(
        "programme Referral has rate 100.5 percent, which must be between 0 and 100",
        assertThrows(
                IllegalArgumentException.class,
                () -> referral.withRatePercent(new BigDecimal("100.5")))
            .getMessage());
  }

  @Test
  void assignedTiersAndSolutionNeedsCheckTheirNames() {
    assertEquals("Gold", PartnerTier.of(PartnerId.of("acme"), "Gold").tier());
    assertThrows(IllegalArgumentException.class, () -> PartnerTier.of(PartnerId.of("a"), " "));
    assertEquals("Data & AI", SolutionNeed.of(SolutionId.of("claims"), "Data & AI").competency());
    assertThrows(
        IllegalArgumentException.class, () -> SolutionNeed.of(SolutionId.of("claims"), ""));
  }
}
