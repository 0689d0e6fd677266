/**
 * The default scoring of the portfolio report: {@link
 * org.alliancekit.report.scoring.DefaultScoring} turns a portfolio read by {@code
 * org.alliancekit.io.csv.PortfolioReader} into one {@link org.alliancekit.report.scoring.ScoreRow}
 * per assessed relationship (overall score, the five area scores, coverage) and one {@link
 * org.alliancekit.report.scoring.PotentialRow} per scored relationship with revenue (current and
 * attainable score, uplift in the relationship's currency and in the report currency, rank).
 */
package org.alliancekit.report.scoring;
