package org.alliancekit.scoring.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PotentialModelTest {
  private static final PotentialModel ONE_PER_POINT = PotentialModel.elasticity(0.01);

  @Test
  void proportionalIsTheDefaultAndKeepsTheBenchmarkExample() {
    SalesPotential potential = SalesPotential.of(Money.of(1_000_000, "GBP"), 0.30, 0.60);
    assertEquals(PotentialModel.proportional(), potential.potentialModel());
    assertEquals(Optional.of(Money.of(1_000_000, "GBP")), potential.uplift());
    assertEquals("proportional", PotentialModel.proportional().describe());
  }

  @Test
  void elasticityPricesTheGainInPointsLogLinearly() {
    // exp(0.01 x 10 points) - 1 = 0.105170918..., on EUR 1,000,000: EUR 105,170.92 (by hand).
    assertEquals(
        Optional.of(Money.of(105_170.92, "EUR")),
        SalesPotential.of(Money.of(1_000_000, "EUR"), 0.30, 0.40)
            .withPotentialModel(ONE_PER_POINT)
            .uplift());
    // Defined at a zero score, where the proportional rule is not.
    SalesPotential fromZero =
        SalesPotential.of(Money.of(1_000_000, "EUR"), 0.0, 0.10).withPotentialModel(ONE_PER_POINT);
    assertEquals(UpliftStatus.DEFINED, fromZero.status());
    assertEquals(Optional.of(Money.of(105_170.92, "EUR")), fromZero.uplift());
    assertEquals(
        UpliftStatus.UNDEFINED_ZERO_SCORE,
        SalesPotential.of(Money.of(1_000_000, "EUR"), 0.0, 0.10).status());
    // No change in score is no change in revenue, whatever the model.
    assertEquals(
        Optional.of(Money.of(0, "JPY")),
        SalesPotential.of(Money.of(5_000, "JPY"), 0.4, 0.4)
            .withPotentialModel(ONE_PER_POINT)
            .uplift());
  }

  @Test
  void describesItselfAndHasValueEquality() {
    assertEquals("calibrated: 1.01% more revenue per point", ONE_PER_POINT.describe());
    assertEquals(PotentialModel.elasticity(0.01), ONE_PER_POINT);
    assertNotEquals(PotentialModel.elasticity(0.02), ONE_PER_POINT);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PotentialModel.elasticity(Double.NaN));
    assertTrue(e.getMessage().contains("slope per point"), e.getMessage());
  }

  @Test
  void theTriageRanksWithEitherRule() {
    // Weak and small: 0.10 closes half the gap to 0.55; strong and large: 0.60 to 0.80.
    List<PortfolioEntry> portfolio =
        List.of(
            PortfolioEntry.of(RelationshipId.of("weak"), Money.of(300_000, "EUR"), 0.10),
            PortfolioEntry.of(RelationshipId.of("strong"), Money.of(1_000_000, "EUR"), 0.60));
    PotentialTriage proportional = PotentialTriage.of(ImprovementModel.closeGap(0.5));
    // Proportional: 300,000 x (0.55 / 0.10 - 1) = 1,350,000 against 1,000,000 x (0.8 / 0.6 - 1).
    PotentialRanking byProportion = proportional.triage(portfolio);
    assertEquals(RelationshipId.of("weak"), byProportion.ranked().get(0).relationship());
    assertEquals(Optional.of(Money.of(1_350_000, "EUR")), byProportion.ranked().get(0).uplift());
    // One percent per point: 300,000 x (e^0.45 - 1) = 170,493.66; 1,000,000 x (e^0.2 - 1) =
    // 221,402.76. The order flips.
    PotentialTriage calibrated = proportional.withPotentialModel(ONE_PER_POINT);
    assertEquals(ONE_PER_POINT, calibrated.potentialModel());
    PotentialRanking byElasticity = calibrated.triage(portfolio);
    assertEquals(RelationshipId.of("strong"), byElasticity.ranked().get(0).relationship());
    assertEquals(Optional.of(Money.of(221_402.76, "EUR")), byElasticity.ranked().get(0).uplift());
    assertEquals(Optional.of(Money.of(170_493.66, "EUR")), byElasticity.ranked().get(1).uplift());
    assertEquals(PotentialModel.proportional(), proportional.potentialModel());
  }
}
