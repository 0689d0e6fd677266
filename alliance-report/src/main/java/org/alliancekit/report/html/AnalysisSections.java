package org.alliancekit.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.attribution.stacking.SolutionStack;
import org.alliancekit.attribution.stacking.ValueComponent;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.pipeline.registration.Decision;
import org.alliancekit.pipeline.registration.RegistrationOutcome;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.report.Formats;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.ReportRelationship;
import org.alliancekit.scoring.benchmark.HalfYearPoint;
import org.alliancekit.scoring.benchmark.HalfYearTrend;
import org.alliancekit.scoring.benchmark.ScoreRevenueEvidence;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.FindingKind;
import org.alliancekit.scoring.relationship.MotionEvidence;
import org.alliancekit.scoring.relationship.MotionKind;
import org.alliancekit.scoring.relationship.MotionObservation;
import org.alliancekit.scoring.relationship.ObservedMotion;
import org.alliancekit.scoring.relationship.Severity;

/**
 * The part of the page's context that shows the report's {@link AllianceAnalysis}: the sales
 * motions, findings, registration decisions, velocity, value stacks, half-year trends and the
 * evidence that best practice goes with sales. Every value is put in the context whether or not
 * there is an analysis, so the template's sections are always there.
 */
final class AnalysisSections {
  /** The most relationships drawn in the trend chart. */
  static final int MAX_TRENDS = 10;

  /** The most solutions drawn in the value stack chart of one currency. */
  static final int MAX_STACKED = 20;

  private static final String NOTHING =
      "Nothing to analyse: no portfolio with a dated record was read, so there is no as-of date to"
          + " analyse the records on.";

  private AnalysisSections() {}

  /**
   * The summary line of the analysis's dates, such as {@code as of 2026-06-30; windows run ...}.
   */
  static String dates(PortfolioReport report) {
    return report
        .analysis()
        .map(a -> "as of " + a.asOf() + "; windows run from " + a.windowStart() + " to " + a.asOf())
        .orElse("none: no portfolio with a dated record was read");
  }

  /** Puts the values of the analysis sections into {@code context}. */
  static void put(Map<String, Object> context, PortfolioReport report, Charts charts) {
    Optional<AllianceAnalysis> found = report.analysis();
    context.put("analysed", found.isPresent());
    context.put("nothingToAnalyse", NOTHING);
    AllianceAnalysis analysis = found.orElse(null);
    Map<PartnerId, String> names = new HashMap<>();
    for (ReportRelationship r : report.relationships()) {
      names.put(r.row().relationship().partner(), r.partnerName());
    }
    context.put("window", analysis == null ? "" : window(analysis));
    motions(context, analysis);
    findings(context, analysis, names);
    registrations(context, analysis, names);
    velocity(context, analysis, charts);
    valueStacks(context, analysis, names, charts);
    trends(context, analysis, names, charts);
    evidence(context, analysis);
  }

  private static String window(AllianceAnalysis analysis) {
    return analysis.windowStart() + " to " + analysis.asOf();
  }

  private static void motions(Map<String, Object> context, AllianceAnalysis analysis) {
    List<MotionObservation> motions = analysis == null ? List.of() : analysis.motions();
    Map<MotionKind, Map<ObservedMotion, Integer>> counts = new EnumMap<>(MotionKind.class);
    int most = 0;
    for (MotionObservation motion : motions) {
      int count =
          counts
              .computeIfAbsent(motion.declared(), k -> new EnumMap<>(ObservedMotion.class))
              .merge(motion.observed(), 1, Integer::sum);
      most = Math.max(most, count);
    }
    List<String> observedNames = new ArrayList<>();
    for (ObservedMotion observed : ObservedMotion.values()) {
      observedNames.add(observed.label());
    }
    List<Map<String, Object>> matrix = new ArrayList<>();
    for (MotionKind declared : MotionKind.values()) {
      Map<ObservedMotion, Integer> row = counts.getOrDefault(declared, Map.of());
      List<Map<String, Object>> cells = new ArrayList<>();
      int total = 0;
      for (ObservedMotion observed : ObservedMotion.values()) {
        int count = row.getOrDefault(observed, 0);
        total += count;
        cells.add(
            row(
                "count", Integer.toString(count),
                "style", shade(count, most),
                "agrees", observed.motion().equals(Optional.of(declared))));
      }
      matrix.add(row("declared", declared.label(), "cells", cells, "total", total));
    }
    context.put("motionCount", motions.size());
    context.put("observedNames", observedNames);
    context.put("motionMatrix", matrix);

    List<Map<String, Object>> mismatches = new ArrayList<>();
    int undetermined = 0;
    for (MotionObservation motion : motions) {
      if (motion.observed() == ObservedMotion.UNDETERMINED) {
        undetermined++;
        continue;
      }
      if (motion.observed().motion().equals(Optional.of(motion.declared()))) {
        continue;
      }
      MotionEvidence e = motion.evidence();
      mismatches.add(
          row(
              "id", motion.relationship().value(),
              "declared", motion.declared().label(),
              "observed",
                  motion.observed().label()
                      + motion.channel().map(c -> " via " + c.value()).orElse(""),
              "counts",
                  List.of(
                      e.leadsHostToPartner(),
                      e.leadsPartnerToHost(),
                      e.opportunitiesHostToPartner(),
                      e.opportunitiesPartnerToHost(),
                      e.coSold(),
                      e.partnerAsBuyer()),
              "reason", motion.reason()));
    }
    context.put("motionMismatches", limit(mismatches));
    context.put("motionMismatchesMore", Math.max(0, mismatches.size() - HtmlReport.MAX_ROWS));
    context.put("motionsUndetermined", undetermined);
  }

  /**
   * The inline style of a matrix cell: the more relationships, the darker the blue; white text on
   * the darker half.
   */
  private static String shade(int count, int most) {
    if (count == 0 || most == 0) {
      return "";
    }
    double alpha = 0.12 + 0.78 * count / most;
    return String.format(Locale.ROOT, "background-color: rgba(31, 119, 180, %.2f);", alpha)
        + (alpha > 0.5 ? " color: #fff;" : "");
  }

  private static void findings(
      Map<String, Object> context, AllianceAnalysis analysis, Map<PartnerId, String> names) {
    List<Finding> findings = analysis == null ? List.of() : analysis.findings();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Finding finding : findings.subList(0, Math.min(HtmlReport.MAX_ROWS, findings.size()))) {
      rows.add(
          row(
              "order", rows.size(),
              "rank", finding.severity().ordinal(),
              "severity", Charts.label(finding.severity()),
              "kind", Charts.label(finding.kind()),
              "id", finding.relationship().map(RelationshipId::value).orElse(""),
              "partner", partnerOf(finding, analysis, names),
              "detail", finding.message()));
    }
    context.put("findingRows", rows);
    context.put("findingsMore", Math.max(0, findings.size() - HtmlReport.MAX_ROWS));

    Map<FindingKind, Map<Severity, Integer>> byKind = new EnumMap<>(FindingKind.class);
    for (Finding finding : findings) {
      byKind
          .computeIfAbsent(finding.kind(), k -> new EnumMap<>(Severity.class))
          .merge(finding.severity(), 1, Integer::sum);
    }
    List<Map<String, Object>> kinds = new ArrayList<>();
    byKind.entrySet().stream()
        .sorted(
            Comparator.comparingInt(
                    (Map.Entry<FindingKind, Map<Severity, Integer>> e) -> -total(e.getValue()))
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e ->
                kinds.add(
                    row(
                        "kind", Charts.label(e.getKey()),
                        "high", count(e.getValue(), Severity.HIGH),
                        "medium", count(e.getValue(), Severity.MEDIUM),
                        "low", count(e.getValue(), Severity.LOW),
                        "total", Integer.toString(total(e.getValue())))));
    context.put("findingKinds", kinds);
    context.put("findingCount", findings.size());
  }

  private static int total(Map<Severity, Integer> bySeverity) {
    return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String count(Map<Severity, Integer> bySeverity, Severity severity) {
    return Integer.toString(bySeverity.getOrDefault(severity, 0));
  }

  /**
   * The partner a finding concerns, by the rule of findings.csv: its relationship's partner, else
   * the one party named that is not the host, else the first party named; by name where known.
   */
  private static String partnerOf(
      Finding finding, AllianceAnalysis analysis, Map<PartnerId, String> names) {
    Optional<PartnerId> partner =
        finding
            .relationship()
            .map(r -> analysis.relationshipPartners().get(r))
            .or(
                () ->
                    finding.parties().stream()
                        .filter(p -> !p.equals(analysis.host()))
                        .findFirst()
                        .or(() -> finding.parties().stream().findFirst()));
    return partner.map(p -> name(p, names)).orElse("");
  }

  private static String name(PartnerId partner, Map<PartnerId, String> names) {
    return names.getOrDefault(partner, partner.value());
  }

  private static void registrations(
      Map<String, Object> context, AllianceAnalysis analysis, Map<PartnerId, String> names) {
    List<RegistrationOutcome> outcomes = analysis == null ? List.of() : analysis.registrations();
    Map<Decision, Integer> byDecision = new EnumMap<>(Decision.class);
    for (RegistrationOutcome outcome : outcomes) {
      byDecision.merge(outcome.decision(), 1, Integer::sum);
    }
    List<String> counts = new ArrayList<>();
    for (Decision decision : Decision.values()) {
      counts.add(byDecision.getOrDefault(decision, 0) + " " + Charts.label(decision));
    }
    context.put("registrationCount", outcomes.size());
    context.put("registrationDecisions", String.join(", ", counts));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RegistrationOutcome outcome : limit(outcomes)) {
      rows.add(
          row(
              "id", outcome.registrationId().value(),
              "opportunity", outcome.opportunityId().value(),
              "partner", name(outcome.partnerId(), names),
              "decision", outcome.decision().name(),
              "reason", outcome.message()));
    }
    context.put("registrationRows", rows);
    context.put("registrationsMore", Math.max(0, outcomes.size() - HtmlReport.MAX_ROWS));
  }

  private static void velocity(
      Map<String, Object> context, AllianceAnalysis analysis, Charts charts) {
    List<SegmentVelocity> velocity = analysis == null ? List.of() : analysis.velocity();
    context.put(
        "velocityChart", velocity.isEmpty() ? "" : charts.velocity(velocity, window(analysis)));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SegmentVelocity v : velocity) {
      rows.add(
          row(
              "segment", Charts.label(v.segment()),
              "currency", v.currency().getCurrencyCode(),
              "won", Long.toString(v.won()),
              "lost", Long.toString(v.lost()),
              "rate", Formats.percent(v.winRate().doubleValue()),
              "amount", v.averageWonAmount().map(Formats::moneyForReading).orElse(""),
              "days", v.averageCycleDays().map(BigDecimal::toPlainString).orElse("")));
    }
    context.put("velocityRows", rows);
  }

  private static void valueStacks(
      Map<String, Object> context,
      AllianceAnalysis analysis,
      Map<PartnerId, String> names,
      Charts charts) {
    List<SolutionStack> stacks = analysis == null ? List.of() : analysis.valueStacks();
    // Currency code (in code order) -> solution label -> "party – component" -> amount, the
    // solutions and their parts in the order of the analysis.
    Map<String, Map<String, Map<String, MonetaryAmount>>> byCurrency = new TreeMap<>();
    Set<String> labels = new HashSet<>();
    Map<SolutionStack, String> labelOf = new HashMap<>();
    for (SolutionStack stack : stacks) {
      String label = stack.name();
      if (!labels.add(stack.currency().getCurrencyCode() + " " + label)) {
        label = stack.name() + " (" + stack.solution().value() + ")";
      }
      labelOf.put(stack, label);
    }
    // The solutions drawn: in each currency those with the largest stacked total, at most
    // MAX_STACKED, in the order of the analysis.
    Map<String, List<SolutionStack>> stacked = new TreeMap<>();
    for (SolutionStack stack : stacks) {
      if (stack.stack().isPresent()) {
        stacked
            .computeIfAbsent(stack.currency().getCurrencyCode(), c -> new ArrayList<>())
            .add(stack);
      }
    }
    Set<SolutionStack> drawn = new HashSet<>();
    List<String> stackNotes = new ArrayList<>();
    stacked.forEach(
        (currency, inCurrency) -> {
          inCurrency.stream()
              .sorted(
                  Comparator.comparing(
                      (SolutionStack stack) -> Formats.number(stack.stackedTotal()),
                      Comparator.reverseOrder()))
              .limit(MAX_STACKED)
              .forEach(drawn::add);
          if (inCurrency.size() > MAX_STACKED) {
            stackNotes.add(
                "The chart in "
                    + currency
                    + " shows the "
                    + MAX_STACKED
                    + " of "
                    + inCurrency.size()
                    + " solutions with the largest stacked value; all are in the table.");
          }
        });
    for (SolutionStack stack : stacks) {
      if (!drawn.contains(stack)) {
        continue;
      }
      Map<String, MonetaryAmount> parts = new LinkedHashMap<>();
      stack
          .stack()
          .get()
          .cells()
          .cellSet()
          .forEach(
              cell ->
                  parts.put(
                      name(cell.getRowKey(), names) + " \u2013 " + label(cell.getColumnKey()),
                      cell.getValue()));
      byCurrency
          .computeIfAbsent(stack.currency().getCurrencyCode(), c -> new LinkedHashMap<>())
          .put(labelOf.get(stack), parts);
    }
    List<String> chartsDrawn = new ArrayList<>();
    byCurrency.forEach(
        (currency, bySolution) -> chartsDrawn.add(charts.valueStacks(bySolution, currency)));
    context.put("valueStackCharts", chartsDrawn);
    context.put("valueStackChartNotes", stackNotes);

    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (SolutionStack stack : limit(stacks)) {
      List<String> alone = new ArrayList<>();
      stack
          .alone()
          .forEach(
              (party, amount) ->
                  alone.add(name(party, names) + ": " + Formats.moneyForReading(amount)));
      List<String> services = new ArrayList<>();
      for (PartnerId party : stack.services()) {
        services.add(name(party, names));
      }
      rows.add(
          row(
              "solution", labelOf.get(stack),
              "currency", stack.currency().getCurrencyCode(),
              "won", Integer.toString(stack.wonDeals()),
              "revenue", Formats.moneyForReading(stack.wonRevenue()),
              "stacked", Formats.moneyForReading(stack.stackedTotal()),
              "alone", alone,
              "services", String.join(", ", services)));
      for (String note : stack.notes()) {
        notes.add(labelOf.get(stack) + " in " + stack.currency().getCurrencyCode() + ": " + note);
      }
    }
    context.put("valueStackRows", rows);
    context.put("valueStackNotes", notes);
    context.put("valueStacksMore", Math.max(0, stacks.size() - HtmlReport.MAX_ROWS));
  }

  /** A value component for reading, such as {@code resale margin}. */
  private static String label(ValueComponent component) {
    return Charts.label(component);
  }

  private static void trends(
      Map<String, Object> context,
      AllianceAnalysis analysis,
      Map<PartnerId, String> names,
      Charts charts) {
    Map<RelationshipId, HalfYearTrend> trends = analysis == null ? Map.of() : analysis.trends();
    // The relationships drawn: the most half-years scored, then the largest change from the first
    // to the last, then by id.
    List<HalfYearTrend> drawn =
        trends.values().stream()
            .sorted(
                Comparator.comparingInt((HalfYearTrend t) -> -t.points().size())
                    .thenComparingDouble(t -> -Math.abs(span(t)))
                    .thenComparing(HalfYearTrend::relationship))
            .limit(MAX_TRENDS)
            .sorted(Comparator.comparing(HalfYearTrend::relationship))
            .toList();
    TreeSet<RevenuePeriod> halves = new TreeSet<>();
    for (HalfYearTrend trend : drawn) {
      for (HalfYearPoint point : trend.points()) {
        halves.add(point.half());
      }
    }
    List<String> halfNames = halves.stream().map(RevenuePeriod::toString).toList();
    Map<String, Map<String, Double>> lines = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (HalfYearTrend trend : drawn) {
      String label = relationshipName(trend.relationship(), analysis, names);
      if (!used.add(label)) {
        label = label + " (" + trend.relationship().value() + ")";
      }
      Map<String, Double> byHalf = new LinkedHashMap<>();
      for (HalfYearPoint point : trend.points()) {
        byHalf.put(point.half().toString(), point.overall());
      }
      lines.put(label, byHalf);
    }
    context.put("trendChart", drawn.isEmpty() ? "" : charts.trends(lines, halfNames));
    context.put("trendCount", trends.size());
    context.put("trendsLeftOut", Math.max(0, trends.size() - drawn.size()));
    context.put("trendsDrawn", drawn.size());

    List<Map<String, Object>> rows = new ArrayList<>();
    for (HalfYearTrend trend : limit(List.copyOf(trends.values()))) {
      HalfYearPoint latest = trend.points().get(trend.points().size() - 1);
      rows.add(
          row(
              "id", trend.relationship().value(),
              "partner",
                  Optional.ofNullable(analysis.relationshipPartners().get(trend.relationship()))
                      .map(p -> name(p, names))
                      .orElse(""),
              "half", latest.half().toString(),
              "overall", Formats.percent(latest.overall()),
              "change", points(latest.change()),
              "halves", Integer.toString(trend.points().size())));
    }
    context.put("trendRows", rows);
    context.put("trendsMore", Math.max(0, trends.size() - HtmlReport.MAX_ROWS));
  }

  private static double span(HalfYearTrend trend) {
    return trend.points().get(trend.points().size() - 1).overall()
        - trend.points().get(0).overall();
  }

  private static String relationshipName(
      RelationshipId relationship, AllianceAnalysis analysis, Map<PartnerId, String> names) {
    PartnerId partner = analysis.relationshipPartners().get(relationship);
    return partner == null ? relationship.value() : name(partner, names);
  }

  /** A change of score in percentage points with its sign, such as {@code +4.2 pts}. */
  private static String points(OptionalDouble change) {
    if (change.isEmpty()) {
      return "";
    }
    double value = change.getAsDouble();
    String points =
        BigDecimal.valueOf(Math.abs(value) * 100)
            .setScale(1, RoundingMode.HALF_EVEN)
            .toPlainString();
    boolean zero = points.equals("0.0");
    return (zero ? "" : value > 0 ? "+" : "-") + points + " pts";
  }

  private static void evidence(Map<String, Object> context, AllianceAnalysis analysis) {
    List<ScoreRevenueEvidence> evidence = analysis == null ? List.of() : analysis.evidence();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ScoreRevenueEvidence e : evidence) {
      rows.add(
          row(
              "lag", Integer.toString(e.lag()),
              "meaning",
                  e.lag() == 0
                      ? "same half-year"
                      : e.lag() == 1 ? "next half-year" : e.lag() + " half-years later",
              "pairs", Integer.toString(e.pairs()),
              "defined", e.isDefined(),
              "pearson", decimal(e.pearson()),
              "spearman", decimal(e.spearman()),
              "p", decimal(e.pValue()),
              "reason", e.reason().orElse("")));
    }
    context.put("evidenceRows", rows);
    String method = "";
    if (!evidence.isEmpty()) {
      ScoreRevenueEvidence first = evidence.get(0);
      method =
          "The p-value is two-sided, of Pearson's coefficient, estimated from "
              + String.format(Locale.ROOT, "%,d", first.permutations())
              + " random permutations of the revenues with seed "
              + first.seed()
              + ", so the same data always give the same p-value; it cannot be less than 1 / (1 + "
              + String.format(Locale.ROOT, "%,d", first.permutations())
              + ").";
    }
    context.put("evidenceMethod", method);
    context.put("evidenceCurrency", analysis == null ? "" : analysis.currency().getCurrencyCode());
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? Formats.fraction(value.getAsDouble()) : "";
  }

  static <T> List<T> limit(List<T> list) {
    return list.subList(0, Math.min(HtmlReport.MAX_ROWS, list.size()));
  }

  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
