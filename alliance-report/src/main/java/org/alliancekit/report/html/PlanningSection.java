package org.alliancekit.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import javax.money.MonetaryAmount;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.planning.BudgetCycleAlignment;
import org.alliancekit.planning.BudgetCycles;
import org.alliancekit.planning.CampaignResult;
import org.alliancekit.planning.FundLedger;
import org.alliancekit.planning.FundRefusal;
import org.alliancekit.planning.JointPlanningResult;
import org.alliancekit.planning.ObjectiveAttainment;
import org.alliancekit.planning.PushPullComparison;
import org.alliancekit.planning.SurveyResult;
import org.alliancekit.report.Formats;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.ReportRelationship;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The part of the page's context that shows the analysis's joint planning and marketing ({@link
 * AllianceAnalysis#planning()}): plan attainment against target (chart and table), budget cycles
 * with the next joint deadline, the fund ledgers (a waterfall from budget to remaining, and the
 * refusals), campaign results with push against pull per relationship, and mind-share over time
 * with the surveys that followed a push campaign marked. Every value is put in the context whether
 * or not there is an analysis, so the template's section is always there.
 */
final class PlanningSection {
  /** The most relationships drawn in the mind-share chart. */
  static final int MAX_MINDSHARE_LINES = 10;

  /** The most budgets drawn in the fund waterfall of one currency. */
  static final int MAX_FUND_BARS = 10;

  /** The most objectives drawn in the attainment chart. */
  static final int MAX_OBJECTIVE_BARS = 30;

  /** The steps of the fund waterfall, in order. */
  static final List<String> FUND_STEPS =
      List.of("budget", "approved requests", "approved claims", "paid", "remaining");

  private static final long DAY_MILLIS = 86_400_000L;

  private PlanningSection() {}

  /** Puts the values of the joint planning section into {@code context}. */
  static void put(Map<String, Object> context, PortfolioReport report, Charts charts) {
    JointPlanningResult planning = report.analysis().map(AllianceAnalysis::planning).orElse(null);
    Map<PartnerId, String> names = new HashMap<>();
    for (ReportRelationship r : report.relationships()) {
      names.put(r.row().relationship().partner(), r.partnerName());
    }
    attainment(context, planning, charts);
    budgetCycles(context, planning, names);
    funds(context, planning, charts);
    campaigns(context, planning);
    mindShare(context, planning, charts);
  }

  private static void attainment(
      Map<String, Object> context, JointPlanningResult planning, Charts charts) {
    List<ObjectiveAttainment> rows = planning == null ? List.of() : planning.attainment();
    List<Map<String, Object>> table = new ArrayList<>();
    for (ObjectiveAttainment a : AnalysisSections.limit(rows)) {
      table.add(
          AnalysisSections.row(
              "plan", a.plan().value(),
              "relationship", a.relationship().value(),
              "objective", a.objective().value(),
              "metric", Charts.label(a.metric()),
              "party", a.party().map(PartnerId::value).orElse("joint"),
              "target", amount(a.target(), a),
              "actual", amount(a.actual(), a),
              "attainment", Formats.percent(a.attainment().doubleValue()),
              "projected", amount(a.projected(), a),
              "status", a.status().name(),
              "statusLabel", Charts.label(a.status())));
    }
    context.put("planningAttainmentRows", table);
    context.put("planningAttainmentMore", Math.max(0, rows.size() - HtmlReport.MAX_ROWS));
    context.put(
        "planningAttainmentChart",
        rows.isEmpty()
            ? ""
            : attainmentChart(rows.subList(0, Math.min(MAX_OBJECTIVE_BARS, rows.size())), charts));
  }

  /** A target, actual or projection with the objective's currency when it has one. */
  private static String amount(BigDecimal value, ObjectiveAttainment a) {
    return a.currency().map(c -> c.getCurrencyCode() + " ").orElse("") + value.toPlainString();
  }

  /**
   * Each objective's actual and projection as a percentage of its target, as horizontal bars, with
   * a dashed line at 100% (the target) and one at 80% (at risk below it).
   */
  private static String attainmentChart(List<ObjectiveAttainment> rows, Charts charts) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (ObjectiveAttainment a : rows) {
      String label = a.plan().value() + " / " + a.objective().value();
      dataset.addValue(ofTarget(a.actual(), a.target()), "actual so far", label);
      dataset.addValue(ofTarget(a.projected(), a.target()), "projected to the period's end", label);
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Plan objectives: actual and projection against target",
            null,
            "% of target",
            dataset,
            PlotOrientation.HORIZONTAL,
            true,
            false,
            false);
    Charts.style(chart, Charts.TITLE);
    CategoryPlot plot = chart.getCategoryPlot();
    Charts.bars((BarRenderer) plot.getRenderer());
    plot.getDomainAxis().setTickLabelFont(Charts.LABEL);
    ValueMarker target = Charts.marker(100);
    target.setLabel("target");
    target.setLabelFont(Charts.LABEL);
    target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    target.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    plot.addRangeMarker(target);
    plot.addRangeMarker(Charts.marker(80));
    return charts.svg(chart, 860, 140 + 34 * rows.size());
  }

  private static double ofTarget(BigDecimal value, BigDecimal target) {
    return value.doubleValue() * 100 / target.doubleValue();
  }

  private static void budgetCycles(
      Map<String, Object> context, JointPlanningResult planning, Map<PartnerId, String> names) {
    List<BudgetCycleAlignment> cycles = planning == null ? List.of() : planning.budgetCycles();
    List<BudgetCycleAlignment> misaligned =
        planning == null ? List.of() : planning.misalignedCycles();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (BudgetCycleAlignment c : AnalysisSections.limit(misaligned)) {
      rows.add(
          AnalysisSections.row(
              "relationship", c.relationship().value(),
              "host", month(c.hostFiscalStart()),
              "partner", month(c.partnerFiscalStart()),
              "offset", Integer.toString(c.offsetMonths()),
              "deadline", c.nextJointDeadline().toString(),
              "passed", !c.nextJointDeadline().isAfter(planning.asOf())));
    }
    context.put("planningCycleRows", rows);
    context.put("planningCyclesMore", Math.max(0, misaligned.size() - HtmlReport.MAX_ROWS));
    context.put("planningCycleCount", cycles.size());
    context.put("planningCyclesAligned", cycles.size() - misaligned.size());
    context.put("planningLeadMonths", BudgetCycles.DEFAULT_LEAD_MONTHS);
  }

  private static String month(java.time.Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static void funds(
      Map<String, Object> context, JointPlanningResult planning, Charts charts) {
    List<FundLedger> ledgers = planning == null ? List.of() : planning.funds();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FundLedger l : AnalysisSections.limit(ledgers)) {
      rows.add(
          AnalysisSections.row(
              "budget", l.budget().value(),
              "relationship", l.relationship().value(),
              "party", l.party().value(),
              "currency", l.currency().getCurrencyCode(),
              "amount", Formats.money(l.amount()),
              "requests", Formats.money(l.approvedRequests()),
              "claims", Formats.money(l.approvedClaims()),
              "paid", Formats.money(l.paid()),
              "remaining", Formats.money(l.remaining()),
              "refused", Integer.toString(l.refusals().size())));
    }
    context.put("planningFundRows", rows);
    context.put("planningFundsMore", Math.max(0, ledgers.size() - HtmlReport.MAX_ROWS));
    List<FundRefusal> refusals = planning == null ? List.of() : planning.refusals();
    List<Map<String, Object>> refused = new ArrayList<>();
    for (FundRefusal r : AnalysisSections.limit(refusals)) {
      refused.add(
          AnalysisSections.row(
              "budget", r.budget().value(),
              "kind", r.kind(),
              "id", r.id(),
              "date", r.date().toString(),
              "amount", Formats.moneyForReading(r.amount()),
              "reason", r.reason()));
    }
    context.put("planningRefusalRows", refused);
    // Currency code (in code order) -> budget label -> step -> amount.
    Map<String, Map<String, Map<String, MonetaryAmount>>> byCurrency = new TreeMap<>();
    for (FundLedger l : ledgers) {
      Map<String, Map<String, MonetaryAmount>> inCurrency =
          byCurrency.computeIfAbsent(l.currency().getCurrencyCode(), c -> new LinkedHashMap<>());
      if (inCurrency.size() < MAX_FUND_BARS) {
        Map<String, MonetaryAmount> steps = new LinkedHashMap<>();
        steps.put(FUND_STEPS.get(0), l.amount());
        steps.put(FUND_STEPS.get(1), l.approvedRequests());
        steps.put(FUND_STEPS.get(2), l.approvedClaims());
        steps.put(FUND_STEPS.get(3), l.paid());
        steps.put(FUND_STEPS.get(4), l.remaining());
        inCurrency.put(l.budget().value() + " (" + l.party().value() + ")", steps);
      }
    }
    List<String> waterfalls = new ArrayList<>();
    byCurrency.forEach((currency, budgets) -> waterfalls.add(waterfall(budgets, currency, charts)));
    context.put("planningFundCharts", waterfalls);
  }

  /**
   * The ledgers of one currency from budget to remaining: one group of bars per step, one bar per
   * budget.
   */
  private static String waterfall(
      Map<String, Map<String, MonetaryAmount>> budgets, String currency, Charts charts) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    budgets.forEach(
        (budget, steps) ->
            steps.forEach((step, amount) -> dataset.addValue(Charts.number(amount), budget, step)));
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Joint marketing funds in " + currency + ": from budget to remaining",
            null,
            "amount (" + currency + ")",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    Charts.style(chart, Charts.TITLE);
    Charts.bars((BarRenderer) chart.getCategoryPlot().getRenderer());
    chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
    return charts.svg(chart, 860, 380);
  }

  private static void campaigns(Map<String, Object> context, JointPlanningResult planning) {
    List<CampaignResult> results = planning == null ? List.of() : planning.campaigns();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CampaignResult c : AnalysisSections.limit(results)) {
      rows.add(
          AnalysisSections.row(
              "campaign", c.campaign().value(),
              "relationship", c.relationship().value(),
              "kind", c.kind().name(),
              "cost", Formats.moneyForReading(c.cost()),
              "leads", Integer.toString(c.leads()),
              "opportunities", Integer.toString(c.opportunities()),
              "pipeline", Formats.moneyForReading(c.pipeline()),
              "won", Formats.moneyForReading(c.won()),
              "costPerLead", c.costPerLead().map(Formats::moneyForReading).orElse(""),
              "return", returnOnCost(c.returnOnCost())));
    }
    context.put("planningCampaignRows", rows);
    context.put("planningCampaignsMore", Math.max(0, results.size() - HtmlReport.MAX_ROWS));
    List<PushPullComparison> pushPull = planning == null ? List.of() : planning.pushPull();
    List<Map<String, Object>> compared = new ArrayList<>();
    for (PushPullComparison p : AnalysisSections.limit(pushPull)) {
      compared.add(
          AnalysisSections.row(
              "relationship", p.relationship().value(),
              "kind", p.kind().name(),
              "campaigns", Integer.toString(p.campaigns()),
              "cost", Formats.moneyForReading(p.cost()),
              "leads", Integer.toString(p.leads()),
              "opportunities", Integer.toString(p.opportunities()),
              "pipeline", Formats.moneyForReading(p.pipeline()),
              "won", Formats.moneyForReading(p.won()),
              "costPerLead", p.costPerLead().map(Formats::moneyForReading).orElse(""),
              "return", returnOnCost(p.returnOnCost())));
    }
    context.put("planningPushPullRows", compared);
  }

  /** A return such as 10.6525 as {@code 1065.3%}; empty when there is none. */
  private static String returnOnCost(Optional<BigDecimal> value) {
    return value.map(v -> Formats.percent(v.doubleValue())).orElse("");
  }

  private static void mindShare(
      Map<String, Object> context, JointPlanningResult planning, Charts charts) {
    List<SurveyResult> surveys = planning == null ? List.of() : planning.mindShare();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SurveyResult s : AnalysisSections.limit(surveys)) {
      boolean compared = s.previous().isPresent();
      rows.add(
          AnalysisSections.row(
              "relationship", s.relationship().value(),
              "survey", s.survey().value(),
              "date", s.date().toString(),
              "respondents", Integer.toString(s.respondents()),
              "index", s.index().toPlainString(),
              "change", s.change().map(PlanningSection::signed).orElse(""),
              "p", s.pValue().map(Formats::fraction).orElse(""),
              "significant", compared ? (s.significant() ? "yes" : "no") : "",
              "afterPush", compared ? (s.afterPushCampaign() ? "yes" : "no") : ""));
    }
    context.put("planningMindShareRows", rows);
    context.put("planningMindShareMore", Math.max(0, surveys.size() - HtmlReport.MAX_ROWS));
    context.put("planningMindShareChart", surveys.isEmpty() ? "" : mindShareChart(surveys, charts));
  }

  private static String signed(BigDecimal change) {
    return (change.signum() > 0 ? "+" : "") + change.toPlainString();
  }

  /**
   * Each relationship's mind-share index by survey date, one line per relationship (the first
   * {@value #MAX_MINDSHARE_LINES} in relationship id order), the time since the previous survey
   * shaded where a push campaign ended in it. Dates are placed in UTC, so the drawing does not
   * depend on the machine's time zone.
   */
  private static String mindShareChart(List<SurveyResult> surveys, Charts charts) {
    Map<RelationshipId, XYSeries> lines = new TreeMap<>();
    Map<RelationshipId, LocalDate> previous = new HashMap<>();
    List<IntervalMarker> pushes = new ArrayList<>();
    for (SurveyResult s : surveys) {
      XYSeries line = lines.get(s.relationship());
      if (line == null) {
        if (lines.size() >= MAX_MINDSHARE_LINES) {
          continue;
        }
        line = new XYSeries(s.relationship().value(), true, false);
        lines.put(s.relationship(), line);
      }
      line.add(millis(s.date()), s.index().doubleValue());
      LocalDate before = previous.put(s.relationship(), s.date());
      if (s.afterPushCampaign() && before != null) {
        IntervalMarker push = new IntervalMarker(millis(before), millis(s.date()));
        push.setPaint(new Color(0xFF, 0x7F, 0x0E, 0x30));
        push.setLabel("push campaign ended");
        push.setLabelFont(Charts.LABEL);
        push.setLabelAnchor(RectangleAnchor.TOP);
        push.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        pushes.add(push);
      }
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    lines.values().forEach(dataset::addSeries);
    JFreeChart chart =
        ChartFactory.createTimeSeriesChart(
            "Mind-share index by survey; shaded: a push campaign ended since the survey before",
            "survey date",
            "mind-share index (0 to 100)",
            dataset,
            true,
            false,
            false);
    Charts.style(chart, Charts.TITLE);
    XYPlot plot = chart.getXYPlot();
    DateAxis dates = (DateAxis) plot.getDomainAxis();
    TimeZone utc = TimeZone.getTimeZone("UTC");
    dates.setTimeZone(utc);
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
    format.setTimeZone(utc);
    dates.setDateFormatOverride(format);
    dates.setLowerMargin(0.05);
    dates.setUpperMargin(0.05);
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < Charts.PALETTE.length; i++) {
      renderer.setSeriesPaint(i, Charts.PALETTE[i]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    for (IntervalMarker push : pushes) {
      plot.addDomainMarker(push, Layer.BACKGROUND);
    }
    return charts.svg(chart, 860, 420);
  }

  /** The first millisecond of a day in UTC. */
  private static double millis(LocalDate day) {
    return (double) day.toEpochDay() * DAY_MILLIS;
  }
}
