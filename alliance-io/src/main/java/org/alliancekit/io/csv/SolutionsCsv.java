package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code solutions.csv}, in long format: one row per contributor and kind of
 * contribution, the rows of one solution sharing its {@code solution_id} and repeating its name.
 *
 * <table>
 *   <caption>Columns of solutions.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>solution_id</td><td>yes</td><td>the solution's id; rows with the same id form one
 *       solution</td></tr>
 *   <tr><td>name</td><td>yes</td><td>the solution's name, the same on each of its rows</td></tr>
 *   <tr><td>contributor_id</td><td>yes</td><td>the contributing party; its rows merge into one
 *       {@link Contribution}</td></tr>
 *   <tr><td>contribution</td><td>yes</td><td>a {@link ContributionKind} name: {@code RESALE},
 *       {@code JOINT_GO_TO_MARKET}, {@code PLATFORM} or {@code SERVICES}</td></tr>
 *   <tr><td>margin_percent</td><td>no</td><td>plain decimal from 0 to 100, the reseller's margin:
 *       only on a {@code RESALE} row</td></tr>
 * </table>
 *
 * <p><b>How rows become solutions.</b> The first good row of a {@code solution_id} fixes its name;
 * a later row with another name is reported as {@link ProblemKind#INCONSISTENT} and left out, and
 * so is a row whose margin differs from one given before for the same contributor. A row that
 * breaks a rule of {@link Contribution}, such as a margin on a row that is not {@code RESALE}, is
 * reported at its line with the model's message. A solution is returned when at least one of its
 * rows was good, at the line of its first row, in the order of first rows; its contributors keep
 * the order of their first rows. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class SolutionsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "solutions.csv";

  /** Column {@code solution_id}. */
  public static final String SOLUTION_ID = "solution_id";

  /** Column {@code name}. */
  public static final String NAME = "name";

  /** Column {@code contributor_id}. */
  public static final String CONTRIBUTOR_ID = "contributor_id";

  /** Column {@code contribution}. */
  public static final String CONTRIBUTION = "contribution";

  /** Column {@code margin_percent}. */
  public static final String MARGIN_PERCENT = "margin_percent";

  /** One row of the file: one kind of a contribution to a solution. */
  private record KindRow(Solution solution, Contribution contribution, ContributionKind kind) {}

  private static final Column<KindRow, SolutionId> ID_COLUMN =
      Column.required(SOLUTION_ID, SolutionId::parse, row -> row.solution().id().value());
  private static final Column<KindRow, String> NAME_COLUMN =
      Column.requiredText(NAME, Cells::name, row -> row.solution().name());
  private static final Column<KindRow, PartnerId> CONTRIBUTOR_COLUMN =
      Column.shared(
          Column.required(
              CONTRIBUTOR_ID, Cells.PARTNER_ID, row -> row.contribution().party().value()));
  private static final Column<KindRow, ContributionKind> KIND_COLUMN =
      Column.required(
          CONTRIBUTION,
          text -> Cells.constant(ContributionKind.class, text),
          row -> row.kind().name());
  private static final Column<KindRow, BigDecimal> MARGIN_COLUMN =
      Column.optional(
          MARGIN_PERCENT,
          Cells::decimal,
          row ->
              row.kind() == ContributionKind.RESALE
                  ? row.contribution().marginPercent().map(BigDecimal::toPlainString).orElse("")
                  : "");
  private static final Columns<KindRow> TABLE =
      Columns.of(ID_COLUMN, NAME_COLUMN, CONTRIBUTOR_COLUMN, KIND_COLUMN, MARGIN_COLUMN);

  /** The columns in the order they are written. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private SolutionsCsv() {}

  /**
   * Reads solutions from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<Solution> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads solutions from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<Solution> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per kind of each contribution, header first, to {@code out}, which is flushed
   * and left open; a reseller's margin is written on its {@code RESALE} row.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Solution> solutions) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(solutions, "solutions");
    TABLE.write(out, rows(solutions));
  }

  /**
   * Writes one row per kind of each contribution, header first, to a UTF-8 file, which is created
   * or truncated; a reseller's margin is written on its {@code RESALE} row.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Solution> solutions) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(solutions, "solutions");
    TABLE.write(file, rows(solutions));
  }

  private static ImmutableList<KindRow> rows(Iterable<Solution> solutions) {
    ImmutableList.Builder<KindRow> rows = ImmutableList.builder();
    for (Solution solution : solutions) {
      for (Contribution contribution : solution.contributions()) {
        for (ContributionKind kind : contribution.kinds()) {
          rows.add(new KindRow(solution, contribution, kind));
        }
      }
    }
    return rows.build();
  }

  /** The rows of one contributor to a solution read so far. */
  private static final class Part {
    final Set<ContributionKind> kinds = EnumSet.noneOf(ContributionKind.class);
    Optional<BigDecimal> margin = Optional.empty();
    long marginLine;
  }

  /** The rows of one solution read so far. */
  private static final class Group {
    final String name;
    final long firstLine;
    final Map<PartnerId, Part> parts = new LinkedHashMap<>();

    Group(String name, long firstLine) {
      this.name = name;
      this.firstLine = firstLine;
    }
  }

  /** Groups rows into solutions. */
  private static final class Collector extends RowCollector<Solution> {
    final Map<SolutionId, Group> groups = new LinkedHashMap<>();

    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<SolutionId> id = row.get(ID_COLUMN);
      Optional<String> name = row.get(NAME_COLUMN);
      Optional<PartnerId> party = row.get(CONTRIBUTOR_COLUMN);
      Optional<ContributionKind> kind = row.get(KIND_COLUMN);
      Optional<BigDecimal> margin = row.get(MARGIN_COLUMN);
      Optional<Group> group = id.map(groups::get);
      if (group.isPresent() && name.isPresent() && !group.get().name.equals(name.get())) {
        row.problem(
            NAME,
            ProblemKind.INCONSISTENT,
            "solution "
                + id.get()
                + " has name "
                + Cells.quote(name.get())
                + " here but "
                + Cells.quote(group.get().name)
                + " on line "
                + group.get().firstLine);
      }
      Optional<Part> part = group.flatMap(known -> party.map(known.parts::get));
      if (part.isPresent()
          && part.get().margin.isPresent()
          && margin.isPresent()
          && part.get().margin.get().compareTo(margin.get()) != 0) {
        row.problem(
            MARGIN_PERCENT,
            ProblemKind.INCONSISTENT,
            "contributor "
                + party.get()
                + " of solution "
                + id.get()
                + " has margin "
                + margin.get().toPlainString()
                + " here but "
                + part.get().margin.get().toPlainString()
                + " on line "
                + part.get().marginLine);
      }
      if (rejected(row)) {
        return;
      }
      Optional<Contribution> contribution =
          build(
              row.line(),
              () -> {
                Contribution of = Contribution.of(party.orElseThrow(), kind.orElseThrow());
                return margin.map(of::withMarginPercent).orElse(of);
              });
      if (contribution.isEmpty()) {
        return;
      }
      Part accepted =
          groups
              .computeIfAbsent(id.orElseThrow(), key -> new Group(name.orElseThrow(), row.line()))
              .parts
              .computeIfAbsent(party.orElseThrow(), key -> new Part());
      accepted.kinds.add(kind.orElseThrow());
      if (accepted.margin.isEmpty() && margin.isPresent()) {
        accepted.margin = margin;
        accepted.marginLine = row.line();
      }
    }

    @Override
    void finish() {
      for (Map.Entry<SolutionId, Group> entry : groups.entrySet()) {
        Group group = entry.getValue();
        build(
                group.firstLine,
                () -> {
                  Solution.Builder solution =
                      Solution.builder().id(entry.getKey()).name(group.name);
                  group.parts.forEach(
                      (party, part) ->
                          solution.addContributions(
                              Contribution.of(party, part.kinds).withMarginPercent(part.margin)));
                  return solution.build();
                })
            .ifPresent(solution -> add(solution, group.firstLine));
      }
    }
  }
}
