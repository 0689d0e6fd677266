/**
 * The sample portfolio bundled with the report: {@link
 * org.alliancekit.report.sample.SamplePortfolio} reads a fictional systems integrator's forty
 * relationships from class-path CSV files, for first runs, examples and tests.
 */
package org.alliancekit.report.sample;
