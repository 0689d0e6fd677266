package org.alliancekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.report.Formats;
import org.alliancekit.report.Progress;
import org.alliancekit.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliancekit attribute}: attributes the conversions and value of journey paths (see {@link
 * JourneysFile}) to partners by every model of {@link JourneyAttribution}, writing {@code
 * attribution.csv} ({@code partner,model,conversions,value}) and {@code problems.csv} into the
 * output folder.
 */
@Command(
    name = "attribute",
    mixinStandardHelpOptions = true,
    description = {
      "Attributes journeys (path,conversions,value,nulls; path = partner ids joined by '>';"
          + " optional dates = the day of each touch joined by '>') to partners and writes"
          + " attribution.csv (partner,model,conversions,value) and problems.csv.",
      "Models: first_touch, last_touch, linear, position_based, time_decay (only with dates),"
          + " markov, simplified_shapley."
    })
final class AttributeCommand implements Callable<Integer> {
  /** The name of the result file. */
  static final String ATTRIBUTION = "attribution.csv";

  @Spec CommandSpec spec;

  @Option(
      names = "--journeys",
      required = true,
      paramLabel = "FILE",
      description = "Journeys CSV file.")
  Path journeys;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder, created if needed.")
  Path out;

  @Option(
      names = "--currency",
      paramLabel = "CCY",
      converter = CurrencyConverter.class,
      description = "Currency of the values (ISO 4217). Default: EUR.")
  CurrencyUnit currency;

  @Option(
      names = "--half-life-days",
      paramLabel = "DAYS",
      defaultValue = "7",
      description = "Half-life of the time-decay model. Default: ${DEFAULT-VALUE}.")
  int halfLifeDays;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress and no summary.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (halfLifeDays <= 0) {
      stderr.println(
          "alliancekit attribute: --half-life-days must be positive, not " + halfLifeDays);
      return ExitCodes.USAGE;
    }
    if (!Files.exists(journeys) || Files.isDirectory(journeys)) {
      stderr.println("alliancekit attribute: journeys file " + journeys + " does not exist");
      return ExitCodes.FAILED;
    }
    CurrencyUnit valueCurrency = currency == null ? Monetary.getCurrency("EUR") : currency;
    JourneysFile.Journeys read = JourneysFile.read(journeys, valueCurrency);
    Files.createDirectories(out);
    ReportFiles.problems(read.problems(), out.resolve(ReportFiles.PROBLEMS));
    boolean errors = read.problems().stream().anyMatch(p -> !p.isWarning());
    long conversions = read.rows().stream().mapToLong(r -> r.path().conversions()).sum();
    if (conversions == 0) {
      stderr.println(
          "alliancekit attribute: "
              + (read.rows().isEmpty() ? "no valid journey row" : "no conversions")
              + " in "
              + journeys
              + ", so there is nothing to attribute"
              + (errors ? "; problems are listed in " + out.resolve(ReportFiles.PROBLEMS) : ""));
      return ExitCodes.FAILED;
    }
    Progress progress = ConsoleProgress.of(quiet, stderr);
    var credits =
        JourneyAttribution.attribute(
            read.rows(), valueCurrency, read.dated(), Duration.ofDays(halfLifeDays), progress);
    Path file = out.resolve(ATTRIBUTION);
    try (CsvTableWriter csv =
        CsvTableWriter.create(file, "partner", "model", "conversions", "value")) {
      for (JourneyAttribution.Credit credit : credits) {
        csv.row(
            credit.partner().value(),
            credit.model(),
            decimal(credit.conversions()),
            Formats.money(credit.value()));
      }
    }
    if (!quiet) {
      summary(read, credits, valueCurrency, file, stdout);
    }
    if (errors) {
      for (Problem problem : read.problems()) {
        if (!problem.isWarning()) {
          stderr.println(problem);
        }
      }
      stderr.println(
          "alliancekit attribute: bad rows were left out; they are listed in "
              + out.resolve(ReportFiles.PROBLEMS));
      return ExitCodes.INPUT_PROBLEMS;
    }
    return ExitCodes.OK;
  }

  /** Six decimal places, rounded half-even. */
  static String decimal(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static void summary(
      JourneysFile.Journeys read,
      List<JourneyAttribution.Credit> credits,
      CurrencyUnit currency,
      Path file,
      PrintWriter out) {
    long conversions = 0;
    long journeys = 0;
    BigDecimal value = BigDecimal.ZERO;
    for (JourneysFile.Row row : read.rows()) {
      JourneyPath path = row.path();
      conversions += path.conversions();
      journeys += path.journeys();
      value = value.add(Formats.number(path.value()));
    }
    Map<String, String> leaders = new TreeMap<>();
    Map<String, Double> best = new TreeMap<>();
    for (JourneyAttribution.Credit credit : credits) {
      if (credit.conversions() > best.getOrDefault(credit.model(), -1.0)) {
        best.put(credit.model(), credit.conversions());
        leaders.put(credit.model(), credit.partner().value());
      }
    }
    out.printf(
        Locale.ROOT,
        "%,d paths (%,d journeys, %,d conversions, value %s %s) read; %,d rows left out%n",
        read.rows().size(),
        journeys,
        conversions,
        currency.getCurrencyCode(),
        MinorUnits.round(value, currency).toPlainString(),
        read.problems().stream().filter(p -> !p.isWarning()).map(Problem::line).distinct().count());
    if (!read.dated()) {
      out.println("time_decay skipped: the file has no dates column");
    }
    out.printf(Locale.ROOT, "  %-20s %-20s %14s%n", "model", "top partner", "conversions");
    for (String model : JourneyAttribution.MODELS) {
      if (leaders.containsKey(model)) {
        out.printf(
            Locale.ROOT,
            "  %-20s %-20s %14s%n",
            model,
            leaders.get(model),
            decimal(best.get(model)));
      }
    }
    out.println("Attribution: " + file.toAbsolutePath().normalize());
    out.flush();
  }
}
