/**
 * Scoring whole portfolios through primitive arrays: a {@link
 * org.alliancekit.scoring.portfolio.RatingMatrix} holds the normalised ratings of many assessments
 * of one catalog, row-major, and a {@link org.alliancekit.scoring.portfolio.PortfolioScorer}
 * applies a standard rule of {@link org.alliancekit.scoring.assessment.ScoringRules} to every row
 * in one allocation-free pass, giving {@link org.alliancekit.scoring.portfolio.PortfolioScores}.
 *
 * <p>The columnar path runs the same arithmetic as the object rules, so each row's scores are
 * bit-for-bit the object path's. A bad row never stops the batch: it is reported as a {@link
 * org.alliancekit.model.batch.Problem} with its index and relationship id.
 */
package org.alliancekit.scoring.portfolio;
