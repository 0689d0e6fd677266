package org.alliancekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShapleyCommandTest {
  /** The glove game: a holds a left glove, b and c right ones; a pair is worth 1. */
  private static final String GLOVES =
      "coalition,value\n"
          + "a,0\n"
          + "b,0\n"
          + "c,0\n"
          + "a;b,1\n"
          + "c ; a,1\n"
          + "b;c,0\n"
          + "a;b;c,1\n";

  @Test
  void printsExactValues(@TempDir Path dir) throws IOException {
    Path game = Files.writeString(dir.resolve("gloves.csv"), GLOVES, UTF_8);

    Run run = Run.of("shapley", "--game", game.toString());

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    // a is pivotal in 4 of the 6 orders (2/3); b and c share the rest (1/6 each).
    assertEquals(
        "player,shapley\r\na,0.666667\r\nb,0.166667\r\nc,0.166667\r\n", run.out(), run::toString);
    assertTrue(run.err().contains("exact values"), run::toString);
  }

  @Test
  void samplesWithAStandardErrorAndASeed(@TempDir Path dir) throws IOException {
    Path game = Files.writeString(dir.resolve("gloves.csv"), GLOVES, UTF_8);

    Run first = Run.of("shapley", "--game", game.toString(), "--samples", "4000", "--seed", "7");
    Run again = Run.of("shapley", "--game", game.toString(), "--samples", "4000", "--seed", "7");
    Run other = Run.of("shapley", "--game", game.toString(), "--samples", "4000", "--seed", "8");

    assertEquals(ExitCodes.OK, first.code(), first::toString);
    assertEquals(first.out(), again.out());
    assertNotEquals(first.out(), other.out());
    String[] lines = first.out().split("\r\n");
    assertEquals("player,shapley,standard_error", lines[0]);
    double a = Double.parseDouble(lines[1].split(",")[1]);
    double error = Double.parseDouble(lines[1].split(",")[2]);
    assertTrue(error > 0 && error < 0.02, first::toString);
    assertEquals(2.0 / 3, a, 4 * error, first::toString);
    double sum = 0;
    for (int i = 1; i <= 3; i++) {
      sum += Double.parseDouble(lines[i].split(",")[1]);
    }
    assertEquals(1.0, sum, 1e-5);
    assertTrue(first.err().contains("4,000 random orders with seed 7"), first::toString);
  }

  @Test
  void namesAMissingCoalition(@TempDir Path dir) throws IOException {
    Path game = Files.writeString(dir.resolve("g.csv"), GLOVES.replace("b;c,0\n", ""), UTF_8);

    Run run = Run.of("shapley", "--game", game.toString());

    assertEquals(ExitCodes.INPUT_PROBLEMS, run.code(), run::toString);
    assertEquals("", run.out());
    assertTrue(run.err().contains("no value for coalition"), run::toString);
  }

  @Test
  void listsBadRowsWithTheirLines(@TempDir Path dir) throws IOException {
    Path game =
        Files.writeString(
            dir.resolve("g.csv"), GLOVES.replace("b;c,0", "b;c,zero") + "a;b,2\n", UTF_8);

    Run run = Run.of("shapley", "--game", game.toString());

    assertEquals(ExitCodes.INPUT_PROBLEMS, run.code(), run::toString);
    assertTrue(run.err().contains("g.csv:7 [value] INVALID_VALUE"), run::toString);
    assertTrue(run.err().contains("g.csv:9 [coalition] DUPLICATE"), run::toString);
    assertEquals("", run.out());
  }

  @Test
  void theEmptyCoalitionMayBeGivenAsZero(@TempDir Path dir) throws IOException {
    Path game =
        Files.writeString(dir.resolve("g.csv"), "coalition,value\n,0\na,3\nb,1\na;b,6\n", UTF_8);

    Run run = Run.of("shapley", "--game", game.toString());

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    // a: (3 + (6 - 1)) / 2 = 4; b: (1 + (6 - 3)) / 2 = 2.
    assertEquals("player,shapley\r\na,4.000000\r\nb,2.000000\r\n", run.out());
  }

  @Test
  void rejectsTooFewSamples(@TempDir Path dir) throws IOException {
    Path game = Files.writeString(dir.resolve("gloves.csv"), GLOVES, UTF_8);

    assertEquals(
        ExitCodes.USAGE, Run.of("shapley", "--game", game.toString(), "--samples", "1").code());
  }
}
