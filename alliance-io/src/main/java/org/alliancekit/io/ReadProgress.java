package org.alliancekit.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Hears how many lines a reader has read so far, so that a command-line tool can show progress
 * while a large folder is read. The reader calls it from the thread that reads, every {@value
 * #EVERY} lines and at the end of each file; implementations decide what to show and how often.
 * Reading is the same with or without a listener.
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReadProgress {
  /** Progress that hears nothing. */
  ReadProgress NONE = (file, lines) -> {};

  /** How many lines a reader reads between two calls within a file. */
  int EVERY = 10_000;

  /**
   * Says that {@code lines} lines have been read so far, counted over every file read until now
   * (the header rows included).
   *
   * @param file the file being read, such as {@code opportunities.csv}
   * @param lines the lines read so far, over every file
   */
  void linesRead(String file, long lines);
}
