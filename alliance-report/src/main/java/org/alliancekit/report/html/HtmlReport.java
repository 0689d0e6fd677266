package org.alliancekit.report.html;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.pipeline.comparison.Pointer;
import org.alliancekit.report.Formats;
import org.alliancekit.report.GapRow;
import org.alliancekit.report.PartnerAttribution;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.QuarterForecast;
import org.alliancekit.report.RelationshipScore;
import org.alliancekit.report.ReportRelationship;
import org.alliancekit.report.VentureComparison;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Renders a {@link PortfolioReport} as one self-contained HTML page: styles inline, charts as
 * inline SVG drawn by JFreeChart without a display, one small inline script (sorting the findings
 * by severity) and nothing loaded from the network, so the file can be mailed or opened offline.
 *
 * <p>The page shows a summary, the ranking by sales potential (chart and table), the portfolio
 * quadrant of score against revenue, a radar of the five areas for each scored relationship (up to
 * {@value #MAX_RADARS}, those with the largest uplift first), the pipeline by stage and quarter and
 * the forecast, partner credit, the largest perception gaps, the joint-venture pipeline comparison
 * (or why there is none), the scores, then the report's {@linkplain PortfolioReport#analysis()
 * analysis} as of its date: declared against observed sales motions, findings, registration
 * decisions, velocity by route to market, value stacked on each solution, half-year score trends
 * and the evidence that the score goes with revenue, joint planning (plan attainment against
 * target, budget cycles, a fund waterfall and refusals, push and pull campaigns, mind-share over
 * time) and the partner programme (tiers, payouts, segment coverage, partner matches and solution
 * results), each section saying so when there is no analysis, and last the problems met.
 *
 * <p>Every value that comes from the data is escaped for HTML by the template engine (Pebble, with
 * automatic escaping on), and chart text by the SVG writer, so a partner named {@code
 * <script>alert(1)</script>} shows as that text. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HtmlReport {
  /** The most relationships that get a radar chart. */
  public static final int MAX_RADARS = 60;

  /** The most relationships in the ranking chart. */
  public static final int MAX_RANKED = 20;

  /** The most rows of a table on the page; the CSV files have them all. */
  public static final int MAX_ROWS = 200;

  /** The most perception gaps listed. */
  public static final int MAX_GAPS = 25;

  /** The most relationships in the quadrant, those with the largest uplift. */
  public static final int MAX_BUBBLES = 500;

  /** The most bubbles named in the quadrant. */
  private static final int LABELLED_BUBBLES = 10;

  private static final PebbleEngine ENGINE = engine();

  private HtmlReport() {}

  private static PebbleEngine engine() {
    ClasspathLoader loader = new ClasspathLoader(HtmlReport.class.getClassLoader());
    loader.setPrefix("org/alliancekit/report/html");
    loader.setSuffix(".peb");
    return new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .defaultEscapingStrategy("html")
        .strictVariables(true)
        .newLineTrimming(false)
        .build();
  }

  /** Returns the page of the report. */
  public static String render(PortfolioReport report) {
    checkNotNull(report, "report");
    PebbleTemplate template = ENGINE.getTemplate("report");
    StringWriter out = new StringWriter();
    try {
      template.evaluate(out, context(report), Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the page of the report to {@code file} as UTF-8 and returns the file.
   *
   * @throws IOException if the file cannot be written
   */
  public static Path write(PortfolioReport report, Path file) throws IOException {
    String page = render(report);
    Files.writeString(checkNotNull(file, "file"), page, UTF_8);
    return file;
  }

  private static Map<String, Object> context(PortfolioReport report) {
    Charts charts = new Charts();
    String currency = report.currency().getCurrencyCode();
    Map<String, Object> context = new HashMap<>();
    context.put("currency", currency);

    List<ReportRelationship> ranking = report.ranking();
    List<ReportRelationship> inReportCurrency =
        ranking.stream().filter(r -> r.rankedIn().orElseThrow().equals(report.currency())).toList();
    long errors = report.problems().stream().filter(p -> !p.isWarning()).count();
    context.put(
        "summary",
        List.of(
            pair(
                "Relationships",
                report.relationships().size() + " (" + report.scored() + " scored)"),
            pair("Partners", Integer.toString(report.partners())),
            pair("Assessments", Integer.toString(report.assessments())),
            pair("Opportunities", Integer.toString(report.opportunities())),
            pair("Report currency", currency),
            pair("Analysis", AnalysisSections.dates(report)),
            pair(
                "Total uplift",
                Formats.moneyForReading(sum(inReportCurrency, report))
                    + " over "
                    + inReportCurrency.size()
                    + " relationships"),
            pair(
                "Problems",
                report.problems().size()
                    + " ("
                    + errors
                    + (errors == 1 ? " error" : " errors")
                    + ")")));

    context.put(
        "rankingChart",
        inReportCurrency.isEmpty()
            ? ""
            : charts.ranking(
                inReportCurrency.subList(0, Math.min(MAX_RANKED, inReportCurrency.size())),
                currency));
    List<Map<String, Object>> rankingRows = new ArrayList<>();
    for (ReportRelationship r : ranking.subList(0, Math.min(MAX_ROWS, ranking.size()))) {
      RelationshipScore score = r.score().orElseThrow();
      rankingRows.add(
          row(
              "rank",
                  r.rank().getAsInt()
                      + (r.rankedIn().orElseThrow().equals(report.currency())
                          ? ""
                          : " in " + r.rankedIn().orElseThrow().getCurrencyCode()),
              "id", r.id().value(),
              "partner", r.partnerName(),
              "score", Formats.percent(score.overall()),
              "attainable", Formats.percent(score.attainable()),
              "revenue", Formats.moneyForReading(r.row().allianceRevenue()),
              "uplift", r.uplift().map(Formats::moneyForReading).orElse(""),
              "converted", r.upliftConverted().map(Formats::moneyForReading).orElse("")));
    }
    context.put("rankingRows", rankingRows);
    context.put("rankingMore", Math.max(0, ranking.size() - MAX_ROWS));

    List<ReportRelationship> bubbles =
        report.relationships().stream()
            .filter(r -> r.score().isPresent() && r.revenueConverted().isPresent())
            .sorted(
                Comparator.comparing(
                        (ReportRelationship r) ->
                            r.upliftConverted().map(Formats::number).orElse(BigDecimal.ZERO))
                    .reversed())
            .toList();
    context.put(
        "quadrantChart",
        bubbles.isEmpty()
            ? ""
            : charts.quadrant(
                bubbles.subList(0, Math.min(MAX_BUBBLES, bubbles.size())),
                currency,
                LABELLED_BUBBLES));
    context.put("quadrantMore", Math.max(0, bubbles.size() - MAX_BUBBLES));

    List<ReportRelationship> radarOrder = new ArrayList<>(ranking);
    for (ReportRelationship r : report.relationships()) {
      if (r.score().isPresent() && r.rank().isEmpty()) {
        radarOrder.add(r);
      }
    }
    List<String> radars = new ArrayList<>();
    for (ReportRelationship r : radarOrder.subList(0, Math.min(MAX_RADARS, radarOrder.size()))) {
      radars.add(charts.radar(r));
    }
    context.put("radars", radars);
    context.put("radarsMore", Math.max(0, radarOrder.size() - MAX_RADARS));

    Map<String, Map<String, MonetaryAmount>> pipeline = new LinkedHashMap<>();
    report.pipeline().rowMap().forEach((quarter, byStage) -> pipeline.put(quarter, byStage));
    context.put("pipelineChart", pipeline.isEmpty() ? "" : charts.pipeline(pipeline, currency));
    context.put("notes", report.notes());
    List<Map<String, Object>> forecastRows = new ArrayList<>();
    for (QuarterForecast q : report.forecast()) {
      forecastRows.add(
          row(
              "period", q.quarter(),
              "currency", q.figures().currency().getCurrencyCode(),
              "count", Long.toString(q.figures().count()),
              "open", Formats.moneyForReading(q.figures().open()),
              "weighted", Formats.moneyForReading(q.figures().weighted()),
              "won", Formats.moneyForReading(q.figures().won())));
    }
    context.put("forecastRows", forecastRows);

    List<Map<String, Object>> attributionRows = new ArrayList<>();
    for (PartnerAttribution a :
        report.attribution().subList(0, Math.min(MAX_ROWS, report.attribution().size()))) {
      attributionRows.add(
          row(
              "partner", a.name(),
              "id", a.partner().value(),
              "sourced", a.sourcedWon() + " / " + Formats.moneyForReading(a.sourcedRevenue()),
              "influenced",
                  a.influencedWon() + " / " + Formats.moneyForReading(a.influencedRevenue()),
              "attributed", Formats.moneyForReading(a.attributedRevenue())));
    }
    context.put("attributionRows", attributionRows);

    Map<String, String> partnerNames = new HashMap<>();
    for (ReportRelationship r : report.relationships()) {
      partnerNames.put(r.id().value(), r.partnerName());
    }
    List<GapRow> factorGaps =
        report.gaps().stream()
            .filter(g -> g.factor().isPresent())
            .sorted(
                Comparator.comparingDouble((GapRow g) -> Math.abs(g.gap()))
                    .reversed()
                    .thenComparing(g -> g.relationship().value()))
            .toList();
    List<Map<String, Object>> gapRows = new ArrayList<>();
    for (GapRow g : factorGaps.subList(0, Math.min(MAX_GAPS, factorGaps.size()))) {
      gapRows.add(
          row(
              "id", g.relationship().value(),
              "partner", partnerNames.getOrDefault(g.relationship().value(), ""),
              "area", Charts.areaName(g.area()),
              "factor", g.factor().orElseThrow(),
              "host", Formats.percent(g.host()),
              "partnerView", Formats.percent(g.partner()),
              "gap", signedPoints(g.gap())));
    }
    context.put("gapRows", gapRows);

    List<Map<String, Object>> ventures = new ArrayList<>();
    for (VentureComparison v : report.ventures()) {
      List<String> pointers = new ArrayList<>();
      for (Pointer pointer : v.overlap().pointers()) {
        pointers.add(pointer.message());
      }
      ventures.add(
          row(
              "name", v.name(),
              "id", v.venture().value(),
              "parents", parents(v),
              "inferred", v.parentsInferred(),
              "chart", charts.venture(v, currency),
              "pointers", pointers));
    }
    context.put("ventures", ventures);
    context.put("ventureNotes", report.ventureNotes());

    List<Map<String, Object>> scoreRows = new ArrayList<>();
    for (ReportRelationship r :
        report.relationships().subList(0, Math.min(MAX_ROWS, report.relationships().size()))) {
      Map<String, Object> cells = new LinkedHashMap<>();
      cells.put("id", r.id().value());
      cells.put("partner", r.partnerName());
      cells.put("overall", r.score().map(s -> Formats.percent(s.overall())).orElse(""));
      List<String> areas = new ArrayList<>();
      for (FactorCategory category : FactorCategory.values()) {
        areas.add(r.score().flatMap(s -> s.area(category)).map(Formats::percent).orElse(""));
      }
      cells.put("areas", areas);
      cells.put("coverage", r.score().map(s -> Formats.percent(s.coverage())).orElse(""));
      scoreRows.add(cells);
    }
    List<String> areaNames = new ArrayList<>();
    for (FactorCategory category : FactorCategory.values()) {
      areaNames.add(Charts.areaName(category));
    }
    context.put("areaNames", areaNames);
    context.put("scoreRows", scoreRows);
    context.put("scoresMore", Math.max(0, report.relationships().size() - MAX_ROWS));

    AnalysisSections.put(context, report, charts);
    EvidenceSection.put(context, report, charts);
    PlanningSection.put(context, report, charts);
    ProgrammeSection.put(context, report, charts);

    List<Map<String, Object>> problemRows = new ArrayList<>();
    for (Problem p : report.problems().subList(0, Math.min(MAX_ROWS, report.problems().size()))) {
      problemRows.add(
          row(
              "file", p.file(),
              "line", p.line() == 0 ? "" : Long.toString(p.line()),
              "column", p.column(),
              "kind", p.isWarning() ? "warning" : "error",
              "reason", p.message()));
    }
    context.put("problemRows", problemRows);
    context.put("problemsMore", Math.max(0, report.problems().size() - MAX_ROWS));
    return context;
  }

  private static MonetaryAmount sum(
      List<ReportRelationship> relationships, PortfolioReport report) {
    BigDecimal total = BigDecimal.ZERO;
    for (ReportRelationship r : relationships) {
      total = total.add(Formats.number(r.upliftConverted().orElseThrow()));
    }
    return Money.of(total, report.currency());
  }

  private static String parents(VentureComparison venture) {
    List<String> parents = new ArrayList<>();
    for (int i = 0; i < venture.parents().size(); i++) {
      parents.add(venture.parentNames().get(i) + " (" + venture.parents().get(i) + ")");
    }
    return String.join(", ", parents);
  }

  private static String signedPoints(double gap) {
    String points = Formats.percent(Math.abs(gap)).replace("%", "");
    return (gap > 0 ? "+" : gap < 0 ? "-" : "") + points + " pts";
  }

  private static Map<String, Object> pair(String label, String value) {
    return ImmutableMap.of("label", label, "value", value);
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
