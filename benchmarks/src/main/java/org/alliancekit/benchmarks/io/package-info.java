/**
 * Reading a portfolio folder: the whole folder read and validated by {@link
 * org.alliancekit.io.csv.PortfolioReader}, against a plain FastCSV pass over the same bytes.
 */
package org.alliancekit.benchmarks.io;
