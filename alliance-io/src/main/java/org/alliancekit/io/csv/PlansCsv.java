package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.planning.Objective;
import org.alliancekit.model.planning.ObjectiveId;
import org.alliancekit.model.planning.PlanId;
import org.alliancekit.model.planning.PlanMetric;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code plans.csv}: joint business plans, one row per objective.
 *
 * <table>
 *   <caption>Columns of plans.csv (all but currency required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>plan_id</td><td>the plan's id; its rows are its objectives</td></tr>
 *   <tr><td>relationship_id</td><td>the relationship the plan is for</td></tr>
 *   <tr><td>period_start</td><td>ISO-8601 first day of the plan's period</td></tr>
 *   <tr><td>period_end</td><td>ISO-8601 last day of the period, not before the first</td></tr>
 *   <tr><td>objective_id</td><td>the objective's id, once per plan</td></tr>
 *   <tr><td>metric</td><td>{@code WON_REVENUE}, {@code PIPELINE_CREATED}, {@code
 *       JOINT_OPPORTUNITIES}, {@code LEADS_SHARED}, {@code CERTIFICATIONS} or {@code
 *       CAMPAIGNS_RUN}</td></tr>
 *   <tr><td>party_id</td><td>the accountable party, the relationship's host or partner; empty for
 *       a joint objective</td></tr>
 *   <tr><td>target</td><td>plain decimal, positive; a whole number for a metric that
 *       counts; written with the decimal places it was given</td></tr>
 *   <tr><td>currency</td><td>ISO 4217 code of the target, given for {@code WON_REVENUE} and
 *       {@code PIPELINE_CREATED} and only for them; the column may be left out when no objective
 *       is monetary</td></tr>
 * </table>
 *
 * <p>The plan's fields (relationship, period) are fixed by its first valid row; a later row that
 * gives other values is reported as {@link org.alliancekit.model.batch.ProblemKind#INCONSISTENT}
 * and an objective id given twice in a plan as {@link
 * org.alliancekit.model.batch.ProblemKind#DUPLICATE}; such rows are left out. Plans are listed in
 * the order of their first row, at its line. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class PlansCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "plans.csv";

  /** Column {@code plan_id}. */
  public static final String PLAN_ID = "plan_id";

  /** Column {@code relationship_id}. */
  public static final String RELATIONSHIP_ID = "relationship_id";

  /** Column {@code period_start}. */
  public static final String PERIOD_START = "period_start";

  /** Column {@code period_end}. */
  public static final String PERIOD_END = "period_end";

  /** Column {@code objective_id}. */
  public static final String OBJECTIVE_ID = "objective_id";

  /** Column {@code metric}. */
  public static final String METRIC = "metric";

  /** Column {@code party_id}. */
  public static final String PARTY_ID = "party_id";

  /** Column {@code target}. */
  public static final String TARGET = "target";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  /** One row of the file: one objective of a plan. */
  private record ObjectiveRow(BusinessPlan plan, Objective objective) {}

  private static final Column<ObjectiveRow, PlanId> PLAN_COLUMN =
      Column.required(PLAN_ID, PlanId::parse, row -> row.plan().id().value());
  private static final Column<ObjectiveRow, RelationshipId> RELATIONSHIP_COLUMN =
      Column.shared(
          Column.required(
              RELATIONSHIP_ID, Cells.RELATIONSHIP_ID, row -> row.plan().relationship().value()));
  private static final Column<ObjectiveRow, LocalDate> START_COLUMN =
      Column.required(PERIOD_START, Cells::date, row -> row.plan().periodStart().toString());
  private static final Column<ObjectiveRow, LocalDate> END_COLUMN =
      Column.required(PERIOD_END, Cells::date, row -> row.plan().periodEnd().toString());
  private static final Column<ObjectiveRow, ObjectiveId> OBJECTIVE_COLUMN =
      Column.required(OBJECTIVE_ID, ObjectiveId::parse, row -> row.objective().id().value());
  private static final Column<ObjectiveRow, PlanMetric> METRIC_COLUMN =
      Column.required(
          METRIC,
          text -> Cells.constant(PlanMetric.class, text),
          row -> row.objective().metric().name());
  private static final Column<ObjectiveRow, PartnerId> PARTY_COLUMN =
      Column.shared(
          Column.mayBeBlank(
              PARTY_ID,
              Cells.PARTNER_ID,
              row -> row.objective().party().map(PartnerId::value).orElse("")));
  private static final Column<ObjectiveRow, BigDecimal> TARGET_COLUMN =
      Column.required(
          TARGET, Cells::positiveDecimal, row -> row.objective().target().toPlainString());
  private static final Column<ObjectiveRow, CurrencyUnit> CURRENCY_COLUMN =
      Column.optional(
          CURRENCY,
          Cells::currency,
          row -> row.objective().currency().map(CurrencyUnit::getCurrencyCode).orElse(""));
  private static final Columns<ObjectiveRow> TABLE =
      Columns.of(
          PLAN_COLUMN,
          RELATIONSHIP_COLUMN,
          START_COLUMN,
          END_COLUMN,
          OBJECTIVE_COLUMN,
          METRIC_COLUMN,
          PARTY_COLUMN,
          TARGET_COLUMN,
          CURRENCY_COLUMN);

  /** The columns in the order they are written; all but {@code currency} are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private PlansCsv() {}

  /**
   * Reads plans from {@code in}, which is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<BusinessPlan> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads plans from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<BusinessPlan> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per objective of each plan, header first, to {@code out}, which is flushed and
   * left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<BusinessPlan> plans) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, rows(plans));
  }

  /**
   * Writes one row per objective of each plan, header first, to a UTF-8 file, which is created or
   * truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<BusinessPlan> plans) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, rows(plans));
  }

  private static ImmutableList<ObjectiveRow> rows(Iterable<BusinessPlan> plans) {
    checkNotNull(plans, "plans");
    return Columns.perChild(plans, BusinessPlan::objectives, ObjectiveRow::new);
  }

  /** The rows of one plan read so far. */
  private static final class Group {
    final RelationshipId relationship;
    final LocalDate start;
    final LocalDate end;
    final long firstLine;
    final List<Objective> objectives = new ArrayList<>();
    final Map<ObjectiveId, Long> seen = new HashMap<>();

    Group(RelationshipId relationship, LocalDate start, LocalDate end, long firstLine) {
      this.relationship = relationship;
      this.start = start;
      this.end = end;
      this.firstLine = firstLine;
    }
  }

  /** Groups rows into plans. */
  private static final class Collector extends RowCollector<BusinessPlan> {
    final Map<PlanId, Group> groups = new LinkedHashMap<>();

    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<PlanId> id = row.get(PLAN_COLUMN);
      Optional<RelationshipId> relationship = row.get(RELATIONSHIP_COLUMN);
      Optional<LocalDate> start = row.get(START_COLUMN);
      Optional<LocalDate> end = row.get(END_COLUMN);
      Optional<ObjectiveId> objectiveId = row.get(OBJECTIVE_COLUMN);
      Optional<PlanMetric> metric = row.get(METRIC_COLUMN);
      Optional<PartnerId> party = row.get(PARTY_COLUMN);
      Optional<BigDecimal> target = row.get(TARGET_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Group group = id.map(groups::get).orElse(null);
      if (group != null) {
        String what = "plan " + id.get();
        relationship.ifPresent(
            value ->
                checkSame(row, RELATIONSHIP_ID, group.relationship, value, what, group.firstLine));
        start.ifPresent(
            value -> checkSame(row, PERIOD_START, group.start, value, what, group.firstLine));
        end.ifPresent(value -> checkSame(row, PERIOD_END, group.end, value, what, group.firstLine));
        checkUnique(row, objectiveId, group.seen, OBJECTIVE_ID, what + " objective");
      }
      if (rejected(row)) {
        return;
      }
      Optional<Objective> objective =
          build(
              row.line(),
              () ->
                  Objective.builder()
                      .id(objectiveId.orElseThrow())
                      .metric(metric.orElseThrow())
                      .party(party)
                      .target(target.orElseThrow())
                      .currency(currency)
                      .build());
      if (objective.isEmpty()) {
        return;
      }
      Group accepted =
          groups.computeIfAbsent(
              id.orElseThrow(),
              key ->
                  new Group(
                      relationship.orElseThrow(),
                      start.orElseThrow(),
                      end.orElseThrow(),
                      row.line()));
      accepted.objectives.add(objective.get());
      accepted.seen.put(objective.get().id(), row.line());
    }

    @Override
    void finish() {
      for (Map.Entry<PlanId, Group> entry : groups.entrySet()) {
        Group group = entry.getValue();
        build(
                group.firstLine,
                () ->
                    BusinessPlan.builder()
                        .id(entry.getKey())
                        .relationship(group.relationship)
                        .periodStart(group.start)
                        .periodEnd(group.end)
                        .objectives(group.objectives)
                        .build())
            .ifPresent(plan -> add(plan, group.firstLine));
      }
    }
  }
}
