/**
 * The whole analysis of a portfolio as of a date ({@link
 * org.alliancekit.analysis.AllianceAnalyzer}), measured side by side with reading the folder it
 * comes from, at 10,000 and 40,000 relationships.
 */
package org.alliancekit.benchmarks.analysis;
