package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.programme.ProgrammeAnalysis;
import org.apiguardian.api.API;

/**
 * Writes the CSV files of a {@link PortfolioReport} into a folder: UTF-8, a header row, CRLF line
 * ends, cells a spreadsheet would run as formulas escaped ({@link CsvTableWriter}). Money is a
 * plain decimal rounded half-even to the currency's minor unit, scores and coverage are fractions
 * from 0 to 1 with four decimal places, and an empty cell means "none".
 *
 * <table>
 *   <caption>The files</caption>
 *   <tr><th>file</th><th>columns</th><th>rows</th></tr>
 *   <tr><td>{@value #SCORES}</td><td>relationship_id, overall, commercial, technical, strategic,
 *       cultural, operational, coverage</td><td>every relationship in file order; an area without
 *       a rated factor, and every score of a relationship without assessments, is empty</td></tr>
 *   <tr><td>{@value #POTENTIAL}</td><td>relationship_id, revenue, currency, current, attainable,
 *       uplift, uplift_converted, rank, ranked_in</td><td>revenue and uplift in the relationship's
 *       currency, uplift_converted in the report currency; rank among the relationships of
 *       ranked_in (the report currency, or the relationship's own when no rate converts it); ranked
 *       rows in rank order first, then the unranked ones</td></tr>
 *   <tr><td>{@value #ATTRIBUTION}</td><td>partner_id, name, currency, sourced_won,
 *       sourced_revenue, influenced_won, influenced_revenue, attributed_revenue</td><td>one per
 *       partner credited with any deal, amounts of won deals in the report currency (see {@link
 *       PartnerAttribution})</td></tr>
 *   <tr><td>{@value #FORECAST}</td><td>period, currency, count, open_amount, weighted_amount,
 *       won_amount</td><td>one per calendar quarter of the expected close date (such as {@code
 *       2026-Q1}) and currency, unconverted; count includes open, won and lost deals</td></tr>
 *   <tr><td>{@value #GAPS}</td><td>relationship_id, catalog, area, factor, host, partner,
 *       gap</td><td>per relationship assessed from both sides: one row per area (factor empty),
 *       then one per factor; gap = host - partner</td></tr>
 *   <tr><td>the files of {@link AnalysisFiles}</td><td>motions, findings, registration
 *       decisions, velocity, value stacks, trends and evidence</td><td>as {@link AnalysisFiles}
 *       says; header rows only when the report has no analysis</td></tr>
 *   <tr><td>the files of {@link EvidenceFiles}</td><td>the estimates of how revenue moves with
 *       the score, the calibrated potential and the sales-process comparison</td><td>as {@link
 *       EvidenceFiles} says</td></tr>
 *   <tr><td>the files of {@link PlanningFiles}</td><td>plan attainment, budget cycles, funds,
 *       campaign results and mind-share</td><td>as {@link PlanningFiles} says; header rows only
 *       when the report has no analysis</td></tr>
 *   <tr><td>the files of {@link ProgrammeFiles}</td><td>tiers, payouts, coverage, matches and
 *       solution results of the partner programme</td><td>as {@link ProgrammeFiles} says; header
 *       rows only when the report has no analysis or its programme could not be
 *       analysed</td></tr>
 *   <tr><td>{@value #PROBLEMS}</td><td>file, line, column, reason</td><td>one per problem; line 0
 *       when the problem concerns a whole file or was found while computing</td></tr>
 * </table>
 *
 * <p>Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportFiles {
  /** File name of the scores. */
  public static final String SCORES = "scores.csv";

  /** File name of the sales potential ranking. */
  public static final String POTENTIAL = "potential.csv";

  /** File name of the partner credit. */
  public static final String ATTRIBUTION = "attribution.csv";

  /** File name of the forecast. */
  public static final String FORECAST = "forecast.csv";

  /** File name of the perception gaps. */
  public static final String GAPS = "gaps.csv";

  /** File name of the problems. */
  public static final String PROBLEMS = "problems.csv";

  private ReportFiles() {}

  /**
   * Writes every CSV file of the report into {@code directory}, which is created if needed, and
   * returns the files written, in the order of the table above.
   *
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<Path> write(PortfolioReport report, Path directory)
      throws IOException {
    checkNotNull(report, "report");
    Files.createDirectories(checkNotNull(directory, "directory"));
    List<Path> written = new ArrayList<>();
    written.add(scores(report, directory.resolve(SCORES)));
    written.add(potential(report, directory.resolve(POTENTIAL)));
    written.add(attribution(report, directory.resolve(ATTRIBUTION)));
    written.add(forecast(report, directory.resolve(FORECAST)));
    written.add(gaps(report, directory.resolve(GAPS)));
    written.addAll(
        report.analysis().isPresent()
            ? AnalysisFiles.write(report.analysis().get(), directory)
            : AnalysisFiles.writeHeaders(directory));
    written.addAll(EvidenceFiles.write(report, directory));
    written.addAll(
        report.analysis().isPresent()
            ? PlanningFiles.write(report.analysis().get().planning(), directory)
            : PlanningFiles.writeHeaders(directory));
    Optional<ProgrammeAnalysis> programme = report.analysis().flatMap(AllianceAnalysis::programme);
    written.addAll(
        programme.isPresent()
            ? ProgrammeFiles.write(programme.get(), directory)
            : ProgrammeFiles.writeHeaders(directory));
    written.add(problems(report.problems(), directory.resolve(PROBLEMS)));
    return ImmutableList.copyOf(written);
  }

  /**
   * Writes problems as {@value #PROBLEMS} does: {@code file,line,column,reason}, the reason being
   * the kind and the message.
   *
   * @throws IOException if the file cannot be written
   */
  public static Path problems(List<Problem> problems, Path file) throws IOException {
    try (CsvTableWriter out = CsvTableWriter.create(file, "file", "line", "column", "reason")) {
      for (Problem problem : problems) {
        out.row(
            problem.file(),
            Long.toString(problem.line()),
            problem.column(),
            problem.kind() + ": " + problem.message());
      }
    }
    return file;
  }

  private static Path scores(PortfolioReport report, Path file) throws IOException {
    List<String> header = new ArrayList<>();
    header.add("relationship_id");
    header.add("overall");
    for (FactorCategory category : FactorCategory.values()) {
      header.add(category.name().toLowerCase(Locale.ROOT));
    }
    header.add("coverage");
    try (CsvTableWriter out = CsvTableWriter.create(file, header)) {
      for (ReportRelationship relationship : report.relationships()) {
        List<String> row = new ArrayList<>();
        row.add(relationship.id().value());
        Optional<RelationshipScore> score = relationship.score();
        row.add(score.map(s -> Formats.fraction(s.overall())).orElse(""));
        for (FactorCategory category : FactorCategory.values()) {
          row.add(score.flatMap(s -> s.area(category)).map(Formats::fraction).orElse(""));
        }
        row.add(score.map(s -> Formats.fraction(s.coverage())).orElse(""));
        out.row(row);
      }
    }
    return file;
  }

  private static Path potential(PortfolioReport report, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "relationship_id",
            "revenue",
            "currency",
            "current",
            "attainable",
            "uplift",
            "uplift_converted",
            "rank",
            "ranked_in")) {
      List<ReportRelationship> ordered = new ArrayList<>(report.ranking());
      for (ReportRelationship relationship : report.relationships()) {
        if (relationship.rank().isEmpty()) {
          ordered.add(relationship);
        }
      }
      for (ReportRelationship relationship : ordered) {
        Optional<RelationshipScore> score = relationship.score();
        out.row(
            relationship.id().value(),
            Formats.money(relationship.row().allianceRevenue()),
            relationship.currency().getCurrencyCode(),
            score.map(s -> Formats.fraction(s.overall())).orElse(""),
            score.map(s -> Formats.fraction(s.attainable())).orElse(""),
            relationship.uplift().map(Formats::money).orElse(""),
            relationship.upliftConverted().map(Formats::money).orElse(""),
            relationship.rank().isPresent() ? Integer.toString(relationship.rank().getAsInt()) : "",
            relationship.rankedIn().map(c -> c.getCurrencyCode()).orElse(""));
      }
    }
    return file;
  }

  private static Path attribution(PortfolioReport report, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "partner_id",
            "name",
            "currency",
            "sourced_won",
            "sourced_revenue",
            "influenced_won",
            "influenced_revenue",
            "attributed_revenue")) {
      for (PartnerAttribution partner : report.attribution()) {
        out.row(
            partner.partner().value(),
            partner.name(),
            report.currency().getCurrencyCode(),
            Long.toString(partner.sourcedWon()),
            Formats.money(partner.sourcedRevenue()),
            Long.toString(partner.influencedWon()),
            Formats.money(partner.influencedRevenue()),
            Formats.money(partner.attributedRevenue()));
      }
    }
    return file;
  }

  private static Path forecast(PortfolioReport report, Path file) throws IOException {
    try (CsvTableWriter out = CsvTableWriter.create(file, QuarterForecast.COLUMNS)) {
      for (QuarterForecast quarter : report.forecast()) {
        out.row(quarter.cells());
      }
    }
    return file;
  }

  private static String money(MonetaryAmount amount) {
    return Formats.money(amount);
  }

  private static Path gaps(PortfolioReport report, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file, "relationship_id", "catalog", "area", "factor", "host", "partner", "gap")) {
      for (GapRow gap : report.gaps()) {
        out.row(
            gap.relationship().value(),
            gap.catalog(),
            gap.area().name().toLowerCase(Locale.ROOT),
            gap.factor().orElse(""),
            Formats.fraction(gap.host()),
            Formats.fraction(gap.partner()),
            Formats.fraction(gap.gap()));
      }
    }
    return file;
  }
}
