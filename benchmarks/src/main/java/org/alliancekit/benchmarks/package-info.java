/**
 * JMH benchmarks of AllianceKit at portfolio scale, and the small tools around them.
 *
 * <p>Each workload lives in its own package: {@link org.alliancekit.benchmarks.portfolio} (scoring
 * a whole portfolio, against a hand-written primitive baseline, a memory-scan floor and, under the
 * Maven profile {@code peers}, DuckDB), {@link org.alliancekit.benchmarks.attribution} (Shapley,
 * role-weighted money splits and Markov removal effects), {@link
 * org.alliancekit.benchmarks.forecast} (a multi-currency forecast per quarter, exact to the cent),
 * {@link org.alliancekit.benchmarks.mapping} (the overlap of two account lists on HMAC keys),
 * {@link org.alliancekit.benchmarks.io} (reading a whole portfolio folder, against a plain CSV
 * pass) and {@link org.alliancekit.benchmarks.analysis} (the whole analysis of a portfolio as of a
 * date, against reading its folder). Every data set comes from a generator with a fixed seed, so
 * two runs measure the same input, and every implementation of a workload is checked against the
 * others before it is timed.
 *
 * <p>{@link org.alliancekit.benchmarks.ResultsTable} turns JMH's JSON results into the Markdown
 * table of {@code benchmarks/RESULTS.md}; {@code benchmarks/run.sh} builds the shaded {@code
 * benchmarks.jar} and runs the quick profile.
 *
 * <p>This module is a harness, not a library: it is not a JPMS module and runs from the class path
 * of the shaded jar, as JMH expects. Nothing here is published.
 */
package org.alliancekit.benchmarks;
