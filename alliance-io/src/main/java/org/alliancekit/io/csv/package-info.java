/**
 * The CSV format of a portfolio folder ({@link org.alliancekit.io.csv.PortfolioReader}, one class
 * per file such as {@link org.alliancekit.io.csv.PartnersCsv}) and {@link
 * org.alliancekit.io.csv.CsvTableWriter}, a CSV writer that escapes cells a spreadsheet would run
 * as formulas.
 */
package org.alliancekit.io.csv;
