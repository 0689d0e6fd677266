package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.scoring.evidence.CalibratedRank;
import org.alliancekit.scoring.evidence.CalibratedUplift;
import org.alliancekit.scoring.evidence.ElasticityEstimate;
import org.alliancekit.scoring.evidence.EstimateKind;
import org.alliancekit.scoring.evidence.GroupComparison;
import org.apiguardian.api.API;

/**
 * Writes the report's files on the evidence that best practice drives sales, beside the others:
 *
 * <table>
 *   <caption>The files</caption>
 *   <tr><th>file</th><th>columns</th><th>rows</th></tr>
 *   <tr><td>{@value #EVIDENCE_MODEL}</td><td>estimate, lag, elasticity, ci_low, ci_high, r2,
 *       relationships, observations, verdict</td><td>the four estimates of {@link
 *       org.alliancekit.scoring.evidence.SalesEvidence#standard}: {@code WITHIN} at lags 0 and 1,
 *       then {@code ACROSS}; the elasticity and its 90% interval in percent of revenue per
 *       percentage point of score, four decimals; empty when the data are insufficient (the
 *       verdict is then {@code INSUFFICIENT_DATA})</td></tr>
 *   <tr><td>{@value #CALIBRATED_POTENTIAL}</td><td>relationship_id, currency,
 *       proportional_uplift, uplift_p10, uplift_p50, uplift_p90, rank_proportional,
 *       rank_p50</td><td>every relationship ranked in the report currency, priced with the lag-1
 *       within estimate, in order of rank_p50; no rows when that estimate could not be
 *       made</td></tr>
 *   <tr><td>{@value #SALES_PROCESS}</td><td>measure, agreed, none, difference, ci_low,
 *       ci_high</td><td>the measures of {@link
 *       org.alliancekit.scoring.evidence.SalesProcessComparison}: revenue growth per half-year in
 *       percent, win rate 0 to 1, average won deal in the report currency, cycle days; four
 *       decimals, empty when a group has no value</td></tr>
 * </table>
 *
 * <p>Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EvidenceFiles {
  /** File name of the estimates. */
  public static final String EVIDENCE_MODEL = "evidence_model.csv";

  /** File name of the calibrated potential. */
  public static final String CALIBRATED_POTENTIAL = "calibrated_potential.csv";

  /** File name of the sales-process comparison. */
  public static final String SALES_PROCESS = "sales_process.csv";

  private EvidenceFiles() {}

  /**
   * Writes the three files into {@code directory} (header rows only when the report has no
   * analysis) and returns them in the order of the table.
   *
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<Path> write(PortfolioReport report, Path directory)
      throws IOException {
    checkNotNull(report, "report");
    Files.createDirectories(checkNotNull(directory, "directory"));
    Optional<AllianceAnalysis> analysis = report.analysis();
    List<Path> written = new ArrayList<>();
    written.add(model(analysis, directory.resolve(EVIDENCE_MODEL)));
    written.add(calibrated(report, directory.resolve(CALIBRATED_POTENTIAL)));
    written.add(salesProcess(analysis, directory.resolve(SALES_PROCESS)));
    return ImmutableList.copyOf(written);
  }

  /**
   * The lag-1 within estimate of the report's analysis, the one that prices calibrated uplifts;
   * empty without an analysis.
   */
  public static Optional<ElasticityEstimate> pricing(PortfolioReport report) {
    return report
        .analysis()
        .flatMap(
            analysis ->
                analysis.elasticities().stream()
                    .filter(e -> e.kind() == EstimateKind.WITHIN && e.lag() == 1)
                    .findFirst());
  }

  /**
   * The relationships ranked in the report currency, priced with the lag-1 within estimate and
   * ranked by the median calibrated uplift beside the proportional rank; empty when the estimate
   * could not be made.
   */
  public static ImmutableList<CalibratedRank> calibrated(PortfolioReport report) {
    Optional<ElasticityEstimate> estimate = pricing(report).filter(ElasticityEstimate::isDefined);
    if (estimate.isEmpty()) {
      return ImmutableList.of();
    }
    List<CalibratedUplift> uplifts = new ArrayList<>();
    for (ReportRelationship relationship : report.relationships()) {
      if (relationship.rankedIn().equals(Optional.of(report.currency()))
          && relationship.score().isPresent()
          && relationship.revenueConverted().isPresent()) {
        RelationshipScore score = relationship.score().get();
        uplifts.add(
            CalibratedUplift.of(
                relationship.id(),
                relationship.revenueConverted().get(),
                score.overall(),
                score.attainable(),
                estimate.get()));
      }
    }
    return CalibratedRank.rank(uplifts);
  }

  private static Path model(Optional<AllianceAnalysis> analysis, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "estimate",
            "lag",
            "elasticity",
            "ci_low",
            "ci_high",
            "r2",
            "relationships",
            "observations",
            "verdict")) {
      for (ElasticityEstimate estimate :
          analysis.map(AllianceAnalysis::elasticities).orElse(ImmutableList.of())) {
        out.row(
            estimate.kind().name(),
            Integer.toString(estimate.lag()),
            number(estimate.elasticity()),
            number(estimate.ciLow()),
            number(estimate.ciHigh()),
            number(estimate.r2()),
            Integer.toString(estimate.relationships()),
            Integer.toString(estimate.observations()),
            estimate.verdict().name());
      }
    }
    return file;
  }

  private static Path calibrated(PortfolioReport report, Path file) throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file,
            "relationship_id",
            "currency",
            "proportional_uplift",
            "uplift_p10",
            "uplift_p50",
            "uplift_p90",
            "rank_proportional",
            "rank_p50")) {
      for (CalibratedRank rank : calibrated(report)) {
        CalibratedUplift uplift = rank.uplift();
        out.row(
            uplift.relationship().value(),
            uplift.p50().getCurrency().getCurrencyCode(),
            uplift.proportional().map(Formats::money).orElse(""),
            Formats.money(uplift.p10()),
            Formats.money(uplift.p50()),
            Formats.money(uplift.p90()),
            rank(rank.rankProportional()),
            Integer.toString(rank.rankP50()));
      }
    }
    return file;
  }

  private static Path salesProcess(Optional<AllianceAnalysis> analysis, Path file)
      throws IOException {
    try (CsvTableWriter out =
        CsvTableWriter.create(
            file, "measure", "agreed", "none", "difference", "ci_low", "ci_high")) {
      for (GroupComparison row :
          analysis.map(AllianceAnalysis::salesProcess).orElse(ImmutableList.of())) {
        out.row(
            row.measure(),
            number(row.agreed()),
            number(row.none()),
            number(row.difference()),
            number(row.ciLow()),
            number(row.ciHigh()));
      }
    }
    return file;
  }

  /** A statistic with four decimals ({@link Formats#fraction}); empty when absent. */
  public static String number(OptionalDouble value) {
    return value.isPresent() ? Formats.fraction(value.getAsDouble()) : "";
  }

  private static String rank(OptionalInt rank) {
    return rank.isPresent() ? Integer.toString(rank.getAsInt()) : "";
  }
}
