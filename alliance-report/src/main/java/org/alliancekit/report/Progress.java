package org.alliancekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Hears how far a long computation has got, so that a command-line tool can show progress on large
 * inputs. Implementations decide what to show and how often.
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface Progress {
  /** Progress that shows nothing. */
  Progress NONE = (phase, done, total) -> {};

  /**
   * Says that {@code done} of {@code total} items of a phase are finished. Called with {@code done}
   * 0 when a phase starts and with {@code done == total} when it ends. A phase whose size is not
   * known until it ends, such as reading files line by line, is called with a {@code total} of -1
   * until then.
   *
   * @param phase what is being done, such as "scoring relationships"
   * @param done how many items are finished
   * @param total how many items the phase has, or -1 while that is not known
   */
  void update(String phase, long done, long total);
}
