package org.alliancekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.alliancekit.report.Formats;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.RelationshipScore;
import org.alliancekit.report.ReportRelationship;
import org.alliancekit.scoring.relationship.Severity;

/**
 * The short summary {@code alliancekit report} prints: counts, the top of the ranking, the page.
 */
final class Summary {
  /** How many relationships of the ranking are printed. */
  static final int TOP = 10;

  private Summary() {}

  static void print(PortfolioReport report, String from, Path page, PrintWriter out) {
    String currency = report.currency().getCurrencyCode();
    long errors = report.problems().stream().filter(p -> !p.isWarning()).count();
    out.printf(Locale.ROOT, "AllianceKit portfolio report from %s%n", from);
    out.printf(
        Locale.ROOT,
        "  %-16s %,8d   %-16s %,8d (%,d scored)%n",
        "partners",
        report.partners(),
        "relationships",
        report.relationships().size(),
        report.scored());
    out.printf(
        Locale.ROOT,
        "  %-16s %,8d   %-16s %,8d%n",
        "assessments",
        report.assessments(),
        "opportunities",
        report.opportunities());
    out.printf(
        Locale.ROOT,
        "  %-16s %8s   %-16s %,8d (%,d errors)%n",
        "report currency",
        currency,
        "problems",
        report.problems().size(),
        errors);
    report
        .analysis()
        .ifPresent(
            analysis ->
                out.printf(
                    Locale.ROOT,
                    "  %-16s %10s   %-16s %,8d (%,d high)%n",
                    "as of",
                    analysis.asOf(),
                    "findings",
                    analysis.findings().size(),
                    analysis.findings().stream()
                        .filter(f -> f.severity() == Severity.HIGH)
                        .count()));
    List<ReportRelationship> top =
        report.ranking().stream()
            .filter(r -> r.rankedIn().orElseThrow().equals(report.currency()))
            .limit(TOP)
            .toList();
    if (!top.isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "Top %d by potential uplift (%s):%n", top.size(), currency);
      // Ids are printed whole, however long: two ids cut to the same prefix would be ambiguous.
      int idWidth =
          Math.max(ID_WIDTH, top.stream().mapToInt(r -> r.id().value().length()).max().orElse(0));
      String row = "  %4s  %-" + idWidth + "s %-26s %7s %10s %16s%n";
      out.printf(
          Locale.ROOT, row, "rank", "relationship", "partner", "score", "attainable", "uplift");
      for (ReportRelationship r : top) {
        RelationshipScore score = r.score().orElseThrow();
        out.printf(
            Locale.ROOT,
            row,
            r.rank().getAsInt(),
            r.id().value(),
            cut(r.partnerName(), 26),
            Formats.percent(score.overall()),
            Formats.percent(score.attainable()),
            String.format(Locale.ROOT, "%,.0f", Formats.number(r.upliftConverted().orElseThrow())));
      }
    }
    out.println();
    out.println("Report: " + page.toAbsolutePath().normalize());
    if (!report.problems().isEmpty()) {
      out.println("Problems: " + page.resolveSibling("problems.csv").toAbsolutePath().normalize());
    }
    out.flush();
  }

  /** The narrowest the relationship column gets. */
  private static final int ID_WIDTH = 14;

  private static String cut(String text, int width) {
    String oneLine = text.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "\u2026";
  }
}
