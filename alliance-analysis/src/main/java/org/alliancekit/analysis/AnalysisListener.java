package org.alliancekit.analysis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Told when each {@link AnalysisPhase} of an analysis starts and finishes, on the analysing thread,
 * in the order of the enumeration; every phase that starts finishes, unless the analysis throws.
 * The analysis itself reads no clock: a caller that wants progress or the time of each phase (a
 * command-line tool, a benchmark) reads its own in these calls. Both methods do nothing by default.
 *
 * <pre>{@code
 * Map<AnalysisPhase, Long> nanos = new EnumMap<>(AnalysisPhase.class);
 * AnalysisListener timer = new AnalysisListener() {
 *   long start;
 *   public void started(AnalysisPhase phase) { start = System.nanoTime(); }
 *   public void finished(AnalysisPhase phase) { nanos.put(phase, System.nanoTime() - start); }
 * };
 * AllianceAnalyzer.standard().analyze(portfolio, asOf, usd, timer);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface AnalysisListener {
  /** The listener that does nothing. */
  static AnalysisListener none() {
    return NoListener.INSTANCE;
  }

  /** Called just before {@code phase} starts. */
  default void started(AnalysisPhase phase) {}

  /** Called just after {@code phase} has finished. */
  default void finished(AnalysisPhase phase) {}
}

/** The listener of {@link AnalysisListener#none()}. */
enum NoListener implements AnalysisListener {
  INSTANCE
}
