/**
 * The portfolio report behind {@code alliancekit report}: what is computed from a portfolio folder
 * ({@link org.alliancekit.examples.portfolio.PortfolioAnalysis} turning {@link
 * org.alliancekit.io.PortfolioData} into a {@link
 * org.alliancekit.examples.portfolio.PortfolioReport}) and the CSV files it is written to ({@link
 * org.alliancekit.examples.portfolio.ReportFiles}).
 *
 * <p>How a relationship is scored is left to a {@link
 * org.alliancekit.examples.portfolio.ReportScoring}; {@link
 * org.alliancekit.examples.portfolio.ReportScorings#standard()} is the one the command-line tool
 * uses.
 */
package org.alliancekit.examples.portfolio;
