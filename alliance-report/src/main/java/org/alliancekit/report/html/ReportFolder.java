package org.alliancekit.report.html;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.report.PortfolioAnalysis;
import org.alliancekit.report.PortfolioInput;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.ReportFiles;
import org.alliancekit.report.ReportScoring;
import org.alliancekit.report.ReportScorings;
import org.apiguardian.api.API;

/**
 * The whole portfolio report in one call: a portfolio in, a folder out holding the report's CSV
 * files ({@link ReportFiles}) and its self-contained page, {@value #PAGE} ({@link HtmlReport}).
 *
 * <pre>{@code
 * PortfolioData data = PortfolioReader.standard().read(Path.of("portfolio"));
 * PortfolioReport report = ReportFolder.write(data, Path.of("report"));
 * if (report.hasErrors()) { ... } // every problem is in report/problems.csv too
 * }</pre>
 *
 * <p>A stateless utility: it writes only into the folder it is given.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportFolder {
  /** The file name of the page in the folder. */
  public static final String PAGE = "report.html";

  private ReportFolder() {}

  /**
   * Analyses a portfolio read by {@code alliance-io} with the standard scoring ({@link
   * ReportScorings#standard()}) in the host's currency, and writes the report into {@code
   * directory}, which is created if needed.
   *
   * @return the report that was written
   * @throws IOException if a file cannot be written
   */
  public static PortfolioReport write(PortfolioData data, Path directory) throws IOException {
    checkNotNull(data, "data");
    return write(
        new PortfolioInput(data, ImmutableListMultimap.of()),
        Optional.empty(),
        ReportScorings.standard(),
        directory);
  }

  /**
   * Analyses a portfolio (with the parents of its joint ventures) with the given scoring in the
   * requested currency, or the host's when empty, and writes the report into {@code directory},
   * which is created if needed.
   *
   * @return the report that was written
   * @throws IOException if a file cannot be written
   */
  public static PortfolioReport write(
      PortfolioInput input, Optional<CurrencyUnit> currency, ReportScoring scoring, Path directory)
      throws IOException {
    checkNotNull(input, "input");
    checkNotNull(currency, "currency");
    checkNotNull(scoring, "scoring");
    PortfolioReport report = PortfolioAnalysis.of(scoring).analyse(input, currency);
    write(report, directory);
    return report;
  }

  /**
   * Writes a report already computed into {@code directory}, which is created if needed: the CSV
   * files, then the page.
   *
   * @return the files written, the page last
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<Path> write(PortfolioReport report, Path directory)
      throws IOException {
    checkNotNull(report, "report");
    checkNotNull(directory, "directory");
    List<Path> written = new ArrayList<>(ReportFiles.write(report, directory));
    written.add(HtmlReport.write(report, directory.resolve(PAGE)));
    return ImmutableList.copyOf(written);
  }
}
