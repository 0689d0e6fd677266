package org.alliancekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.alliancekit.report.Progress;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  /** A clock the test moves by hand. */
  private static final class FakeClock {
    long nanos = 1_000;

    void advanceMillis(long millis) {
      nanos += TimeUnit.MILLISECONDS.toNanos(millis);
    }
  }

  private final FakeClock clock = new FakeClock();
  private final StringWriter text = new StringWriter();
  private final ConsoleProgress progress =
      new ConsoleProgress(new PrintWriter(text), () -> clock.nanos);

  @Test
  void printsNothingForAPhaseOfUnderTwoSeconds() {
    progress.update("scoring relationships", 0, 5_000);
    clock.advanceMillis(1_000);
    progress.update("scoring relationships", 2_500, 5_000);
    clock.advanceMillis(999);
    progress.update("scoring relationships", 5_000, 5_000);

    assertEquals("", text.toString());
  }

  @Test
  void printsCountsOnceAPhaseHasRunTwoSecondsThenAtMostOnceASecondAndAtTheEnd() {
    progress.update("scoring relationships", 0, 5_000);
    clock.advanceMillis(2_000);
    progress.update("scoring relationships", 2_000, 5_000);
    clock.advanceMillis(500);
    progress.update("scoring relationships", 3_000, 5_000);
    clock.advanceMillis(500);
    progress.update("scoring relationships", 4_000, 5_000);
    clock.advanceMillis(10);
    progress.update("scoring relationships", 5_000, 5_000);

    assertEquals(
        String.join(
            System.lineSeparator(),
            "scoring relationships: 2,000 of 5,000 (40%)",
            "scoring relationships: 4,000 of 5,000 (80%)",
            "scoring relationships: 5,000 of 5,000 (100%)",
            ""),
        text.toString());
  }

  @Test
  void countsRowsOfAPhaseWhoseSizeIsNotKnownYet() {
    progress.update("reading", 0, -1);
    clock.advanceMillis(2_500);
    progress.update("reading", 120_000, -1);
    clock.advanceMillis(1_000);
    progress.update("reading", 250_000, 250_000);

    assertEquals(
        String.join(
            System.lineSeparator(), "reading: 120,000", "reading: 250,000 of 250,000 (100%)", ""),
        text.toString());
  }

  @Test
  void eachPhaseHasItsOwnTwoSeconds() {
    progress.update("reading", 0, -1);
    clock.advanceMillis(3_000);
    progress.update("reading", 10, 10);
    progress.update("scoring relationships", 0, 4);
    clock.advanceMillis(1_500);
    progress.update("scoring relationships", 4, 4);

    assertEquals("reading: 10 of 10 (100%)" + System.lineSeparator(), text.toString());
  }

  @Test
  void quietOrWithoutATerminalShowsNothing() {
    StringWriter err = new StringWriter();

    assertSame(Progress.NONE, ConsoleProgress.of(true, new PrintWriter(err)));
    // Tests run without a terminal, as when standard error goes to a file or a pipe.
    assertFalse(ConsoleProgress.hasTerminal());
    assertSame(Progress.NONE, ConsoleProgress.of(false, new PrintWriter(err)));
  }
}
