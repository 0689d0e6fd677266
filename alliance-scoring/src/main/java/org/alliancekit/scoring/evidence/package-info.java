/**
 * Evidence that best practice drives alliance sales, measured on a portfolio's own history: a panel
 * of (relationship, half-year) observations of the overall score and the alliance revenue ({@link
 * org.alliancekit.scoring.evidence.EvidencePanel}), estimates of how revenue moves with the score,
 * within relationships and across them, with seeded bootstrap intervals and a verdict ({@link
 * org.alliancekit.scoring.evidence.SalesEvidence}), and the uplift a relationship's attainable
 * score is worth under that estimate ({@link org.alliancekit.scoring.evidence.CalibratedUplift}).
 *
 * <p>What the estimates can and cannot say: they measure how revenue and score moved together in
 * this portfolio, which is not proof that one causes the other. Removing each relationship's own
 * mean (the within estimate) rules out differences that stay fixed over time, such as a partner's
 * size or market; taking the revenue one half-year after the score (lag 1) rules out revenue
 * causing a score in the same half-year. Neither rules out a third thing that changes both at once,
 * such as a new product launched together.
 */
package org.alliancekit.scoring.evidence;
