package org.alliancekit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.alliancekit.report.ReportScoring;
import org.alliancekit.report.TestScoring;

/** The result of running the tool in a test: exit code and what it printed. */
record Run(int code, String out, String err) {
  static Run of(String... args) {
    return with(new TestScoring(), args);
  }

  static Run with(ReportScoring scoring, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AllianceKitCli.execute(scoring, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
  }
}
