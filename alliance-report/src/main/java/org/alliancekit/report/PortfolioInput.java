package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.csv.CsvTableReader;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.apiguardian.api.API;

/**
 * A portfolio folder as the report reads it: the {@link PortfolioData} of {@link PortfolioReader}
 * and, from the optional file {@value #VENTURES_FILE}, the parents of each joint venture.
 *
 * <p>{@value #VENTURES_FILE} has the columns {@code venture_id,parent_id}, one row per parent: the
 * venture is a partner of kind {@link PartnerKind#JOINT_VENTURE} in partners.csv and the parent any
 * other partner. Bad rows are reported with their line among the data's problems, after those of
 * the other files. Without the file, the report infers the parents from the opportunities (see
 * {@link PortfolioAnalysis}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param data the portfolio, its problems including those of {@value #VENTURES_FILE}
 * @param ventureParents the parents of each joint venture from {@value #VENTURES_FILE}, in file
 *     order; empty without the file
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PortfolioInput(
    PortfolioData data, ImmutableListMultimap<PartnerId, PartnerId> ventureParents) {
  /** The name of the optional file that lists the parents of each joint venture. */
  public static final String VENTURES_FILE = "ventures.csv";

  /**
   * The phase of reading the files, as {@link #read(PortfolioReader.Source, Progress)} names it.
   */
  public static final String READING = "reading the portfolio (lines)";

  /** Column {@code venture_id} of {@value #VENTURES_FILE}. */
  public static final String VENTURE_ID = "venture_id";

  /** Column {@code parent_id} of {@value #VENTURES_FILE}. */
  public static final String PARENT_ID = "parent_id";

  /** Checks that the values are present. */
  public PortfolioInput {
    checkNotNull(data, "data");
    checkNotNull(ventureParents, "ventureParents");
  }

  /** Reads the portfolio folder at {@code directory}. */
  public static PortfolioInput read(Path directory) {
    return read(PortfolioReader.Source.directory(checkNotNull(directory, "directory")));
  }

  /** Reads the portfolio whose files the source opens, with the co-sell stage model. */
  public static PortfolioInput read(PortfolioReader.Source source) {
    return read(source, Progress.NONE);
  }

  /**
   * Reads the portfolio whose files the source opens, with the co-sell stage model, telling {@code
   * progress} how many lines have been read: phase {@value #READING}, the lines read so far and a
   * total of -1 while the files are read, then the lines of every file as both done and total.
   */
  public static PortfolioInput read(PortfolioReader.Source source, Progress progress) {
    checkNotNull(source, "source");
    checkNotNull(progress, "progress");
    long[] lines = {0};
    progress.update(READING, 0, -1);
    PortfolioData data =
        PortfolioReader.standard()
            .read(
                source,
                (file, read) -> {
                  lines[0] = read;
                  progress.update(READING, read, -1);
                });
    progress.update(READING, lines[0], lines[0]);
    List<Problem> problems = new ArrayList<>();
    ImmutableListMultimap<PartnerId, PartnerId> parents = readVentures(source, data, problems);
    if (problems.isEmpty()) {
      return new PortfolioInput(data, parents);
    }
    return new PortfolioInput(
        data.withProblems(
            ImmutableList.<Problem>builder().addAll(data.problems()).addAll(problems).build()),
        parents);
  }

  private static ImmutableListMultimap<PartnerId, PartnerId> readVentures(
      PortfolioReader.Source source, PortfolioData data, List<Problem> problems) {
    Optional<Reader> opened;
    try {
      opened = source.open(VENTURES_FILE);
    } catch (IOException e) {
      problems.add(
          Problem.inFile(
              VENTURES_FILE,
              ProblemKind.UNREADABLE_FILE,
              "file " + VENTURES_FILE + " cannot be read: " + e.getMessage()));
      return ImmutableListMultimap.of();
    }
    if (opened.isEmpty()) {
      return ImmutableListMultimap.of();
    }
    CsvTableReader.Table table;
    try (Reader in = opened.get()) {
      table = CsvTableReader.read(in, VENTURES_FILE, List.of(VENTURE_ID, PARENT_ID), List.of());
    } catch (IOException e) {
      problems.add(
          Problem.inFile(
              VENTURES_FILE,
              ProblemKind.UNREADABLE_FILE,
              "file " + VENTURES_FILE + " cannot be read: " + e.getMessage()));
      return ImmutableListMultimap.of();
    }
    problems.addAll(table.problems());
    Set<PartnerId> ventures =
        data.partners().stream()
            .filter(row -> row.partner().is(PartnerKind.JOINT_VENTURE))
            .map(PartnerRow::id)
            .collect(ImmutableSet.toImmutableSet());
    Set<PartnerId> partners =
        data.partners().stream().map(PartnerRow::id).collect(ImmutableSet.toImmutableSet());
    ImmutableListMultimap.Builder<PartnerId, PartnerId> parents = ImmutableListMultimap.builder();
    Set<List<PartnerId>> seen = new HashSet<>();
    for (CsvTableReader.DataRow row : table.rows()) {
      Optional<PartnerId> venture = id(row, VENTURE_ID, problems);
      Optional<PartnerId> parent = id(row, PARENT_ID, problems);
      if (venture.isEmpty() || parent.isEmpty()) {
        continue;
      }
      if (!ventures.contains(venture.get())) {
        problems.add(
            Problem.inFile(
                VENTURES_FILE,
                row.line(),
                VENTURE_ID,
                ProblemKind.UNKNOWN_REFERENCE,
                "venture "
                    + venture.get()
                    + " is not a partner of kind JOINT_VENTURE in partners.csv"));
      } else if (!partners.contains(parent.get()) || parent.equals(venture)) {
        problems.add(
            Problem.inFile(
                VENTURES_FILE,
                row.line(),
                PARENT_ID,
                ProblemKind.UNKNOWN_REFERENCE,
                "parent "
                    + parent.get()
                    + " of venture "
                    + venture.get()
                    + " is not another partner in partners.csv"));
      } else if (!seen.add(List.of(venture.get(), parent.get()))) {
        problems.add(
            Problem.inFile(
                VENTURES_FILE,
                row.line(),
                PARENT_ID,
                ProblemKind.DUPLICATE,
                "parent " + parent.get() + " of venture " + venture.get() + " is listed twice"));
      } else {
        parents.put(venture.get(), parent.get());
      }
    }
    return parents.build();
  }

  private static Optional<PartnerId> id(
      CsvTableReader.DataRow row, String column, List<Problem> problems) {
    String text = row.get(column);
    if (text.isEmpty()) {
      problems.add(
          Problem.inFile(
              VENTURES_FILE, row.line(), column, ProblemKind.MISSING_VALUE, column + " is empty"));
      return Optional.empty();
    }
    try {
      return Optional.of(PartnerId.of(text));
    } catch (IllegalArgumentException e) {
      problems.add(
          Problem.inFile(
              VENTURES_FILE, row.line(), column, ProblemKind.INVALID_VALUE, e.getMessage()));
      return Optional.empty();
    }
  }
}
