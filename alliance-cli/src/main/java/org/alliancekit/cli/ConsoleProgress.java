package org.alliancekit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.alliancekit.report.Progress;

/**
 * Shows progress on a text stream for phases of at least {@value #LARGE} items, one line when the
 * phase starts and one at every tenth; smaller phases are too quick to need it.
 */
final class ConsoleProgress implements Progress {
  /** The fewest items a phase must have for its progress to be shown. */
  static final long LARGE = 1_000;

  private final PrintWriter err;
  private long lastTenth = -1;

  ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void update(String phase, long done, long total) {
    if (total < LARGE) {
      return;
    }
    long tenth = done * 10 / total;
    if (done == 0) {
      lastTenth = 0;
      err.printf(Locale.ROOT, "%s: %,d to do%n", phase, total);
      err.flush();
    } else if (tenth > lastTenth) {
      lastTenth = tenth;
      err.printf(Locale.ROOT, "%s: %,d of %,d (%d%%)%n", phase, done, total, tenth * 10);
      err.flush();
    }
  }
}
