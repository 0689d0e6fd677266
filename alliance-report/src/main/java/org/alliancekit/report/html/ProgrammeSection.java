package org.alliancekit.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.attribution.stacking.SolutionStack;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.programme.PartnerMatch;
import org.alliancekit.programme.Payout;
import org.alliancekit.programme.ProgrammeAnalysis;
import org.alliancekit.programme.SegmentCoverage;
import org.alliancekit.programme.SolutionResult;
import org.alliancekit.programme.TierQualification;
import org.alliancekit.report.Formats;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.ProgrammeFiles;
import org.alliancekit.report.ReportRelationship;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The part of the page's context that shows the partner programme of the report's analysis ({@link
 * AllianceAnalysis#programme()}): each partner's tier standing with those at risk marked, the
 * payouts with their totals per currency, segment coverage with white space marked, the partner
 * matches for open direct deals, and the results of each solution against the deals that name none,
 * with a chart of the latter. Every value is put in the context whether or not there is a
 * programme, so the template's section is always there.
 */
final class ProgrammeSection {
  /** The label of the deals that name no solution, in the table and the chart. */
  static final String NO_SOLUTION = "no solution";

  private ProgrammeSection() {}

  /** Puts the values of the programme section into {@code context}. */
  static void put(Map<String, Object> context, PortfolioReport report, Charts charts) {
    Optional<AllianceAnalysis> analysis = report.analysis();
    Optional<ProgrammeAnalysis> found = analysis.flatMap(AllianceAnalysis::programme);
    context.put("programmeShown", found.isPresent());
    context.put(
        "programmeMissing",
        analysis.isEmpty()
            ? "Nothing to analyse: no portfolio with a dated record was read, so there is no as-of"
                + " date to analyse the records on."
            : "The partner programme could not be analysed; the reason is in the problems below.");
    ProgrammeAnalysis programme = found.orElse(null);
    Map<PartnerId, String> names = new HashMap<>();
    for (ReportRelationship r : report.relationships()) {
      names.put(r.row().relationship().partner(), r.partnerName());
    }
    Map<String, String> solutionNames = new HashMap<>();
    for (SolutionStack stack :
        analysis.<List<SolutionStack>>map(AllianceAnalysis::valueStacks).orElse(List.of())) {
      solutionNames.putIfAbsent(stack.solution().value(), stack.name());
    }
    tiers(context, programme, names);
    payouts(context, programme, names);
    coverage(context, programme, names);
    matches(context, programme, names);
    solutions(context, programme, solutionNames, charts);
  }

  private static void tiers(
      Map<String, Object> context, ProgrammeAnalysis programme, Map<PartnerId, String> names) {
    List<TierQualification> standings = programme == null ? List.of() : programme.qualifications();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TierQualification q : limit(standings)) {
      rows.add(
          row(
              "id", q.partner().value(),
              "partner", name(q.partner(), names),
              "assigned", q.assignedTier().orElse(""),
              "qualified", q.qualifiedTier().orElse("none"),
              "next", q.nextTier().orElse(""),
              "missing", q.missingText(),
              "atRisk", q.atRisk()));
    }
    context.put("tierRows", rows);
    context.put("tiersMore", Math.max(0, standings.size() - HtmlReport.MAX_ROWS));
    context.put("tiersAtRisk", programme == null ? 0 : programme.atRisk().size());
  }

  private static void payouts(
      Map<String, Object> context, ProgrammeAnalysis programme, Map<PartnerId, String> names) {
    List<Payout> payouts = programme == null ? List.of() : programme.payouts();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Payout p : limit(payouts)) {
      rows.add(
          row(
              "partner", name(p.partner(), names),
              "programme", p.programme(),
              "kind", Charts.label(p.kind()),
              "quarter", p.quarter().toString(),
              "currency", p.currency().getCurrencyCode(),
              "basis", Formats.money(p.basis()),
              "rate", p.ratePercent().toPlainString() + "%",
              "amount", Formats.money(p.amount())));
    }
    context.put("payoutRows", rows);
    context.put("payoutsMore", Math.max(0, payouts.size() - HtmlReport.MAX_ROWS));
    List<Map<String, Object>> totals = new ArrayList<>();
    if (programme != null) {
      programme
          .payoutTotals()
          .forEach(
              (currency, total) ->
                  totals.add(
                      row(
                          "currency", currency.getCurrencyCode(),
                          "amount", Formats.money(total))));
    }
    context.put("payoutTotals", totals);
  }

  private static void coverage(
      Map<String, Object> context, ProgrammeAnalysis programme, Map<PartnerId, String> names) {
    List<SegmentCoverage> coverage = programme == null ? List.of() : programme.coverage();
    List<Map<String, Object>> rows = new ArrayList<>();
    int whiteSpace = 0;
    for (SegmentCoverage c : coverage) {
      whiteSpace += c.whiteSpace() ? 1 : 0;
    }
    for (SegmentCoverage c : limit(coverage)) {
      List<String> partners = new ArrayList<>();
      for (PartnerId partner : c.partners()) {
        partners.add(name(partner, names));
      }
      rows.add(
          row(
              "segment", c.segment().segment().orElse(""),
              "industry", c.segment().industry().orElse(""),
              "country", c.segment().country().map(CountryCode::alpha2).orElse(""),
              "count", Integer.toString(c.partners().size()),
              "partners", String.join(", ", partners),
              "partnerWon", Formats.moneyForReading(c.partnerWon()),
              "directWon", Formats.moneyForReading(c.directWon()),
              "whiteSpace", c.whiteSpace()));
    }
    context.put("coverageRows", rows);
    context.put("coverageMore", Math.max(0, coverage.size() - HtmlReport.MAX_ROWS));
    context.put("whiteSpaceCount", whiteSpace);
  }

  private static void matches(
      Map<String, Object> context, ProgrammeAnalysis programme, Map<PartnerId, String> names) {
    List<PartnerMatch> matches =
        programme == null ? List.of() : ProgrammeFiles.byAccount(programme);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PartnerMatch m : limit(matches)) {
      rows.add(
          row(
              "account", m.account().value(),
              "rank", Integer.toString(m.rank()),
              "partner", name(m.partner(), names),
              "score", Integer.toString(m.score()),
              "reasons", m.reasonsText()));
    }
    context.put("matchRows", rows);
    context.put("matchesMore", Math.max(0, matches.size() - HtmlReport.MAX_ROWS));
    context.put("matchedAccounts", matches.stream().map(PartnerMatch::account).distinct().count());
  }

  private static void solutions(
      Map<String, Object> context,
      ProgrammeAnalysis programme,
      Map<String, String> solutionNames,
      Charts charts) {
    List<SolutionResult> results = programme == null ? List.of() : programme.solutionResults();
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, SolutionResult> drawn = new LinkedHashMap<>();
    for (SolutionResult r : results) {
      String label =
          r.solution()
              .map(s -> solutionNames.getOrDefault(s.value(), s.value()))
              .orElse(NO_SOLUTION);
      if (drawn.size() < AnalysisSections.MAX_STACKED || r.solution().isEmpty()) {
        drawn.putIfAbsent(label, r);
      }
      rows.add(
          row(
              "solution", label,
              "none", r.solution().isEmpty(),
              "deals", Integer.toString(r.deals()),
              "won", Integer.toString(r.won()),
              "lost", Integer.toString(r.lost()),
              "rate", r.winRate().map(w -> Formats.percent(w.doubleValue())).orElse(""),
              "revenue", Formats.moneyForReading(r.wonRevenue()),
              "average", r.averageWon().map(Formats::moneyForReading).orElse(""),
              "days", r.averageCycleDays().map(BigDecimal::toPlainString).orElse(""),
              "partners", Integer.toString(r.teamingPartners())));
    }
    context.put("solutionRows", limit(rows));
    context.put("solutionsMore", Math.max(0, rows.size() - HtmlReport.MAX_ROWS));
    context.put(
        "solutionChart",
        drawn.isEmpty()
            ? ""
            : chart(drawn, results.get(0).wonRevenue().getCurrency().getCurrencyCode(), charts));
  }

  /**
   * Win rate (top, percent) and average won deal (bottom) of each solution's deals and of the deals
   * that name none, one bar each.
   */
  private static String chart(Map<String, SolutionResult> results, String currency, Charts charts) {
    DefaultCategoryDataset rates = new DefaultCategoryDataset();
    DefaultCategoryDataset averages = new DefaultCategoryDataset();
    results.forEach(
        (label, r) -> {
          rates.addValue(r.winRate().map(w -> w.doubleValue() * 100).orElse(null), "deals", label);
          averages.addValue(
              r.averageWon().map(a -> Formats.number(a).doubleValue()).orElse(null),
              "deals",
              label);
        });
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis("solution"));
    plot.setGap(14);
    NumberAxis rateAxis = new NumberAxis("win rate (%)");
    rateAxis.setRange(0, 115);
    plot.add(Charts.subplot(rates, rateAxis, "0", false), 1);
    plot.add(
        Charts.subplot(
            averages, new NumberAxis("average won deal (" + currency + ")"), "#,##0", false),
        1);
    JFreeChart chart =
        new JFreeChart(
            "Solutions as teaming catalysts: each solution against deals with no solution",
            Charts.TITLE,
            plot,
            false);
    Charts.style(chart, Charts.TITLE);
    return charts.svg(chart, 860, 560);
  }

  private static String name(PartnerId partner, Map<PartnerId, String> names) {
    return names.getOrDefault(partner, partner.value());
  }

  private static <T> List<T> limit(List<T> list) {
    return list.subList(0, Math.min(HtmlReport.MAX_ROWS, list.size()));
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
