package org.alliancekit.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.alliancekit.report.Progress;

/**
 * Shows progress on standard error for a phase that takes longer than {@value #QUIET_SECONDS}
 * seconds: nothing before, then a line with the count (and the share, when the size of the phase is
 * known) at most once a second, and a last line when the phase ends. Quick phases print nothing.
 *
 * <p>The tool shows progress only on a terminal: with {@code --quiet}, or when standard error is
 * redirected to a file or a pipe, {@link #of} gives {@link Progress#NONE}. The clock is passed in,
 * so that tests can move time on.
 */
final class ConsoleProgress implements Progress {
  /** How long a phase runs before its progress is shown. */
  static final long QUIET_SECONDS = 2;

  private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(QUIET_SECONDS);
  private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final PrintWriter err;
  private final LongSupplier nanoTime;
  private String phase = "";
  private long started;
  private long printed;
  private boolean shown;

  /**
   * A printer of progress.
   *
   * @param err where the lines are printed
   * @param nanoTime the clock, in nanoseconds, such as {@link System#nanoTime}
   */
  ConsoleProgress(PrintWriter err, LongSupplier nanoTime) {
    this.err = err;
    this.nanoTime = nanoTime;
  }

  /**
   * The progress a command shows: none when {@code quiet} or when the tool has no terminal (as when
   * its output goes to a file or a pipe, see {@link #hasTerminal}), else a printer on {@code err}
   * with the system clock.
   */
  static Progress of(boolean quiet, PrintWriter err) {
    return quiet || !hasTerminal() ? Progress.NONE : new ConsoleProgress(err, System::nanoTime);
  }

  /**
   * Whether the tool runs on a terminal: a {@link System#console()} that, from Java 22 on, also
   * says it is a terminal ({@code Console.isTerminal()}, looked up so the tool runs on Java 17).
   */
  static boolean hasTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
    } catch (ReflectiveOperationException e) {
      // Before Java 22 there is a console only on a terminal.
      return true;
    }
  }

  @Override
  public void update(String phase, long done, long total) {
    long now = nanoTime.getAsLong();
    if (!phase.equals(this.phase)) {
      this.phase = phase;
      started = now;
      shown = false;
    }
    if (now - started < QUIET_NANOS) {
      return;
    }
    boolean ended = total >= 0 && done >= total;
    if (shown && !ended && now - printed < EVERY_NANOS) {
      return;
    }
    if (total < 0) {
      err.printf(Locale.ROOT, "%s: %,d%n", phase, done);
    } else {
      long percent = total == 0 ? 100 : done * 100 / total;
      err.printf(Locale.ROOT, "%s: %,d of %,d (%d%%)%n", phase, done, total, percent);
    }
    err.flush();
    printed = now;
    shown = true;
    if (ended) {
      this.phase = "";
    }
  }
}
