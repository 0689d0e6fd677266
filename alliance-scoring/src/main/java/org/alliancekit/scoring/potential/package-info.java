/**
 * Alliance sales potential: how much more a relationship could sell if its best-practice score
 * improved, and a portfolio triage that ranks relationships by that uplift rather than by their
 * current revenue.
 *
 * <p>An {@link org.alliancekit.scoring.potential.ImprovementModel} says what score a relationship
 * can reach from its current one; a {@link org.alliancekit.scoring.potential.SalesPotential} turns
 * the two scores and the current revenue into the uplift, on the assumption that alliance revenue
 * grows in proportion to the score; {@link org.alliancekit.scoring.potential.PotentialTriage} ranks
 * a portfolio. Scores are plain numbers in [0, 1]; money is {@link javax.money.MonetaryAmount},
 * computed exactly in {@link java.math.BigDecimal} and rounded once.
 */
@AllianceStyle
package org.alliancekit.scoring.potential;

import org.alliancekit.model.AllianceStyle;
