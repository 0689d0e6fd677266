package org.alliancekit.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.report.Formats;
import org.alliancekit.report.RelationshipScore;
import org.alliancekit.report.ReportRelationship;
import org.alliancekit.report.VentureComparison;
import org.alliancekit.scoring.evidence.ScoreRevenueChange;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBubbleRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the charts of the report page into SVG elements. Each chart gets its own id prefix, so that
 * the definitions of several charts inlined in one page do not clash; the output depends only on
 * the input. Text in charts (partner names, say) is escaped by the SVG writer.
 */
final class Charts {
  static final Color[] PALETTE = {
    new Color(0x1F77B4),
    new Color(0xFF7F0E),
    new Color(0x2CA02C),
    new Color(0xD62728),
    new Color(0x9467BD),
    new Color(0x8C564B),
    new Color(0xE377C2),
    new Color(0x7F7F7F),
    new Color(0xBCBD22),
    new Color(0x17BECF)
  };
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  private static final Font SMALL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private int charts;

  /** A radar of the five area scores of one relationship, in percent. */
  String radar(ReportRelationship relationship) {
    RelationshipScore score = relationship.score().orElseThrow();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (FactorCategory category : FactorCategory.values()) {
      String axis = areaName(category);
      double value = score.area(category).orElse(0.0) * 100;
      dataset.addValue(value, "score", score.area(category).isPresent() ? axis : axis + " (n/a)");
    }
    SpiderWebPlot plot = new SpiderWebPlot(dataset);
    plot.setMaxValue(100);
    plot.setWebFilled(true);
    plot.setSeriesPaint(0, PALETTE[0]);
    plot.setLabelFont(LABEL);
    plot.setInteriorGap(0.28);
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(Color.WHITE);
    JFreeChart chart = new JFreeChart(null, SMALL_TITLE, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTitle(
        new TextTitle(
            relationship.partnerName() + " \u2013 " + Formats.percent(score.overall()),
            SMALL_TITLE));
    return svg(chart, 320, 260);
  }

  /**
   * The portfolio quadrant: overall score (x, percent) against alliance revenue (y, report
   * currency), bubble area growing with the uplift; lines at a 50% score and the median revenue.
   */
  String quadrant(List<ReportRelationship> relationships, String currency, int labelled) {
    List<ReportRelationship> shown =
        relationships.stream()
            .filter(r -> r.score().isPresent() && r.revenueConverted().isPresent())
            .toList();
    double maxRevenue = 1;
    double maxUplift = 0;
    for (ReportRelationship r : shown) {
      maxRevenue = Math.max(maxRevenue, number(r.revenueConverted().orElseThrow()));
      maxUplift = Math.max(maxUplift, r.upliftConverted().map(Charts::number).orElse(0.0));
    }
    int n = shown.size();
    double[][] series = new double[3][n];
    List<Double> revenues = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ReportRelationship r = shown.get(i);
      series[0][i] = r.score().orElseThrow().overall() * 100;
      series[1][i] = number(r.revenueConverted().orElseThrow());
      double uplift = r.upliftConverted().map(Charts::number).orElse(0.0);
      // Bubble diameters are in revenue units: the largest uplift gets a sixth of the axis, the
      // smallest a visible dot.
      series[2][i] = maxRevenue * (0.02 + (maxUplift > 0 ? 0.15 * uplift / maxUplift : 0));
      revenues.add(series[1][i]);
    }
    Set<Integer> withLabel = new HashSet<>();
    List<Integer> byUplift = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byUplift.add(i);
    }
    byUplift.sort(
        Comparator.comparingDouble(
                (Integer i) -> shown.get(i).upliftConverted().map(Charts::number).orElse(0.0))
            .reversed());
    withLabel.addAll(byUplift.subList(0, Math.min(labelled, n)));
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries("relationships", series);
    JFreeChart chart =
        ChartFactory.createBubbleChart(
            "Portfolio quadrant: score against revenue (bubble size = uplift)",
            "overall score (%)",
            "alliance revenue (" + currency + ")",
            dataset,
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    style(chart, TITLE);
    XYPlot plot = chart.getXYPlot();
    XYBubbleRenderer renderer = new XYBubbleRenderer(XYBubbleRenderer.SCALE_ON_RANGE_AXIS);
    renderer.setSeriesPaint(0, new Color(0x1F, 0x77, 0xB4, 0x90));
    renderer.setSeriesOutlinePaint(0, PALETTE[0]);
    renderer.setDefaultItemLabelGenerator(
        (dataset1, s, item) -> withLabel.contains(item) ? shown.get(item).partnerName() : null);
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(LABEL);
    plot.setRenderer(renderer);
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    x.setRange(0, 100);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setRange(0, maxRevenue * 1.15);
    plot.addDomainMarker(marker(50));
    if (!revenues.isEmpty()) {
      revenues.sort(Double::compare);
      plot.addRangeMarker(marker(revenues.get(revenues.size() / 2)));
    }
    return svg(chart, 860, 520);
  }

  /** The ranking by uplift in the report currency, largest first, as horizontal bars. */
  String ranking(List<ReportRelationship> ranked, String currency) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    Set<String> used = new HashSet<>();
    for (ReportRelationship r : ranked) {
      String label = r.rank().getAsInt() + ". " + r.partnerName();
      if (!used.add(label)) {
        label = label + " (" + r.id() + ")";
        used.add(label);
      }
      dataset.addValue(number(r.upliftConverted().orElseThrow()), "uplift", label);
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Alliance sales potential: uplift at the attainable score",
            null,
            "uplift (" + currency + ")",
            dataset,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    style(chart, TITLE);
    CategoryPlot plot = chart.getCategoryPlot();
    bars((BarRenderer) plot.getRenderer());
    plot.getDomainAxis().setTickLabelFont(LABEL);
    return svg(chart, 860, 120 + 24 * Math.max(1, ranked.size()));
  }

  /** The open and won pipeline in the report currency, stacked by stage, one bar per quarter. */
  String pipeline(Map<String, Map<String, MonetaryAmount>> byQuarter, String currency) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    byQuarter.forEach(
        (quarter, byStage) ->
            byStage.forEach((stage, amount) -> dataset.addValue(number(amount), stage, quarter)));
    JFreeChart chart =
        stackedBars(
            "Pipeline by stage and quarter of the expected close",
            "quarter",
            "amount (" + currency + ")",
            dataset);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryAxis axis = plot.getDomainAxis();
    axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    return svg(chart, 860, 440);
  }

  /** Each pipeline of a joint venture: its open value and the part in no other pipeline. */
  String venture(VentureComparison venture, String currency) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    venture.totals().forEach((name, amount) -> dataset.addValue(number(amount), "open", name));
    venture
        .onlyIn()
        .forEach((name, amount) -> dataset.addValue(number(amount), "only in this pipeline", name));
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Open pipelines of " + venture.name() + " and its parents",
            null,
            "open value (" + currency + ")",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    style(chart, TITLE);
    bars((BarRenderer) chart.getCategoryPlot().getRenderer());
    return svg(chart, 860, 380);
  }

  /**
   * Win rate (top, percent) and average sales cycle of the won deals (bottom, days) of the deals
   * closed in the window, one group of bars per route to market and one bar per currency.
   */
  String velocity(List<SegmentVelocity> rows, String window) {
    DefaultCategoryDataset rates = new DefaultCategoryDataset();
    DefaultCategoryDataset cycles = new DefaultCategoryDataset();
    for (SegmentVelocity row : rows) {
      String segment = label(row.segment());
      String currency = row.currency().getCurrencyCode();
      rates.addValue(row.winRate().doubleValue() * 100, currency, segment);
      cycles.addValue(
          row.averageCycleDays().map(BigDecimal::doubleValue).orElse(null), currency, segment);
    }
    CombinedDomainCategoryPlot plot =
        new CombinedDomainCategoryPlot(new CategoryAxis("route to market"));
    plot.setGap(14);
    NumberAxis rateAxis = new NumberAxis("win rate (%)");
    rateAxis.setRange(0, 115);
    plot.add(subplot(rates, rateAxis, "0", true), 1);
    plot.add(subplot(cycles, new NumberAxis("average cycle of won deals (days)"), "0.0", false), 1);
    JFreeChart chart =
        new JFreeChart("Closed deals by route to market, " + window, TITLE, plot, true);
    style(chart, TITLE);
    return svg(chart, 860, 560);
  }

  static CategoryPlot subplot(
      DefaultCategoryDataset dataset, NumberAxis axis, String pattern, boolean inLegend) {
    BarRenderer renderer = new BarRenderer();
    bars(renderer);
    renderer.setDefaultSeriesVisibleInLegend(inLegend);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator(
            "{2}", new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT))));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(LABEL);
    axis.setUpperMargin(0.15);
    CategoryPlot plot = new CategoryPlot(dataset, null, axis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  /**
   * The value stacked on each solution in one currency: one bar per solution, stacked by party and
   * component.
   */
  String valueStacks(Map<String, Map<String, MonetaryAmount>> bySolution, String currency) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    bySolution.forEach(
        (solution, byPart) ->
            byPart.forEach((part, amount) -> dataset.addValue(number(amount), part, solution)));
    JFreeChart chart =
        stackedBars(
            "Value stacked on each solution in " + currency + ", by party and component",
            "solution",
            "value (" + currency + ")",
            dataset);
    CategoryPlot plot = chart.getCategoryPlot();
    StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
    renderer.setMaximumBarWidth(0.2);
    plot.getDomainAxis().setTickLabelFont(LABEL);
    return svg(chart, 860, 440);
  }

  /**
   * The overall score of each relationship per half-year, in percent, one line per relationship; a
   * half-year without a score breaks the line.
   */
  String trends(Map<String, Map<String, Double>> byRelationship, List<String> halves) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    byRelationship.forEach(
        (relationship, byHalf) -> {
          for (String half : halves) {
            Double overall = byHalf.get(half);
            dataset.addValue(overall == null ? null : overall * 100, relationship, half);
          }
        });
    JFreeChart chart =
        ChartFactory.createLineChart(
            "Overall score by half-year",
            "half-year",
            "overall score (%)",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    style(chart, TITLE);
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    for (int i = 0; i < PALETTE.length; i++) {
      renderer.setSeriesPaint(i, PALETTE[i]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
    return svg(chart, 860, 460);
  }

  /**
   * The within estimate as a scatter: each relationship's change of overall score (x, percentage
   * points) against its change of log revenue (y, times 100: about the percent change) between
   * consecutive half-years, with the fitted slope through the origin and, dashed, the slopes at the
   * ends of its 90% interval.
   */
  String evidence(List<ScoreRevenueChange> changes, double slope, double low, double high) {
    XYSeries points = new XYSeries("half-year changes", false, true);
    double reach = 1;
    for (ScoreRevenueChange change : changes) {
      points.add(change.scoreChange(), change.logRevenueChange() * 100);
      reach = Math.max(reach, Math.abs(change.scoreChange()));
    }
    XYSeriesCollection dataset = new XYSeriesCollection(points);
    dataset.addSeries(line("fitted", slope, reach));
    dataset.addSeries(line("90% interval, low", low, reach));
    dataset.addSeries(line("90% interval, high", high, reach));
    JFreeChart chart =
        ChartFactory.createScatterPlot(
            "Score change against revenue change, half-year to half-year",
            "change of overall score (points)",
            "change of log revenue (x 100)",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    style(chart, TITLE);
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesLinesVisible(0, false);
    renderer.setSeriesShapesVisible(0, true);
    renderer.setSeriesPaint(0, new Color(0x1F, 0x77, 0xB4, 0xA0));
    for (int series = 1; series <= 3; series++) {
      renderer.setSeriesLinesVisible(series, true);
      renderer.setSeriesShapesVisible(series, false);
      renderer.setSeriesPaint(series, PALETTE[3]);
    }
    BasicStroke dashed =
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f}, 0f);
    renderer.setSeriesStroke(2, dashed);
    renderer.setSeriesStroke(3, dashed);
    plot.setRenderer(renderer);
    plot.addDomainMarker(marker(0));
    plot.addRangeMarker(marker(0));
    return svg(chart, 860, 480);
  }

  /** A line through the origin of the given slope (log revenue per point), across the x range. */
  private static XYSeries line(String name, double slope, double reach) {
    XYSeries line = new XYSeries(name, false, true);
    line.add(-reach, -reach * slope * 100);
    line.add(reach, reach * slope * 100);
    return line;
  }

  /** Lower-case name of an enumeration constant with spaces, such as {@code sell with}. */
  static String label(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A vertical stacked bar chart with a legend, styled and with the report's bars. */
  private static JFreeChart stackedBars(
      String title, String categoryAxis, String valueAxis, CategoryDataset dataset) {
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            title, categoryAxis, valueAxis, dataset, PlotOrientation.VERTICAL, true, false, false);
    style(chart, TITLE);
    bars((StackedBarRenderer) chart.getCategoryPlot().getRenderer());
    return chart;
  }

  static void bars(BarRenderer renderer) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    for (int i = 0; i < PALETTE.length; i++) {
      renderer.setSeriesPaint(i, PALETTE[i]);
    }
  }

  static void style(JFreeChart chart, Font title) {
    chart.setBackgroundPaint(Color.WHITE);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(title);
    }
    chart.setPadding(new RectangleInsets(4, 4, 4, 4));
    if (chart.getPlot() instanceof XYPlot plot) {
      plot.setBackgroundPaint(Color.WHITE);
      plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
      plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    } else if (chart.getPlot() instanceof CategoryPlot plot) {
      plot.setBackgroundPaint(Color.WHITE);
      plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }
  }

  static ValueMarker marker(double value) {
    ValueMarker marker = new ValueMarker(value);
    marker.setPaint(Color.GRAY);
    marker.setStroke(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f}, 0f));
    return marker;
  }

  String svg(JFreeChart chart, int width, int height) {
    String id = "chart" + ++charts;
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    g2.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, true);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    return g2.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
  }

  static double number(MonetaryAmount amount) {
    return Formats.number(amount).doubleValue();
  }

  /** The area's name for people, such as {@code Commercial}. */
  static String areaName(FactorCategory category) {
    String name = category.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
