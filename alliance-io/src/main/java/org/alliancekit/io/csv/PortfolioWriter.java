package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.alliancekit.io.PortfolioData;
import org.apiguardian.api.API;

/**
 * Writes {@link PortfolioData} as a portfolio folder that {@link PortfolioReader} reads back: the
 * five files of partners, relationships, assessments, opportunities and involvements, plus {@value
 * RatesCsv#FILE_NAME} when there are rates. The problems of the data are not written.
 *
 * <p>What each file cannot hold is described by its class; a value a file would read back
 * differently is rejected before any file is written. Within those limits, writing and reading
 * again gives equal values. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class PortfolioWriter {
  private PortfolioWriter() {}

  /**
   * Where the files of a portfolio go: a folder, or anything else that can open a file by name for
   * writing.
   */
  @API(status = STABLE, since = "0.1")
  @FunctionalInterface
  public interface Sink {
    /**
     * Opens the file with the given name for writing, replacing any content. The caller closes the
     * writer.
     *
     * @throws IOException if the file cannot be opened
     */
    Writer open(String fileName) throws IOException;

    /** Returns the sink that writes UTF-8 files into a folder, which is created if need be. */
    static Sink directory(Path directory) {
      checkNotNull(directory, "directory");
      return fileName -> {
        Files.createDirectories(directory);
        return Files.newBufferedWriter(directory.resolve(fileName), UTF_8);
      };
    }
  }

  /**
   * Writes the portfolio into a folder, which is created if need be.
   *
   * @throws IllegalArgumentException before any file is written, if a value cannot be written
   * @throws IOException if writing fails
   */
  public static void write(PortfolioData data, Path directory) throws IOException {
    write(data, Sink.directory(directory));
  }

  /**
   * Writes the portfolio's files to the sink.
   *
   * @throws IllegalArgumentException before any file is written, if a value cannot be written
   * @throws IOException if writing fails
   */
  public static void write(PortfolioData data, Sink sink) throws IOException {
    checkNotNull(data, "data");
    checkNotNull(sink, "sink");
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    StringWriter partners = new StringWriter();
    PartnersCsv.write(partners, data.partners());
    files.put(PartnersCsv.FILE_NAME, partners.toString());
    StringWriter relationships = new StringWriter();
    RelationshipsCsv.write(relationships, data.relationships());
    files.put(RelationshipsCsv.FILE_NAME, relationships.toString());
    StringWriter assessments = new StringWriter();
    AssessmentsCsv.write(assessments, data.assessments());
    files.put(AssessmentsCsv.FILE_NAME, assessments.toString());
    StringWriter opportunities = new StringWriter();
    OpportunitiesCsv.writeOpportunities(opportunities, data.opportunities());
    files.put(OpportunitiesCsv.OPPORTUNITIES_FILE_NAME, opportunities.toString());
    StringWriter involvements = new StringWriter();
    OpportunitiesCsv.writeInvolvements(involvements, data.opportunities());
    files.put(OpportunitiesCsv.INVOLVEMENTS_FILE_NAME, involvements.toString());
    if (!data.rates().isEmpty()) {
      StringWriter rates = new StringWriter();
      RatesCsv.write(rates, data.rates());
      files.put(RatesCsv.FILE_NAME, rates.toString());
    }
    for (Map.Entry<String, String> file : files.buildOrThrow().entrySet()) {
      try (Writer out = sink.open(file.getKey())) {
        out.write(file.getValue());
      }
    }
  }
}
