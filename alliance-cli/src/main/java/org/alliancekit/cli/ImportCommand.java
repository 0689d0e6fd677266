package org.alliancekit.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.ace.AceImport;
import org.alliancekit.io.csv.PortfolioWriter;
import org.alliancekit.io.partnercenter.PartnerCenterImport;
import org.alliancekit.io.salesforce.SalesforceImport;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alliancekit import}: a co-sell system's own files in, a portfolio folder and {@code
 * problems.csv} out.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads files exported from a co-sell system and writes a portfolio folder in the library's"
          + " CSV format (partners.csv, relationships.csv, accounts.csv, opportunities.csv,"
          + " involvements.csv, leads.csv and the other files the records need) and problems.csv.",
      "ace: AWS Partner Central GetOpportunity responses (one per file or a JSON array of them) or"
          + " ListOpportunities responses. partner-center: Microsoft Partner Center referrals (one"
          + " referral or a list response). salesforce: REST query results or Data Loader CSV"
          + " exports of Account, Opportunity, OpportunityPartner, Partner, OpportunityHistory,"
          + " Lead, Campaign and CampaignMember.",
      "Bad records are listed in problems.csv with their file and line or JSON pointer; the"
          + " folder holds the others and the exit code is 1."
    })
final class ImportCommand implements Callable<Integer> {
  /** The systems the command reads. */
  enum System {
    ACE,
    PARTNER_CENTER,
    SALESFORCE
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "SYSTEM",
      converter = SystemConverter.class,
      description = "ace, partner-center or salesforce.")
  System from;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Portfolio folder to write, created if needed.")
  Path out;

  @Option(
      names = "--host",
      paramLabel = "ID",
      defaultValue = "host",
      description = "Partner id of the company whose data it is. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(
      names = "--platform",
      paramLabel = "ID",
      description =
          "Partner id of the platform vendor (ace and partner-center). Default: aws for ace,"
              + " microsoft for partner-center.")
  String platform;

  @Option(
      names = "--stage-map",
      paramLabel = "FILE",
      description =
          "salesforce: a CSV file StageName,stage mapping the organisation's stage names onto the"
              + " co-sell stages; required when a stage name is not one of ours.")
  Path stageMap;

  @Option(
      names = "--role-map",
      paramLabel = "FILE",
      description =
          "salesforce: a CSV file field,value,maps_to overriding the default mapping of lead"
              + " sources and partner roles.")
  Path roleMap;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The exported files.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter stderr = spec.commandLine().getErr();
    if ((stageMap != null || roleMap != null) && from != System.SALESFORCE) {
      stderr.println("alliancekit import: --stage-map and --role-map apply to salesforce only");
      return ExitCodes.USAGE;
    }
    PartnerId hostId = PartnerId.parse(host);
    PortfolioData data =
        switch (from) {
          case ACE -> AceImport.read(files, hostId, PartnerId.parse(platformOr("aws")));
          case PARTNER_CENTER ->
              PartnerCenterImport.read(files, hostId, PartnerId.parse(platformOr("microsoft")));
          case SALESFORCE ->
              SalesforceImport.read(
                  files, Optional.ofNullable(stageMap), Optional.ofNullable(roleMap), hostId);
        };
    Files.createDirectories(out);
    PortfolioWriter.write(data, out);
    ReportFiles.problems(data.problems(), out.resolve(ReportFiles.PROBLEMS));
    long errors = data.problems().stream().filter(problem -> !problem.isWarning()).count();
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "%s: %d accounts, %d opportunities, %d leads written to %s; %d errors, %d warnings"
                + " in %s%n",
            from.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            data.accounts().size(),
            data.opportunities().size(),
            data.leads().size(),
            out,
            errors,
            data.problems().size() - errors,
            out.resolve(ReportFiles.PROBLEMS));
    if (data.opportunities().isEmpty() && data.leads().isEmpty() && errors > 0) {
      printErrors(data.problems(), stderr);
      return ExitCodes.FAILED;
    }
    return errors > 0 ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
  }

  private String platformOr(String standard) {
    return platform == null ? standard : platform;
  }

  static void printErrors(List<Problem> problems, PrintWriter stderr) {
    ImmutableList<Problem> errors =
        problems.stream()
            .filter(problem -> !problem.isWarning())
            .collect(ImmutableList.toImmutableList());
    stderr.println("alliancekit: no record could be read:");
    errors.stream().limit(20).forEach(problem -> stderr.println("  " + problem));
    if (errors.size() > 20) {
      stderr.println("  ... " + (errors.size() - 20) + " more in problems.csv");
    }
    stderr.flush();
  }

  /** Reads {@code ace}, {@code partner-center} or {@code salesforce}, ignoring case. */
  static final class SystemConverter implements picocli.CommandLine.ITypeConverter<System> {
    @Override
    public System convert(String value) {
      for (System system : System.values()) {
        if (system.name().replace('_', '-').equalsIgnoreCase(value)) {
          return system;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + value + "' is not one of ace, partner-center, salesforce");
    }
  }
}
