package org.alliancekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.ace.AceExport;
import org.alliancekit.io.cosell.ExportResult;
import org.alliancekit.io.csv.LeadsCsv;
import org.alliancekit.io.csv.OpportunitiesCsv;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.io.partnercenter.PartnerCenterExport;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemLocation;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliancekit export}: a portfolio folder in, one request document per exportable record of
 * a co-sell system and {@code problems.csv} out.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a portfolio folder and writes one request document per record the co-sell system"
          + " can take: ace, an AWS Partner Central CreateOpportunity request per opportunity;"
          + " partner-center, a Microsoft Partner Center referral per lead. Writes problems.csv"
          + " with every record that cannot be expressed, naming the field and the rule.",
      "Records with problems are left out and the exit code is 1."
    })
final class ExportCommand implements Callable<Integer> {
  /** The systems the command writes. */
  enum Target {
    ACE,
    PARTNER_CENTER
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "SYSTEM",
      converter = TargetConverter.class,
      description = "ace or partner-center.")
  Target to;

  @Option(names = "--in", required = true, paramLabel = "DIR", description = "Portfolio folder.")
  Path in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder for the request documents, created if needed.")
  Path out;

  @Option(
      names = "--host",
      paramLabel = "ID",
      defaultValue = "host",
      description = "Partner id of the company whose folder it is. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(
      names = "--platform",
      paramLabel = "ID",
      description =
          "Partner id of the platform vendor in the folder. Default: aws for ace, microsoft for"
              + " partner-center.")
  String platform;

  @Override
  public Integer call() throws IOException {
    PrintWriter stderr = spec.commandLine().getErr();
    if (!Files.isDirectory(in)) {
      stderr.println("alliancekit export: portfolio folder " + in + " does not exist");
      return ExitCodes.FAILED;
    }
    PortfolioData data = withAccountDetails(PortfolioReader.standard().read(in));
    ExportResult result =
        switch (to) {
          case ACE -> AceExport.write(data.opportunities(), PartnerId.parse(platformOr("aws")));
          case PARTNER_CENTER ->
              PartnerCenterExport.write(
                  data.leads(), PartnerId.parse(host), PartnerId.parse(platformOr("microsoft")));
        };
    Files.createDirectories(out);
    for (Map.Entry<String, String> document : result.documents().entrySet()) {
      Files.writeString(
          out.resolve(document.getKey()), document.getValue(), StandardCharsets.UTF_8);
    }
    List<Problem> problems = new ArrayList<>(data.problems());
    String records =
        to == Target.ACE ? OpportunitiesCsv.OPPORTUNITIES_FILE_NAME : LeadsCsv.FILE_NAME;
    for (Problem problem : result.problems()) {
      // An export problem names its record, not a place in a file: problems.csv gives it the file
      // the record came from and names the record in the reason.
      problems.add(
          problem.location().orElse(null) instanceof ProblemLocation.AtRow at
              ? Problem.inFile(
                  records,
                  0,
                  "",
                  problem.kind(),
                  (to == Target.ACE ? "opportunity " : "lead ")
                      + at.key()
                      + ": "
                      + problem.message())
              : problem);
    }
    ReportFiles.problems(problems, out.resolve(ReportFiles.PROBLEMS));
    long errors = problems.stream().filter(problem -> !problem.isWarning()).count();
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "%s: %d documents written to %s; %d errors, %d warnings in %s%n",
            to.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            result.documents().size(),
            out,
            errors,
            problems.size() - errors,
            out.resolve(ReportFiles.PROBLEMS));
    return errors > 0 ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
  }

  /**
   * The folder keeps an account's country, industry and segment in accounts.csv, not on each
   * opportunity and lead: put them back, since the co-sell systems ask for them.
   */
  private static PortfolioData withAccountDetails(PortfolioData data) {
    Map<AccountId, Account> accounts = new HashMap<>();
    data.accounts().forEach(account -> accounts.putIfAbsent(account.id(), account));
    return data.withOpportunities(
            data.opportunities().stream()
                .map(o -> o.withAccount(accounts.getOrDefault(o.account().id(), o.account())))
                .toList())
        .withLeads(
            data.leads().stream()
                .map(l -> l.withAccount(accounts.getOrDefault(l.account().id(), l.account())))
                .toList());
  }

  private String platformOr(String standard) {
    return platform == null ? standard : platform;
  }

  /** Reads {@code ace} or {@code partner-center}, ignoring case. */
  static final class TargetConverter implements picocli.CommandLine.ITypeConverter<Target> {
    @Override
    public Target convert(String value) {
      for (Target target : Target.values()) {
        if (target.name().replace('_', '-').equalsIgnoreCase(value)) {
          return target;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not one of ace, partner-center");
    }
  }
}
