package org.alliancekit.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alliancekit.report.ReportScoring;
import org.alliancekit.report.ReportScorings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code alliancekit} command-line tool, started by the {@code ./alliancekit} script at the
 * root of the repository.
 *
 * <pre>
 * alliancekit report    [--in DIR] [--out DIR] [--currency CCY] [--quiet]
 * alliancekit attribute --journeys FILE --out DIR [--currency CCY] [--half-life-days D]
 * alliancekit shapley   --game FILE [--samples N] [--seed S]
 * </pre>
 *
 * <p>{@code report} reads a portfolio folder (by default the sample portfolio bundled with the
 * tool) and writes scores.csv, potential.csv, attribution.csv, forecast.csv, gaps.csv, problems.csv
 * and report.html into a folder ({@code alliancekit-report} by default). {@code attribute} and
 * {@code shapley} are described in their classes. Exit codes are listed in {@link ExitCodes}.
 * Charts are drawn without a display ({@code java.awt.headless}).
 */
@Command(
    name = "alliancekit",
    description = "Alliance portfolio report, partner attribution and Shapley values.",
    synopsisSubcommandLabel = "COMMAND",
    mixinStandardHelpOptions = true,
    versionProvider = AllianceKitCli.Version.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done, no errors in the input",
      "1:done from the valid rows, but the input had errors (all listed)",
      "2:wrong command line",
      "3:nothing could be produced"
    })
public final class AllianceKitCli implements Callable<Integer> {
  /** Held so that its level stays set: Moneta logs its set-up at INFO on first use. */
  private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

  @Spec CommandSpec spec;

  private AllianceKitCli() {}

  /** Runs the tool with the standard scoring and exits with its exit code. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    MONETA.setLevel(Level.WARNING);
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int code = execute(ReportScorings.standard(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool without exiting and returns its exit code ({@link ExitCodes}).
   *
   * @param scoring how {@code report} scores relationships
   * @param out where results and summaries are printed
   * @param err where progress, problems and errors are printed
   * @param args the command line, such as {@code report --in portfolio}
   */
  public static int execute(
      ReportScoring scoring, PrintWriter out, PrintWriter err, String... args) {
    checkNotNull(scoring, "scoring");
    CommandLine commandLine = commandLine(scoring);
    commandLine.setOut(checkNotNull(out, "out"));
    commandLine.setErr(checkNotNull(err, "err"));
    commandLine.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          cl.getErr()
              .println(
                  "alliancekit "
                      + cl.getCommandName()
                      + ": "
                      + (e instanceof IOException ? e.getMessage() : e.toString()));
          cl.getErr().flush();
          return ExitCodes.FAILED;
        });
    int code = commandLine.execute(checkNotNull(args, "args"));
    out.flush();
    err.flush();
    return code;
  }

  /** The command line of the tool with its five commands. */
  static CommandLine commandLine(ReportScoring scoring) {
    CommandLine commandLine = new CommandLine(new AllianceKitCli());
    commandLine.addSubcommand(new ReportCommand(scoring));
    commandLine.addSubcommand(new AttributeCommand());
    commandLine.addSubcommand(new ShapleyCommand());
    commandLine.addSubcommand(new ImportCommand());
    commandLine.addSubcommand(new ExportCommand());
    return commandLine;
  }

  /** Without a command: prints the usage and returns {@link ExitCodes#USAGE}. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("alliancekit: a command is required");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The version of the tool: the version of its jar, when it has one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AllianceKitCli.class.getPackage().getImplementationVersion();
      return new String[] {"alliancekit " + (version == null ? "(development build)" : version)};
    }
  }
}
