package org.alliancekit.io.salesforce;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.csv.CsvTable;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Reads Salesforce records into a {@link PortfolioData}: Data Loader CSV exports (API field names
 * as the header) of {@code Account}, {@code Opportunity}, {@code OpportunityPartner} (or {@code
 * Partner}), {@code OpportunityHistory}, {@code Lead}, {@code Campaign} and {@code CampaignMember}.
 *
 * <p>A file's object is recognised by its name without extension ({@code Opportunity.csv}, {@code
 * opportunitypartner.csv}), else by its header: the first object, in the order OpportunityHistory,
 * Partner, OpportunityPartner, CampaignMember, Lead, Campaign, Opportunity, Account, whose required
 * fields the header all names. A file recognised as neither is a problem. How the fields map onto
 * the model is in {@link SalesforceMapping} and the project's README.
 *
 * <p>Reading never throws for bad input: every record that breaks a rule is left out and reported
 * as a problem at its file, line and field, and the good records are kept. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SalesforceImport {
  private SalesforceImport() {}

  /**
   * Reads Salesforce export files.
   *
   * @param files the export files, one object per file, in any order
   * @param stageMap a stage map file ({@code StageName,stage}), needed when a stage name is neither
   *     a co-sell stage nor a standard Salesforce stage
   * @param roleMap a role map file ({@code field,value,maps_to}) overriding the default mapping of
   *     lead sources and partner roles
   * @param host the company whose Salesforce organisation it is: the owner of every opportunity
   * @return the host and partner accounts as partners, the customer accounts, opportunities (with
   *     involvements and stage histories), leads, campaigns, and every problem
   */
  public static PortfolioData read(
      List<Path> files, Optional<Path> stageMap, Optional<Path> roleMap, PartnerId host) {
    checkNotNull(files, "files");
    checkNotNull(stageMap, "stageMap");
    checkNotNull(roleMap, "roleMap");
    checkNotNull(host, "host");
    List<Problem> problems = new ArrayList<>();
    SalesforceMapping mapping = SalesforceMapping.load(stageMap, roleMap, problems);
    List<Record> records = new ArrayList<>();
    for (Path path : files) {
      String file = path.getFileName().toString();
      String head;
      try {
        head = firstLine(path);
      } catch (IOException | UncheckedIOException e) {
        problems.add(
            Problem.inFile(
                file, ProblemKind.UNREADABLE_FILE, "file " + file + " cannot be read: " + e));
        continue;
      }
      Optional<SalesforceObject> object = recognise(file, head, problems);
      object.ifPresent(
          known ->
              new CsvTable(lower(known.required()), lower(known.fields()))
                  .read(path, file, problems, row -> records.add(record(known, row, problems))));
    }
    return new Assembler(host, mapping, problems).assemble(records);
  }

  /**
   * Reads export files given as text by file name; the files of {@link #read(List, Optional,
   * Optional, PartnerId)} without the file system, for tests.
   */
  static PortfolioData readTexts(
      ImmutableMap<String, String> files,
      Optional<Path> stageMap,
      Optional<Path> roleMap,
      PartnerId host) {
    List<Problem> problems = new ArrayList<>();
    SalesforceMapping mapping = SalesforceMapping.load(stageMap, roleMap, problems);
    List<Record> records = new ArrayList<>();
    files.forEach(
        (file, text) -> {
          Optional<SalesforceObject> object = recognise(file, text, problems);
          object.ifPresent(
              known ->
                  new CsvTable(lower(known.required()), lower(known.fields()))
                      .read(
                          new StringReader(text),
                          file,
                          problems,
                          row -> records.add(record(known, row, problems))));
        });
    return new Assembler(host, mapping, problems).assemble(records);
  }

  private static Record record(
      SalesforceObject object, org.alliancekit.io.csv.Row row, List<Problem> problems) {
    return new Record(
        object,
        row.file(),
        row.line(),
        Optional.empty(),
        row.cells(lower(object.fields())),
        problems);
  }

  /** The object of a CSV file from its name or the header at the start of its text. */
  private static Optional<SalesforceObject> recognise(
      String file, String text, List<Problem> problems) {
    List<String> header = new ArrayList<>();
    try (Reader in = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
      Iterator<CsvRecord> rows = CsvReader.builder().ofCsvRecord(in).iterator();
      if (rows.hasNext()) {
        for (String field : rows.next().getFields()) {
          header.add(field.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable header is reported by the table reader if the name is known.
    }
    Optional<SalesforceObject> object = SalesforceObject.recognise(file, header);
    if (object.isEmpty()) {
      problems.add(
          Problem.inFile(
              file,
              1,
              "",
              ProblemKind.UNREADABLE_FILE,
              "file "
                  + file
                  + " is not recognised as a Salesforce export: name it after its object ("
                  + SalesforceObject.names()
                  + ", such as Opportunity.csv) or give it the object's required fields as"
                  + " columns"));
    }
    return object;
  }

  /** The file's first line (its header), read as UTF-8 text without reading the whole file. */
  private static String firstLine(Path path) throws IOException {
    try (Reader in = CsvTableOpen.open(path)) {
      StringBuilder line = new StringBuilder();
      boolean quoted = false;
      int c;
      while ((c = in.read()) >= 0 && line.length() < 1_000_000) {
        if (c == '"') {
          quoted = !quoted;
        } else if ((c == '\n' || c == '\r') && !quoted) {
          break;
        }
        line.append((char) c);
      }
      return line.toString();
    }
  }

  private static ImmutableList<String> lower(List<String> fields) {
    return fields.stream()
        .map(field -> field.toLowerCase(Locale.ROOT))
        .collect(ImmutableList.toImmutableList());
  }

  /** Opens files as UTF-8 text; undecodable bytes become U+FFFD, reported per row. */
  private static final class CsvTableOpen {
    static Reader open(Path path) throws IOException {
      return new java.io.InputStreamReader(
          Files.newInputStream(path), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
