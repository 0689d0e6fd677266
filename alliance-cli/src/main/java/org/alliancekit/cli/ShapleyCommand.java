package org.alliancekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.game.Shapley;
import org.alliancekit.attribution.game.ShapleyValues;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.party.PartnerId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code alliancekit shapley}: the Shapley value of every player of a game given as a table of
 * coalition values (see {@link GameFile}), printed as CSV: {@code player,shapley}, and a third
 * column {@code standard_error} when the values are sampled.
 *
 * <p>Values are exact for up to {@value Shapley#MAX_EXACT_PLAYERS} players; beyond, or whenever
 * {@code --samples} is given, they are estimated from that many random orders of the players
 * ({@value #DEFAULT_SAMPLES} by default) drawn with {@code --seed}, so the same seed prints the
 * same values. The table must give every non-empty coalition of its players, which limits it to
 * {@value CharacteristicFunction#MAX_TABLE_PLAYERS} players.
 */
@Command(
    name = "shapley",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the Shapley value of every player of a game (coalition,value; members joined by"
          + " ';'; the empty coalition is worth 0) as player,shapley.",
      "Exact up to 20 players; sampled beyond, or with --samples, adding a standard_error column."
    })
final class ShapleyCommand implements Callable<Integer> {
  /** The number of permutations sampled when {@code --samples} is not given. */
  static final int DEFAULT_SAMPLES = 10_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--game",
      required = true,
      paramLabel = "FILE",
      description = "Characteristic function CSV file.")
  Path game;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Sample N random orders of the players instead of computing exactly.")
  Integer samples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of the sampling. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (samples != null && samples < 2) {
      stderr.println("alliancekit shapley: --samples must be at least 2, not " + samples);
      return ExitCodes.USAGE;
    }
    if (!Files.exists(game) || Files.isDirectory(game)) {
      stderr.println("alliancekit shapley: game file " + game + " does not exist");
      return ExitCodes.FAILED;
    }
    GameFile.Game read = GameFile.read(game);
    for (Problem problem : read.problems()) {
      stderr.println(problem);
    }
    if (read.problems().stream().anyMatch(p -> !p.isWarning())) {
      stderr.println(
          "alliancekit shapley: the game has bad rows, so it is incomplete; nothing computed");
      return ExitCodes.INPUT_PROBLEMS;
    }
    CharacteristicFunction function;
    try {
      function = CharacteristicFunction.ofTable(read.values());
    } catch (IllegalArgumentException e) {
      stderr.println("alliancekit shapley: " + game.getFileName() + ": " + e.getMessage());
      return ExitCodes.INPUT_PROBLEMS;
    }
    boolean exact = samples == null && function.size() <= Shapley.MAX_EXACT_PLAYERS;
    int permutations = samples == null ? DEFAULT_SAMPLES : samples;
    ShapleyValues values =
        (exact ? Shapley.exact() : Shapley.sampled(permutations, seed)).values(function);
    // The writer is flushed, not closed: closing it would close the output stream.
    CsvTableWriter csv =
        exact
            ? CsvTableWriter.of(stdout, "player", "shapley")
            : CsvTableWriter.of(stdout, "player", "shapley", "standard_error");
    for (PartnerId player : function.players()) {
      if (exact) {
        csv.row(player.value(), AttributeCommand.decimal(values.value(player)));
      } else {
        csv.row(
            player.value(),
            AttributeCommand.decimal(values.value(player)),
            AttributeCommand.decimal(values.standardError(player)));
      }
    }
    csv.flush();
    stderr.printf(
        Locale.ROOT,
        "%d players, grand coalition worth %s; %s%n",
        function.size(),
        AttributeCommand.decimal(values.grandCoalitionValue()),
        exact
            ? "exact values"
            : String.format(
                Locale.ROOT,
                "estimated from %,d random orders with seed %d (standard errors in the third"
                    + " column)",
                permutations,
                seed));
    return ExitCodes.OK;
  }
}
