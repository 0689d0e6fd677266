package org.alliancekit.benchmarks.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.StageChange;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a portfolio folder ({@link FolderData}) of 10,000 relationships, 200,000 opportunities
 * with about 700,000 stage-history rows, 100,000 leads, 40,000 revenue rows, about 157,000
 * assessment rows, 15,500 deal registrations and 200 solutions: {@link #readAndValidate} is the
 * whole {@link PortfolioReader} (parsing, model checks, joins and the rules across files); {@link
 * #fastCsvPass} the baseline, FastCSV splitting the same text into records and touching every
 * field. Both read from memory, so the ratio is the library's cost over parsing alone. {@link
 * #fastCsvKeepingRecords} measures what keeping the records alone costs, {@link
 * #buildAndCheckRecords} what building and checking the model's records costs with nothing to
 * parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReadFolderBenchmark {
  /** The number of relationships; opportunities are twenty times, leads ten times as many. */
  @Param({"10000"})
  public int relationships;

  private FolderData folder;

  /** Generates the folder and checks that it reads without a problem. */
  @Setup(Level.Trial)
  public void setUp() {
    folder =
        FolderData.generate(relationships, relationships * 20, relationships * 10, FolderData.SEED);
    PortfolioData data = PortfolioReader.standard().read(folder.source());
    if (!data.problems().isEmpty()) {
      throw new IllegalStateException("generated folder has problems: " + data.problems());
    }
    if (data.opportunities().size() != relationships * 20) {
      throw new IllegalStateException("read " + data.opportunities().size() + " opportunities");
    }
  }

  /**
   * The folder's records as read once, for {@link #buildAndCheckRecords} alone: the other
   * benchmarks run without them alive.
   */
  @State(Scope.Benchmark)
  public static class ReadOnce {
    PortfolioData read;

    /** Reads the benchmark's folder. */
    @Setup(Level.Trial)
    public void setUp(ReadFolderBenchmark benchmark) {
      read = PortfolioReader.standard().read(benchmark.folder.source());
    }
  }

  /** The whole reader: every file parsed, checked, joined and validated across files. */
  @Benchmark
  public PortfolioData readAndValidate() {
    return PortfolioReader.standard().read(folder.source());
  }

  /** The baseline: FastCSV splits every file into records; every field is touched. */
  @Benchmark
  public long fastCsvPass() {
    long characters = 0;
    for (String text : folder.files().values()) {
      for (CsvRecord record : CsvReader.builder().ofCsvRecord(new StringReader(text))) {
        for (int i = 0; i < record.getFieldCount(); i++) {
          characters += record.getField(i).length();
        }
      }
    }
    return characters;
  }

  /**
   * Not a baseline but a floor: the FastCSV pass of {@link #fastCsvPass} that also keeps every
   * record it made, as a reader that hands back what it read must keep it. What this takes beyond
   * {@link #fastCsvPass} is the cost of keeping about 1.3 million records and their fields alive
   * while the rest is read (the collector copying them as they survive), before any cell is parsed
   * or checked.
   */
  @Benchmark
  public List<CsvRecord> fastCsvKeepingRecords() {
    List<CsvRecord> records = new ArrayList<>();
    for (String text : folder.files().values()) {
      for (CsvRecord record : CsvReader.builder().ofCsvRecord(new StringReader(text))) {
        records.add(record);
      }
    }
    return records;
  }

  /**
   * Not a baseline but a floor under {@link #readAndValidate}: what the reader must do beyond
   * parsing cells, with nothing to parse. From values read in setup, every opportunity is built
   * again through the model's builder with new involvement and stage-change objects, every lead and
   * assessment through theirs, and the portfolio's rules across records are checked: no text is
   * split, parsed or looked up. The reader's time can be no lower than {@link #fastCsvPass} plus
   * this.
   */
  @Benchmark
  public int buildAndCheckRecords(ReadOnce once) {
    PortfolioData read = once.read;
    List<Object> records = new ArrayList<>(read.opportunities().size() + read.leads().size());
    for (Opportunity opportunity : read.opportunities()) {
      List<Involvement> involvements = new ArrayList<>(opportunity.involvements().size());
      for (Involvement involvement : opportunity.involvements()) {
        Involvement copy = Involvement.of(involvement.party(), involvement.role());
        involvements.add(involvement.since().map(copy::withSince).orElse(copy));
      }
      List<StageChange> history = new ArrayList<>(opportunity.stageHistory().size());
      for (StageChange change : opportunity.stageHistory()) {
        history.add(StageChange.of(change.date(), change.stage()));
      }
      records.add(
          Opportunity.builder()
              .from(opportunity)
              .involvements(involvements)
              .stageHistory(history)
              .build());
    }
    for (Lead lead : read.leads()) {
      records.add(Lead.builder().from(lead).build());
    }
    for (Assessment assessment : read.assessments()) {
      records.add(Assessment.builder().from(assessment).build());
    }
    return records.size() + read.portfolio().orElseThrow().problems().size();
  }
}
