/**
 * The portfolio report: what is computed from a portfolio read by {@code alliance-io} ({@link
 * org.alliancekit.report.PortfolioAnalysis} turning {@link org.alliancekit.io.PortfolioData} into a
 * {@link org.alliancekit.report.PortfolioReport}) and the CSV files it is written to ({@link
 * org.alliancekit.report.ReportFiles}). The page is rendered by {@code report.html}, the default
 * scoring lives in {@code report.scoring} and the bundled sample portfolio in {@code
 * report.sample}.
 *
 * <p>How a relationship is scored is left to a {@link org.alliancekit.report.ReportScoring}; {@link
 * org.alliancekit.report.ReportScorings#standard()} is the one the command-line tool uses.
 */
package org.alliancekit.report;
