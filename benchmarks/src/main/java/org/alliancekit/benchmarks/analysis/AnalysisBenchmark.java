package org.alliancekit.benchmarks.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.analysis.AllianceAnalyzer;
import org.alliancekit.analysis.AnalysisListener;
import org.alliancekit.analysis.AnalysisPhase;
import org.alliancekit.analysis.AsOfDates;
import org.alliancekit.benchmarks.io.FolderData;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.pipeline.registration.Decision;
import org.alliancekit.scoring.benchmark.ScoreRevenueEvidence;
import org.alliancekit.scoring.relationship.ObservedMotion;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The whole analysis of a portfolio ({@link AllianceAnalyzer#standard()}: observed motions,
 * findings, registration decisions, closed-deal velocity, value stacks, half-year trends and the
 * score-against-revenue evidence with 10,000 permutations for each of two lags), against reading
 * the folder the portfolio comes from, in the same run.
 *
 * <p>The folder is {@link FolderData}'s: per relationship, twenty opportunities (about half closed
 * in the twelve months up to the as-of date), ten leads, four half-years of revenue and assessments
 * in two or three half-years, with solutions and deal registrations; 10,000 relationships give
 * 200,000 opportunities and 100,000 leads, 40,000 give 800,000 and 400,000. It is generated and
 * read once per trial; {@link #setUp} checks that it reads without a single problem, that its
 * latest recorded date is {@link FolderData#AS_OF}, and that one analysis finds work in every part
 * (motions observed, findings, rejected registrations, velocity, value stacks, a trend per
 * relationship, defined evidence at both lags) and reports no problem.
 *
 * <p>{@link #analyze} analyses the portfolio kept from the setup as of its latest recorded date, in
 * US dollars. The portfolio's own cross-record rules ({@code AlliancePortfolio.problems()}, which
 * the analysis copies into its result) are computed lazily once per portfolio and cached, so they
 * are measured once in the setup, not in each operation: reading has already applied them. {@link
 * #readFolder} is the whole {@link PortfolioReader} over the same text in memory.
 *
 * <p><b>Heap.</b> The setup and the tear-down print lines starting with {@code # heap}: the live
 * heap after reading (folder text and portfolio), the bytes one analysis allocates and its peak
 * heap use (the sum of the heap pools' peaks, garbage included, so it grows with the heap given),
 * the live size of its result, and the trial's peak heap use and committed heap. Allocation per
 * operation over the whole measurement comes from JMH's {@code -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class AnalysisBenchmark {
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");

  /** The number of relationships; opportunities are twenty times, leads ten times as many. */
  @Param({"10000", "40000"})
  public int relationships;

  private FolderData folder;
  private AlliancePortfolio portfolio;
  private LocalDate asOf;

  /**
   * Generates and reads the folder, checks it and one analysis of it, and prints the heap figures;
   * the fork that measures {@link #readFolder} checks the folder but not the analysis.
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    setUp(!params.getBenchmark().endsWith(".readFolder"));
  }

  /** Generates and reads the folder and checks it and, if asked, one analysis of it. */
  void setUp(boolean checkAnalysis) {
    Heap.resetPeaks();
    folder =
        FolderData.generate(relationships, relationships * 20, relationships * 10, FolderData.SEED);
    PortfolioData data = PortfolioReader.standard().read(folder.source());
    if (!data.problems().isEmpty()) {
      throw new IllegalStateException(
          data.problems().size() + " problems in the generated folder, first " + data.problems());
    }
    if (data.opportunities().size() != relationships * 20
        || data.leads().size() != relationships * 10) {
      throw new IllegalStateException(
          "read "
              + data.opportunities().size()
              + " opportunities and "
              + data.leads().size()
              + " leads");
    }
    portfolio = data.portfolio().orElseThrow();
    long rules = System.nanoTime();
    if (!portfolio.problems().isEmpty()) {
      throw new IllegalStateException("portfolio problems: " + portfolio.problems());
    }
    rules = System.nanoTime() - rules;
    asOf = AsOfDates.latestRecorded(portfolio).orElseThrow();
    if (!asOf.equals(FolderData.AS_OF)) {
      throw new IllegalStateException("latest recorded date " + asOf + ", not " + FolderData.AS_OF);
    }
    data = null;
    long live = Heap.liveAfterGc();
    if (!checkAnalysis) {
      System.out.printf(
          "%n# heap: live after reading (folder text %,d chars and portfolio) %s (-Xmx %s)%n",
          folder.size(), Heap.mb(live), Heap.mb(Heap.max()));
      Heap.resetPeaks();
      return;
    }

    Heap.resetPeaks();
    long allocated = Heap.allocatedByThisThread();
    long time = System.nanoTime();
    AllianceAnalysis analysis = analyze();
    time = System.nanoTime() - time;
    allocated = Heap.allocatedByThisThread() - allocated;
    long peak = Heap.peakUsed();
    check(analysis);
    long withResult = Heap.liveAfterGc();
    System.out.printf(
        "%n# analysis of %,d relationships as of %s: %,d motions (%,d determined), %,d findings,"
            + " %,d registration decisions (%,d rejected), %,d velocity segments, %,d value"
            + " stacks, %,d trends, evidence pairs %d (lag 0) and %d (lag 1); first analysis %,d"
            + " ms, the portfolio's cross-record rules %,d ms%n",
        relationships,
        asOf,
        analysis.motions().size(),
        analysis.motions().stream()
            .filter(m -> m.observed() != ObservedMotion.UNDETERMINED)
            .count(),
        analysis.findings().size(),
        analysis.registrations().size(),
        analysis.registrations().stream().filter(r -> r.decision() == Decision.REJECTED).count(),
        analysis.velocity().size(),
        analysis.valueStacks().size(),
        analysis.trends().size(),
        analysis.evidence().get(0).pairs(),
        analysis.evidence().get(1).pairs(),
        TimeUnit.NANOSECONDS.toMillis(time),
        TimeUnit.NANOSECONDS.toMillis(rules));
    System.out.printf(
        "# heap: live after reading (folder text %,d chars and portfolio) %s; one analysis"
            + " allocated %s, peak heap in use during it %s (pool peaks, garbage included, -Xmx"
            + " %s), its result live %s%n",
        folder.size(),
        Heap.mb(live),
        allocated < 0 ? "?" : Heap.mb(allocated),
        Heap.mb(peak),
        Heap.mb(Heap.max()),
        Heap.mb(withResult - live));
    Heap.resetPeaks();
  }

  /** Prints the trial's heap peaks, from the end of the setup to the end of the measurement. */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.printf(
        "%n# heap over the measured trial: peak in use %s (pool peaks, garbage included), live"
            + " at the end %s (-Xmx %s)%n",
        Heap.mb(Heap.peakUsed()), Heap.mb(Heap.liveAfterGc()), Heap.mb(Heap.max()));
  }

  /**
   * The whole analysis as of the portfolio's latest recorded date, revenue in US dollars, with the
   * time of each phase added to {@code phases}.
   */
  @Benchmark
  public AllianceAnalysis analyze(PhaseTimes phases) {
    AllianceAnalysis analysis = AllianceAnalyzer.standard().analyze(portfolio, asOf, USD, phases);
    phases.analyses++;
    return analysis;
  }

  /** The whole analysis as {@link #analyze(PhaseTimes)} makes it, without timing its phases. */
  AllianceAnalysis analyze() {
    return AllianceAnalyzer.standard().analyze(portfolio, asOf, USD);
  }

  /**
   * The time of each {@link AnalysisPhase}, read by an {@link AnalysisListener} around the
   * analysis's own phases and reported by JMH as secondary results ({@code phase...Ms}, summed over
   * the measured iterations, and {@code analyses}, the number of analyses they cover), so that
   * {@code ResultsTable} can show the milliseconds per analysis of each phase and how each grows
   * with the portfolio.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class PhaseTimes implements AnalysisListener {
    /** The number of analyses this iteration. */
    public long analyses;

    private final long[] nanos = new long[AnalysisPhase.values().length];
    private long start;

    /** Starts each iteration's sums at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      analyses = 0;
      Arrays.fill(nanos, 0);
    }

    @Override
    public void started(AnalysisPhase phase) {
      start = System.nanoTime();
    }

    @Override
    public void finished(AnalysisPhase phase) {
      nanos[phase.ordinal()] += System.nanoTime() - start;
    }

    private double millis(AnalysisPhase phase) {
      return nanos[phase.ordinal()] / 1e6;
    }

    /** Milliseconds spent in {@link AnalysisPhase#MOTIONS} over the iteration. */
    public double phaseMotionsMs() {
      return millis(AnalysisPhase.MOTIONS);
    }

    /** Milliseconds spent in {@link AnalysisPhase#REGISTRATIONS} over the iteration. */
    public double phaseRegistrationsMs() {
      return millis(AnalysisPhase.REGISTRATIONS);
    }

    /** Milliseconds spent in {@link AnalysisPhase#PLANNING} over the iteration. */
    public double phasePlanningMs() {
      return millis(AnalysisPhase.PLANNING);
    }

    /** Milliseconds spent in {@link AnalysisPhase#FINDINGS} over the iteration. */
    public double phaseFindingsMs() {
      return millis(AnalysisPhase.FINDINGS);
    }

    /** Milliseconds spent in {@link AnalysisPhase#VALUE_STACKS} over the iteration. */
    public double phaseValueStacksMs() {
      return millis(AnalysisPhase.VALUE_STACKS);
    }

    /** Milliseconds spent in {@link AnalysisPhase#TRENDS} over the iteration. */
    public double phaseTrendsMs() {
      return millis(AnalysisPhase.TRENDS);
    }

    /** Milliseconds spent in {@link AnalysisPhase#EVIDENCE} over the iteration. */
    public double phaseEvidenceMs() {
      return millis(AnalysisPhase.EVIDENCE);
    }

    /** Milliseconds spent in {@link AnalysisPhase#ELASTICITIES} over the iteration. */
    public double phaseElasticitiesMs() {
      return millis(AnalysisPhase.ELASTICITIES);
    }

    /** Milliseconds spent in {@link AnalysisPhase#PROGRAMME} over the iteration. */
    public double phaseProgrammeMs() {
      return millis(AnalysisPhase.PROGRAMME);
    }

    /** Milliseconds spent in {@link AnalysisPhase#VELOCITY} over the iteration. */
    public double phaseVelocityMs() {
      return millis(AnalysisPhase.VELOCITY);
    }

    /** Milliseconds spent in {@link AnalysisPhase#SALES_PROCESS} over the iteration. */
    public double phaseSalesProcessMs() {
      return millis(AnalysisPhase.SALES_PROCESS);
    }
  }

  /** Reading the same folder from memory: parsing, model checks, joins, cross-file rules. */
  @Benchmark
  public PortfolioData readFolder() {
    return PortfolioReader.standard().read(folder.source());
  }

  /** Fails unless every part of the analysis has work in it and nothing went wrong. */
  private void check(AllianceAnalysis analysis) {
    StringBuilder missing = new StringBuilder();
    if (!analysis.problems().isEmpty() || !analysis.recordProblems().isEmpty()) {
      missing.append(" problems ").append(analysis.problems()).append(analysis.recordProblems());
    }
    if (analysis.motions().size() != relationships
        || analysis.motions().stream().allMatch(m -> m.observed() == ObservedMotion.UNDETERMINED)) {
      missing.append(" motions");
    }
    if (analysis.findings().isEmpty()) {
      missing.append(" findings");
    }
    if (analysis.registrations().stream().noneMatch(r -> r.decision() == Decision.REJECTED)) {
      missing.append(" rejected-registrations");
    }
    if (analysis.velocity().isEmpty()) {
      missing.append(" velocity");
    }
    if (analysis.valueStacks().isEmpty()) {
      missing.append(" value-stacks");
    }
    if (analysis.trends().size() != relationships) {
      missing.append(" trends");
    }
    if (analysis.evidence().size() != 2
        || !analysis.evidence().stream().allMatch(ScoreRevenueEvidence::isDefined)) {
      missing.append(" evidence ").append(analysis.evidence());
    }
    if (missing.length() > 0) {
      throw new IllegalStateException("the analysis of the generated folder lacks:" + missing);
    }
  }
}
