package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.planning.BudgetCycleAlignment;
import org.alliancekit.planning.CampaignResult;
import org.alliancekit.planning.FundLedger;
import org.alliancekit.planning.JointPlanningResult;
import org.alliancekit.planning.ObjectiveAttainment;
import org.alliancekit.planning.SurveyResult;
import org.apiguardian.api.API;

/**
 * Writes the joint planning and marketing files of an analysis ({@link JointPlanningResult}) beside
 * the report's other files, by the same rules as {@link ReportFiles}: UTF-8, a header row, cells a
 * spreadsheet would run as formulas escaped, money rounded half-even to the minor unit, an empty
 * cell meaning "none".
 *
 * <table>
 *   <caption>The files</caption>
 *   <tr><th>file</th><th>columns</th><th>rows</th></tr>
 *   <tr><td>{@value #PLAN_ATTAINMENT}</td><td>plan_id, objective_id, metric, party_id, target,
 *       actual, attainment, projected, status</td><td>one per objective, in plan and objective id
 *       order; party_id empty for a joint objective; actual over the elapsed part of the period,
 *       attainment = actual / target with four decimal places, projected = actual / elapsed
 *       fraction; status ON_TRACK, AT_RISK or OFF_TRACK</td></tr>
 *   <tr><td>{@value #BUDGET_CYCLES}</td><td>relationship_id, host_fiscal_start_month,
 *       partner_fiscal_start_month, offset_months, next_joint_deadline</td><td>one per
 *       relationship whose two parties are listed, in relationship id order; months 1 to 12, the
 *       offset 0 to 6 the shorter way round the year</td></tr>
 *   <tr><td>{@value #FUNDS}</td><td>budget_id, relationship_id, party_id, currency, budget,
 *       approved_requests, approved_claims, paid, remaining</td><td>one per budget in budget id
 *       order, in the budget's currency; refused requests and claims are not counted</td></tr>
 *   <tr><td>{@value #CAMPAIGN_RESULTS}</td><td>campaign_id, relationship_id, kind, currency, cost,
 *       leads, opportunities, pipeline, won, cost_per_lead, return</td><td>one per campaign, in
 *       relationship and campaign id order, amounts in the cost's currency; cost_per_lead
 *       empty without leads, return = (won - cost) / cost with four decimal places, empty at zero
 *       cost</td></tr>
 *   <tr><td>{@value #MINDSHARE}</td><td>relationship_id, survey_id, date, respondents, index,
 *       change, p_value, significant, after_push_campaign</td><td>one per survey, by relationship
 *       and date; index 0 to 100; change, p-value (four decimal places), significant (yes when p
 *       &lt; 0.05, else no) and after_push_campaign (yes or no) empty for a relationship's first
 *       survey</td></tr>
 * </table>
 *
 * <p>Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PlanningFiles {
  /** File name of the plan attainment. */
  public static final String PLAN_ATTAINMENT = "plan_attainment.csv";

  /** File name of the budget-cycle alignment. */
  public static final String BUDGET_CYCLES = "budget_cycles.csv";

  /** File name of the fund ledgers. */
  public static final String FUNDS = "funds.csv";

  /** File name of the campaign results. */
  public static final String CAMPAIGN_RESULTS = "campaign_results.csv";

  /** File name of the mind-share surveys. */
  public static final String MINDSHARE = "mindshare.csv";

  private PlanningFiles() {}

  /**
   * Writes every file of the table above into {@code directory}, which is created if needed, and
   * returns them in that order.
   *
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<Path> write(JointPlanningResult planning, Path directory)
      throws IOException {
    checkNotNull(planning, "planning");
    return writeAll(planning, directory);
  }

  /**
   * Writes the files of a report without an analysis: each with its header row only, so that the
   * folder always holds the same files.
   */
  static ImmutableList<Path> writeHeaders(Path directory) throws IOException {
    return writeAll(null, directory);
  }

  private static ImmutableList<Path> writeAll(JointPlanningResult planning, Path directory)
      throws IOException {
    Files.createDirectories(checkNotNull(directory, "directory"));
    List<Path> written = new ArrayList<>();
    written.add(attainment(planning, directory.resolve(PLAN_ATTAINMENT)));
    written.add(budgetCycles(planning, directory.resolve(BUDGET_CYCLES)));
    written.add(funds(planning, directory.resolve(FUNDS)));
    written.add(campaigns(planning, directory.resolve(CAMPAIGN_RESULTS)));
    written.add(mindShare(planning, directory.resolve(MINDSHARE)));
    return ImmutableList.copyOf(written);
  }

  private static Path attainment(JointPlanningResult planning, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "plan_id",
            "objective_id",
            "metric",
            "party_id",
            "target",
            "actual",
            "attainment",
            "projected",
            "status")) {
      for (ObjectiveAttainment row :
          (planning == null ? List.<ObjectiveAttainment>of() : planning.attainment())) {
        out.row(
            row.plan().value(),
            row.objective().value(),
            row.metric().name(),
            row.party().map(PartnerId::value).orElse(""),
            row.target().toPlainString(),
            row.actual().toPlainString(),
            row.attainment().toPlainString(),
            row.projected().toPlainString(),
            row.status().name());
      }
    }
    return file;
  }

  private static Path budgetCycles(JointPlanningResult planning, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "relationship_id",
            "host_fiscal_start_month",
            "partner_fiscal_start_month",
            "offset_months",
            "next_joint_deadline")) {
      for (BudgetCycleAlignment row :
          (planning == null ? List.<BudgetCycleAlignment>of() : planning.budgetCycles())) {
        out.row(
            row.relationship().value(),
            Integer.toString(row.hostFiscalStart().getValue()),
            Integer.toString(row.partnerFiscalStart().getValue()),
            Integer.toString(row.offsetMonths()),
            row.nextJointDeadline().toString());
      }
    }
    return file;
  }

  private static Path funds(JointPlanningResult planning, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "budget_id",
            "relationship_id",
            "party_id",
            "currency",
            "budget",
            "approved_requests",
            "approved_claims",
            "paid",
            "remaining")) {
      for (FundLedger row : (planning == null ? List.<FundLedger>of() : planning.funds())) {
        out.row(
            row.budget().value(),
            row.relationship().value(),
            row.party().value(),
            row.currency().getCurrencyCode(),
            Formats.money(row.amount()),
            Formats.money(row.approvedRequests()),
            Formats.money(row.approvedClaims()),
            Formats.money(row.paid()),
            Formats.money(row.remaining()));
      }
    }
    return file;
  }

  private static Path campaigns(JointPlanningResult planning, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "campaign_id",
            "relationship_id",
            "kind",
            "currency",
            "cost",
            "leads",
            "opportunities",
            "pipeline",
            "won",
            "cost_per_lead",
            "return")) {
      for (CampaignResult row :
          (planning == null ? List.<CampaignResult>of() : planning.campaigns())) {
        out.row(
            row.campaign().value(),
            row.relationship().value(),
            row.kind().name(),
            row.currency().getCurrencyCode(),
            Formats.money(row.cost()),
            Integer.toString(row.leads()),
            Integer.toString(row.opportunities()),
            Formats.money(row.pipeline()),
            Formats.money(row.won()),
            row.costPerLead().map(Formats::money).orElse(""),
            row.returnOnCost().map(BigDecimal::toPlainString).orElse(""));
      }
    }
    return file;
  }

  private static Path mindShare(JointPlanningResult planning, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "relationship_id",
            "survey_id",
            "date",
            "respondents",
            "index",
            "change",
            "p_value",
            "significant",
            "after_push_campaign")) {
      for (SurveyResult row : (planning == null ? List.<SurveyResult>of() : planning.mindShare())) {
        boolean compared = row.previous().isPresent();
        out.row(
            row.relationship().value(),
            row.survey().value(),
            row.date().toString(),
            Integer.toString(row.respondents()),
            row.index().toPlainString(),
            row.change().map(BigDecimal::toPlainString).orElse(""),
            row.pValue().map(Formats::fraction).orElse(""),
            compared ? yesNo(row.significant()) : "",
            compared ? yesNo(row.afterPushCampaign()) : "");
      }
    }
    return file;
  }

  /** {@code yes} or {@code no}. */
  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
