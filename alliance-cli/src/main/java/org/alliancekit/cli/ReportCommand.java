package org.alliancekit.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import org.alliancekit.io.csv.PartnersCsv;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.io.csv.RelationshipsCsv;
import org.alliancekit.report.PortfolioAnalysis;
import org.alliancekit.report.PortfolioInput;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.Progress;
import org.alliancekit.report.ReportFiles;
import org.alliancekit.report.ReportScoring;
import org.alliancekit.report.html.ReportFolder;
import org.alliancekit.report.sample.SamplePortfolio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code alliancekit report}: a portfolio folder in, the report's CSV files and page out. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a portfolio folder (partners.csv and relationships.csv, and any of assessments.csv,"
          + " opportunities.csv, involvements.csv, stage_history.csv, accounts.csv,"
          + " competencies.csv, commitments.csv, leads.csv, registrations.csv, solutions.csv,"
          + " networks.csv, revenues.csv, rates.csv, ventures.csv, tiers.csv, partner_tiers.csv,"
          + " incentives.csv and solution_needs.csv) and writes"
          + " scores.csv, potential.csv, attribution.csv, forecast.csv, gaps.csv, motions.csv,"
          + " findings.csv, registration_decisions.csv, velocity.csv, value_stacks.csv, trends.csv,"
          + " evidence.csv, evidence_model.csv, calibrated_potential.csv, sales_process.csv,"
          + " tiers.csv, payouts.csv, coverage.csv, matches.csv, solution_results.csv,"
          + " problems.csv and report.html.",
      "It also writes the joint planning files plan_attainment.csv, budget_cycles.csv, funds.csv,"
          + " campaign_results.csv and mindshare.csv, from any of plans.csv, budgets.csv,"
          + " fund_requests.csv, fund_claims.csv, campaigns.csv, campaign_members.csv and"
          + " surveys.csv.",
      "Bad rows are listed in problems.csv with their line; the report is made from the others"
          + " and the exit code is 1."
    })
final class ReportCommand implements Callable<Integer> {
  /** The name of the page in the output folder. */
  static final String PAGE = ReportFolder.PAGE;

  private static final long LARGE_INPUT_BYTES = 5L << 20;

  @Spec CommandSpec spec;

  @Option(
      names = "--in",
      paramLabel = "DIR",
      description = "Portfolio folder. Default: the sample portfolio bundled with the tool.")
  Path in;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "alliancekit-report",
      description = "Output folder, created if needed. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--currency",
      paramLabel = "CCY",
      converter = CurrencyConverter.class,
      description = "Report currency (ISO 4217). Default: the host's currency.")
  CurrencyUnit currency;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The day the analysis is made on (ISO-8601, such as 2026-06-30): the last day of every"
              + " twelve-month window. Default: the latest date the portfolio records, so the same"
              + " folder always gives the same report.")
  LocalDate asOf;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress and no summary.")
  boolean quiet;

  private final ReportScoring scoring;

  ReportCommand(ReportScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Progress progress = ConsoleProgress.of(quiet, stderr);
    PortfolioReader.Source source;
    String from;
    if (in == null) {
      source = SamplePortfolio.source();
      from = "the bundled sample portfolio";
    } else {
      if (!Files.isDirectory(in)) {
        stderr.println("alliancekit report: portfolio folder " + in + " does not exist");
        return ExitCodes.FAILED;
      }
      source = PortfolioReader.Source.directory(in);
      from = in.toString();
      long size = size(in);
      if (progress != Progress.NONE && size >= LARGE_INPUT_BYTES) {
        stderr.printf(Locale.ROOT, "reading %,d MB from %s%n", size >> 20, in);
        stderr.flush();
      }
    }
    PortfolioInput input = PortfolioInput.read(source, progress);
    if (input.data().relationships().isEmpty()) {
      nothingToReport(input, stderr);
      return ExitCodes.FAILED;
    }
    PortfolioReport report =
        PortfolioAnalysis.of(scoring)
            .withProgress(progress)
            .analyse(input, Optional.ofNullable(currency), Optional.ofNullable(asOf));
    progress.update("writing " + PAGE, 0, report.relationships().size());
    ImmutableList<Path> written = ReportFolder.write(report, out);
    Path page = written.get(written.size() - 1);
    progress.update(
        "writing " + PAGE, report.relationships().size(), report.relationships().size());
    if (!quiet) {
      Summary.print(report, from, page, stdout);
    }
    if (report.hasErrors()) {
      stderr.println(
          "alliancekit report: the input has errors; every one is listed in "
              + out.resolve(ReportFiles.PROBLEMS)
              + " and the report is made from the valid rows");
      return ExitCodes.INPUT_PROBLEMS;
    }
    return ExitCodes.OK;
  }

  /**
   * Says why no report can be made from a folder without a usable relationship (empty files,
   * header-only files, or only bad rows), with the errors that explain it.
   */
  private static void nothingToReport(PortfolioInput input, PrintWriter stderr) {
    stderr.println(
        "alliancekit report: no relationship could be read, so there is nothing to report: "
            + RelationshipsCsv.FILE_NAME
            + " needs at least one valid row, and "
            + PartnersCsv.FILE_NAME
            + " the parties it names");
    input.data().problems().stream()
        .filter(problem -> !problem.isWarning())
        .forEach(problem -> stderr.println("  " + problem));
    stderr.flush();
  }

  private static long size(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }
}
