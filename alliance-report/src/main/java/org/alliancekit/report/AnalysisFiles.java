package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.attribution.stacking.SolutionStack;
import org.alliancekit.attribution.stacking.ValueComponent;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.pipeline.registration.RegistrationOutcome;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.scoring.benchmark.HalfYearPoint;
import org.alliancekit.scoring.benchmark.HalfYearTrend;
import org.alliancekit.scoring.benchmark.ScoreRevenueEvidence;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.MotionEvidence;
import org.alliancekit.scoring.relationship.MotionObservation;
import org.apiguardian.api.API;

/**
 * Writes the CSV files of an {@link AllianceAnalysis} beside the report's other files, by the same
 * rules as {@link ReportFiles}: UTF-8, a header row, cells a spreadsheet would run as formulas
 * escaped, money rounded half-even to the minor unit, scores as fractions with four decimal places,
 * an empty cell meaning "none".
 *
 * <table>
 *   <caption>The files</caption>
 *   <tr><th>file</th><th>columns</th><th>rows</th></tr>
 *   <tr><td>{@value #MOTIONS}</td><td>relationship_id, declared, observed,
 *       leads_host_to_partner, leads_partner_to_host, opportunities_host_to_partner,
 *       opportunities_partner_to_host, co_sold, partner_as_buyer</td><td>one per relationship in
 *       relationship id order; declared is SELL_WITH, SELL_TO or SELL_THROUGH, observed one of those
 *       or UNDETERMINED; the counts are of the twelve months up to the as-of date</td></tr>
 *   <tr><td>{@value #FINDINGS}</td><td>relationship_id, partner_id, kind, severity,
 *       detail</td><td>one per finding, most severe first; relationship_id is empty for a
 *       partner-level finding (a competency), partner_id is the relationship's partner or the
 *       partner concerned</td></tr>
 *   <tr><td>{@value #REGISTRATION_DECISIONS}</td><td>registration_id, opportunity_id, partner_id,
 *       decision, reason</td><td>one per registration submitted by the as-of date, in
 *       registration id order; decision APPROVED, REJECTED, EXPIRED or PENDING</td></tr>
 *   <tr><td>{@value #VELOCITY}</td><td>segment, currency, won, lost, win_rate,
 *       average_won_amount, average_cycle_days</td><td>one per route to market (ALLIANCE, CHANNEL,
 *       DIRECT) and currency with a deal closed in the window; amounts not converted; win rate
 *       with four decimal places, cycle days with one; averages empty when nothing was
 *       won</td></tr>
 *   <tr><td>{@value #VALUE_STACKS}</td><td>solution_id, solution_name, currency, won_deals,
 *       won_revenue, party_id, component, amount, stacked_total, alone_total</td><td>one per
 *       solution, currency, party and component (RESALE_MARGIN, JOINT_GO_TO_MARKET, PLATFORM, or
 *       SERVICES with an empty amount), in that order; stacked_total is the solution's stacked value
 *       in that currency, alone_total the party's value on its own (empty for a services-only
 *       party)</td></tr>
 *   <tr><td>{@value #TRENDS}</td><td>relationship_id, period, overall, change</td><td>one per
 *       relationship and fiscal half-year with an assessment, such as {@code 2026-H1}; change from
 *       the immediately preceding half-year, empty when that has no score</td></tr>
 *   <tr><td>{@value #EVIDENCE}</td><td>measure, lag, pairs, pearson, spearman,
 *       p_value</td><td>lag 0 then lag 1; coefficients and p-value with four decimal places,
 *       empty when undefined</td></tr>
 * </table>
 *
 * <p>Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AnalysisFiles {
  /** File name of the observed sales motions. */
  public static final String MOTIONS = "motions.csv";

  /** File name of the findings. */
  public static final String FINDINGS = "findings.csv";

  /** File name of the registration decisions. */
  public static final String REGISTRATION_DECISIONS = "registration_decisions.csv";

  /** File name of the velocity by route to market. */
  public static final String VELOCITY = "velocity.csv";

  /** File name of the value stacks. */
  public static final String VALUE_STACKS = "value_stacks.csv";

  /** File name of the half-year trends. */
  public static final String TRENDS = "trends.csv";

  /** File name of the evidence that best practice goes with sales. */
  public static final String EVIDENCE = "evidence.csv";

  private AnalysisFiles() {}

  /**
   * Writes every file of the table above into {@code directory}, which is created if needed, and
   * returns them in that order.
   *
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<Path> write(AllianceAnalysis analysis, Path directory)
      throws IOException {
    checkNotNull(analysis, "analysis");
    return writeAll(analysis, directory);
  }

  /**
   * Writes the files of a report without an analysis: each with its header row only, so that the
   * folder always holds the same files.
   */
  static ImmutableList<Path> writeHeaders(Path directory) throws IOException {
    return writeAll(null, directory);
  }

  private static ImmutableList<Path> writeAll(AllianceAnalysis analysis, Path directory)
      throws IOException {
    Files.createDirectories(checkNotNull(directory, "directory"));
    List<Path> written = new ArrayList<>();
    written.add(motions(analysis, directory.resolve(MOTIONS)));
    written.add(findings(analysis, directory.resolve(FINDINGS)));
    written.add(registrations(analysis, directory.resolve(REGISTRATION_DECISIONS)));
    written.add(velocity(analysis, directory.resolve(VELOCITY)));
    written.add(valueStacks(analysis, directory.resolve(VALUE_STACKS)));
    written.add(trends(analysis, directory.resolve(TRENDS)));
    written.add(evidence(analysis, directory.resolve(EVIDENCE)));
    return ImmutableList.copyOf(written);
  }

  /** The columns of {@value #MOTIONS}, in order. */
  public static final ImmutableList<String> MOTION_COLUMNS =
      ImmutableList.of(
          "relationship_id",
          "declared",
          "observed",
          "leads_host_to_partner",
          "leads_partner_to_host",
          "opportunities_host_to_partner",
          "opportunities_partner_to_host",
          "co_sold",
          "partner_as_buyer");

  /** The columns of {@value #FINDINGS}, in order. */
  public static final ImmutableList<String> FINDING_COLUMNS =
      ImmutableList.of("relationship_id", "partner_id", "kind", "severity", "detail");

  /** The columns of {@value #VELOCITY}, in order. */
  public static final ImmutableList<String> VELOCITY_COLUMNS =
      ImmutableList.of(
          "segment",
          "currency",
          "won",
          "lost",
          "win_rate",
          "average_won_amount",
          "average_cycle_days");

  /** The cells of an observation's row of {@value #MOTIONS}, in {@link #MOTION_COLUMNS} order. */
  public static ImmutableList<String> motionCells(MotionObservation motion) {
    checkNotNull(motion, "motion");
    MotionEvidence evidence = motion.evidence();
    return ImmutableList.of(
        motion.relationship().value(),
        motion.declared().name(),
        motion.observed().name(),
        Integer.toString(evidence.leadsHostToPartner()),
        Integer.toString(evidence.leadsPartnerToHost()),
        Integer.toString(evidence.opportunitiesHostToPartner()),
        Integer.toString(evidence.opportunitiesPartnerToHost()),
        Integer.toString(evidence.coSold()),
        Integer.toString(evidence.partnerAsBuyer()));
  }

  /**
   * The cells of a finding's row of {@value #FINDINGS}, in {@link #FINDING_COLUMNS} order; {@code
   * partners} gives each relationship's partner and {@code host} is the portfolio's host (see
   * {@link #partnerOf}).
   */
  public static ImmutableList<String> findingCells(
      Finding finding,
      Map<org.alliancekit.model.relationship.RelationshipId, PartnerId> partners,
      PartnerId host) {
    checkNotNull(finding, "finding");
    return ImmutableList.of(
        finding.relationship().map(r -> r.value()).orElse(""),
        partnerOf(finding, partners, host),
        finding.kind().name(),
        finding.severity().name(),
        finding.message());
  }

  /** The cells of a velocity row of {@value #VELOCITY}, in {@link #VELOCITY_COLUMNS} order. */
  public static ImmutableList<String> velocityCells(SegmentVelocity row) {
    checkNotNull(row, "row");
    return ImmutableList.of(
        row.segment().name(),
        row.currency().getCurrencyCode(),
        Long.toString(row.won()),
        Long.toString(row.lost()),
        row.winRate().toPlainString(),
        row.averageWonAmount().map(Formats::money).orElse(""),
        row.averageCycleDays().map(d -> d.toPlainString()).orElse(""));
  }

  private static Path motions(AllianceAnalysis analysis, Path file) throws IOException {
    try (CsvTableWriter out = CsvTableWriter.create(file, MOTION_COLUMNS)) {
      for (MotionObservation motion :
          (analysis == null ? List.<MotionObservation>of() : analysis.motions())) {
        out.row(motionCells(motion));
      }
    }
    return file;
  }

  private static Path findings(AllianceAnalysis analysis, Path file) throws IOException {
    Map<org.alliancekit.model.relationship.RelationshipId, PartnerId> partners =
        analysis == null ? Map.of() : analysis.relationshipPartners();
    try (CsvTableWriter out = CsvTableWriter.create(file, FINDING_COLUMNS)) {
      for (Finding finding : (analysis == null ? List.<Finding>of() : analysis.findings())) {
        out.row(findingCells(finding, partners, analysis.host()));
      }
    }
    return file;
  }

  /**
   * The partner a finding concerns: its relationship's partner, else the one party named that is
   * not the host, else the first party named.
   */
  public static String partnerOf(
      Finding finding,
      Map<org.alliancekit.model.relationship.RelationshipId, PartnerId> partners,
      PartnerId host) {
    if (finding.relationship().isPresent() && partners.containsKey(finding.relationship().get())) {
      return partners.get(finding.relationship().get()).value();
    }
    return finding.parties().stream()
        .filter(p -> !p.equals(host))
        .findFirst()
        .or(() -> finding.parties().stream().findFirst())
        .map(PartnerId::value)
        .orElse("");
  }

  private static Path registrations(AllianceAnalysis analysis, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file, "registration_id", "opportunity_id", "partner_id", "decision", "reason")) {
      for (RegistrationOutcome outcome :
          (analysis == null ? List.<RegistrationOutcome>of() : analysis.registrations())) {
        out.row(
            outcome.registrationId().value(),
            outcome.opportunityId().value(),
            outcome.partnerId().value(),
            outcome.decision().name(),
            outcome.message());
      }
    }
    return file;
  }

  private static Path velocity(AllianceAnalysis analysis, Path file) throws IOException {
    try (CsvTableWriter out = CsvTableWriter.create(file, VELOCITY_COLUMNS)) {
      for (SegmentVelocity row :
          (analysis == null ? List.<SegmentVelocity>of() : analysis.velocity())) {
        out.row(velocityCells(row));
      }
    }
    return file;
  }

  private static Path valueStacks(AllianceAnalysis analysis, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "solution_id",
            "solution_name",
            "currency",
            "won_deals",
            "won_revenue",
            "party_id",
            "component",
            "amount",
            "stacked_total",
            "alone_total")) {
      for (SolutionStack stack :
          (analysis == null ? List.<SolutionStack>of() : analysis.valueStacks())) {
        List<String> prefix =
            List.of(
                stack.solution().value(),
                stack.name(),
                stack.currency().getCurrencyCode(),
                Integer.toString(stack.wonDeals()),
                Formats.money(stack.wonRevenue()));
        if (stack.stack().isPresent()) {
          for (Table.Cell<PartnerId, ValueComponent, MonetaryAmount> cell :
              stack.stack().get().cells().cellSet()) {
            out.row(
                row(
                    prefix,
                    cell.getRowKey().value(),
                    cell.getColumnKey().name(),
                    Formats.money(cell.getValue()),
                    Formats.money(stack.stackedTotal()),
                    alone(stack, cell.getRowKey())));
          }
        }
        for (PartnerId party : stack.services()) {
          out.row(
              row(
                  prefix,
                  party.value(),
                  "SERVICES",
                  "",
                  Formats.money(stack.stackedTotal()),
                  alone(stack, party)));
        }
      }
    }
    return file;
  }

  private static String alone(SolutionStack stack, PartnerId party) {
    MonetaryAmount alone = stack.alone().get(party);
    return alone == null ? "" : Formats.money(alone);
  }

  private static List<String> row(List<String> prefix, String... rest) {
    List<String> row = new ArrayList<>(prefix);
    row.addAll(List.of(rest));
    return row;
  }

  private static Path trends(AllianceAnalysis analysis, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(file, "relationship_id", "period", "overall", "change")) {
      for (HalfYearTrend trend :
          (analysis == null ? List.<HalfYearTrend>of() : analysis.trends().values())) {
        for (HalfYearPoint point : trend.points()) {
          out.row(
              trend.relationship().value(),
              point.half().toString(),
              Formats.fraction(point.overall()),
              EvidenceFiles.number(point.change()));
        }
      }
    }
    return file;
  }

  private static Path evidence(AllianceAnalysis analysis, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(file, "measure", "lag", "pairs", "pearson", "spearman", "p_value")) {
      for (ScoreRevenueEvidence evidence :
          (analysis == null ? List.<ScoreRevenueEvidence>of() : analysis.evidence())) {
        out.row(
            evidence.measure(),
            Integer.toString(evidence.lag()),
            Integer.toString(evidence.pairs()),
            EvidenceFiles.number(evidence.pearson()),
            EvidenceFiles.number(evidence.spearman()),
            EvidenceFiles.number(evidence.pValue()));
      }
    }
    return file;
  }

  /** Lower-case name of an enumeration constant, for reading. */
  static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
