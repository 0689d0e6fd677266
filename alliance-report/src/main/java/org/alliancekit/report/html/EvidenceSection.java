package org.alliancekit.report.html;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.report.EvidenceFiles;
import org.alliancekit.report.Formats;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.ReportRelationship;
import org.alliancekit.scoring.evidence.CalibratedRank;
import org.alliancekit.scoring.evidence.ElasticityEstimate;
import org.alliancekit.scoring.evidence.GroupComparison;
import org.alliancekit.scoring.evidence.ScoreRevenueChange;

/**
 * The values of the page's part on the evidence that best practice drives sales: the estimates of
 * how revenue moved with the score, their scatter, the calibrated ranking beside the proportional
 * one and the sales-process comparison. Every value is put whether or not the report has an
 * analysis.
 */
final class EvidenceSection {
  /** How many relationships of the calibrated ranking the page lists; the file has them all. */
  static final int CALIBRATED_SHOWN = 15;

  private EvidenceSection() {}

  /** Puts the values into {@code context}. */
  static void put(Map<String, Object> context, PortfolioReport report, Charts charts) {
    Optional<AllianceAnalysis> analysis = report.analysis();
    List<Map<String, Object>> estimates = new ArrayList<>();
    for (ElasticityEstimate e :
        analysis.map(AllianceAnalysis::elasticities).orElse(ImmutableList.of())) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("estimate", e.kind().name().toLowerCase(Locale.ROOT));
      row.put("lag", e.lag());
      row.put("defined", e.isDefined());
      row.put("elasticity", percent(e.elasticity()));
      row.put("interval", percent(e.ciLow()) + " to " + percent(e.ciHigh()));
      row.put("r2", e.r2().isPresent() ? Formats.fraction(e.r2().getAsDouble()) : "");
      row.put("relationships", e.relationships());
      row.put("observations", e.observations());
      row.put("verdict", e.verdict().name());
      row.put("reason", e.reason().orElse(""));
      estimates.add(row);
    }
    context.put("elasticityRows", estimates);
    Optional<ElasticityEstimate> pricing = EvidenceFiles.pricing(report);
    context.put(
        "verdictSentence",
        pricing
            .map(
                e ->
                    e.isDefined()
                        ? "Verdict: "
                            + e.verdict().name()
                            + ". One more point of overall score went with "
                            + percent(e.elasticity())
                            + " more alliance revenue in the next half-year, within relationships"
                            + " (90% interval "
                            + percent(e.ciLow())
                            + " to "
                            + percent(e.ciHigh())
                            + ", "
                            + e.relationships()
                            + " relationships)."
                        : "Verdict: INSUFFICIENT_DATA: " + e.reason().orElse("") + ".")
            .orElse(""));
    List<CalibratedRank> calibrated = EvidenceFiles.calibrated(report);
    context.put(
        "rankingRule",
        calibrated.isEmpty()
            ? "The ranking above uses the proportional rule (revenue grows in proportion to the"
                + " score): the portfolio's history cannot support an estimate of its own."
            : "The ranking above uses the proportional rule (revenue grows in proportion to the"
                + " score). Below, the same relationships priced with the portfolio's own lag-1"
                + " within estimate, ranked by the median uplift, with the proportional rank"
                + " beside.");
    Map<RelationshipId, String> names = new HashMap<>();
    for (ReportRelationship r : report.relationships()) {
      names.put(r.id(), r.partnerName());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CalibratedRank rank :
        calibrated.subList(0, Math.min(CALIBRATED_SHOWN, calibrated.size()))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("rank", rank.rankP50());
      row.put("relationship", rank.uplift().relationship().value());
      row.put("partner", names.getOrDefault(rank.uplift().relationship(), ""));
      row.put(
          "proportional", rank.uplift().proportional().map(Formats::moneyForReading).orElse(""));
      row.put("p10", Formats.moneyForReading(rank.uplift().p10()));
      row.put("p50", Formats.moneyForReading(rank.uplift().p50()));
      row.put("p90", Formats.moneyForReading(rank.uplift().p90()));
      row.put(
          "rankProportional",
          rank.rankProportional().isPresent() ? rank.rankProportional().getAsInt() : "");
      row.put("change", rank.change().isPresent() ? move(rank.change().getAsInt()) : "");
      rows.add(row);
    }
    context.put("calibratedRows", rows);
    context.put("calibratedMore", Math.max(0, calibrated.size() - CALIBRATED_SHOWN));
    List<Map<String, Object>> groups = new ArrayList<>();
    for (GroupComparison g :
        analysis.map(AllianceAnalysis::salesProcess).orElse(ImmutableList.of())) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("measure", g.measure().replace('_', ' '));
      row.put("agreed", EvidenceFiles.number(g.agreed()));
      row.put("none", EvidenceFiles.number(g.none()));
      row.put("difference", EvidenceFiles.number(g.difference()));
      row.put(
          "interval",
          g.ciLow().isPresent()
              ? EvidenceFiles.number(g.ciLow()) + " to " + EvidenceFiles.number(g.ciHigh())
              : "");
      row.put("groups", g.agreedRelationships() + " / " + g.noneRelationships());
      groups.add(row);
    }
    context.put("salesProcessRows", groups);
    context.put(
        "evidenceChart",
        analysis.isPresent() && pricing.isPresent() && pricing.get().isDefined()
            ? charts.evidence(
                ScoreRevenueChange.of(analysis.get().panel()),
                pricing.get().slope().getAsDouble(),
                Math.log1p(pricing.get().ciLow().getAsDouble() / 100),
                Math.log1p(pricing.get().ciHigh().getAsDouble() / 100))
            : "");
  }

  /** A move in rank: {@code +2} up, {@code -3} down, {@code 0} for none. */
  private static String move(int places) {
    return places == 0 ? "0" : String.format(Locale.ROOT, "%+d", places);
  }

  private static String percent(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f%%", value.getAsDouble()) : "";
  }
}
