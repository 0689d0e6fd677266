package org.alliancekit.cli;

/**
 * The exit codes of {@code alliancekit}, the same for every command.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>{@value #OK}</td><td>done, and the input had no error (warnings, such as an unknown
 *       column, may have been listed)</td></tr>
 *   <tr><td>{@value #INPUT_PROBLEMS}</td><td>the input had errors: every bad row or value is
 *       listed (in problems.csv for {@code report} and {@code attribute}, on the error stream for
 *       {@code shapley}); {@code report} and {@code attribute} still wrote their results from the
 *       valid rows, while {@code shapley} prints nothing, since a game with a bad row is
 *       incomplete</td></tr>
 *   <tr><td>{@value #USAGE}</td><td>the command line is wrong (an unknown option, a missing or
 *       malformed value); the usage is printed</td></tr>
 *   <tr><td>{@value #FAILED}</td><td>nothing could be produced, and the reason is printed: the
 *       input folder or file is missing; no valid row was left to compute with (for {@code
 *       report}, a folder without a valid row in relationships.csv: missing, empty, header only or
 *       only bad rows); or the output could not be written</td></tr>
 * </table>
 */
public final class ExitCodes {
  /** Done, without errors in the input. */
  public static final int OK = 0;

  /** Done from the valid rows, but the input had errors, all of them listed. */
  public static final int INPUT_PROBLEMS = 1;

  /** The command line is wrong. */
  public static final int USAGE = 2;

  /** Nothing could be produced. */
  public static final int FAILED = 3;

  private ExitCodes() {}
}
