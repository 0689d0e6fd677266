/**
 * The page of the portfolio report: {@link org.alliancekit.report.html.HtmlReport} renders a
 * {@link org.alliancekit.report.PortfolioReport} into one self-contained HTML file, its
 * charts drawn by JFreeChart into inline SVG and its text laid out by a Pebble template that
 * escapes every value.
 */
package org.alliancekit.report.html;
