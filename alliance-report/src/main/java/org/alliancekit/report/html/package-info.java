/**
 * The page of the portfolio report and the whole report folder: {@link
 * org.alliancekit.report.html.HtmlReport} renders a {@link org.alliancekit.report.PortfolioReport}
 * into one self-contained HTML file, its charts drawn by JFreeChart into inline SVG and its text
 * laid out by a Pebble template that escapes every value; {@link
 * org.alliancekit.report.html.ReportFolder} analyses a portfolio and writes the CSV files and the
 * page into a folder in one call.
 */
package org.alliancekit.report.html;
