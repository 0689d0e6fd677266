/**
 * The portfolio-scoring workload: for N relationships rated on 52 (or 25) factors, five area
 * scores, the overall score, the potential uplift of each relationship and the top 100 by uplift.
 *
 * <p>Implementations, all fed from one seeded {@link
 * org.alliancekit.benchmarks.portfolio.PortfolioData} and compared by {@link
 * org.alliancekit.benchmarks.portfolio.CrossCheck} before they are timed:
 *
 * <ol type="a">
 *   <li>{@link org.alliancekit.benchmarks.portfolio.ObjectApiPortfolio}: one assessment object per
 *       relationship through the library's object API;
 *   <li>{@link org.alliancekit.benchmarks.portfolio.ColumnarPortfolio}: the library's columnar
 *       batch path over a byte rating matrix (and, as a second method, over normalised doubles);
 *   <li>{@link org.alliancekit.benchmarks.portfolio.BaselinePortfolio}: a hand-written loop over
 *       rating bytes with lookup tables per factor, summing in the library's order so that its
 *       scores are the library's bit for bit, on one and two threads: the baseline of the results
 *       table; {@link org.alliancekit.benchmarks.portfolio.BaselinePortfolio#simple}, the earlier
 *       loop whose overall score is rounded differently, is timed beside it as a second reference;
 *   <li>a DuckDB peer running the same computation as SQL, in the source folder {@code src/peers}
 *       compiled only under the Maven profile {@code peers};
 *   <li>{@link org.alliancekit.benchmarks.portfolio.MemoryScan}: the floor, one pass summing every
 *       rating byte.
 * </ol>
 *
 * <p>Each {@code *Benchmark} class is one implementation's JMH benchmark, in forked JVMs whose heap
 * is fixed ({@code -Xms} = {@code -Xmx}) and touched up front ({@code -XX:+AlwaysPreTouch}), so
 * that first-touch page faults on a virtual machine do not land inside a measurement.
 */
package org.alliancekit.benchmarks.portfolio;
