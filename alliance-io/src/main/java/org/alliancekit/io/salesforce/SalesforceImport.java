package org.alliancekit.io.salesforce;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
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
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.cosell.JsonDocument;
import org.alliancekit.io.cosell.JsonInput;
import org.alliancekit.io.csv.CsvTable;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Reads Salesforce records into a {@link PortfolioData}: Data Loader CSV exports (API field names
 * as the header) of {@code Account}, {@code Opportunity}, {@code OpportunityPartner} (or {@code
 * Partner}), {@code OpportunityHistory}, {@code Contact} with {@code OpportunityContactRole},
 * {@code Lead}, {@code Campaign} and {@code CampaignMember}, and REST query results of the same
 * objects ({@code {"totalSize":..,"done":..,"records":[...]}}, each record naming its object in
 * {@code attributes.type}).
 *
 * <p>A file whose name ends in {@code .json} is a REST query result (or a JSON array of them, or a
 * single record); its records may be of several objects, and a child relationship's nested query
 * result (such as {@code OpportunityPartnersFrom}) is read as records too. A parent relationship
 * ({@code "Account":{"Name":..}}) gives the field {@code Account.Name}.
 *
 * <p>A CSV file's object is recognised by its name without extension ({@code Opportunity.csv},
 * {@code opportunitypartner.csv}), else by its header: the first object, in the order
 * OpportunityHistory, Partner, OpportunityContactRole, OpportunityPartner, CampaignMember, Lead,
 * Contact, Campaign, Opportunity, Account, whose required fields the header all names. A file
 * recognised as neither is a problem. How the fields map onto the model is in {@link
 * SalesforceMapping} and the project's README.
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
    List<JsonDocument> documents = new ArrayList<>();
    for (Path path : files) {
      String file = path.getFileName().toString();
      if (isJson(file)) {
        JsonDocument document = JsonInput.read(path);
        documents.add(document);
        RestRecords.read(document, records);
        continue;
      }
      String head;
      try {
        head = firstLine(path);
      } catch (IOException | UncheckedIOException e) {
        problems.add(
            Problem.inFile(
                file, ProblemKind.UNREADABLE_FILE, "file " + file + " cannot be read: " + e));
        continue;
      }
      recognise(file, head, problems)
          .ifPresent(
              known ->
                  table(known)
                      .read(
                          path, file, problems, row -> records.add(record(known, row, problems))));
    }
    return new Assembler(host, mapping, problems).assemble(records, documents);
  }

  /**
   * Reads export files given as text by file name, such as files bundled as resources; the same as
   * {@link #read(List, Optional, Optional, PartnerId)} without the file system. A name ending in
   * {@code .json} is a REST query result, any other a CSV export.
   *
   * @param files the text of each file by its name, such as {@code Opportunity.csv}
   */
  public static PortfolioData read(
      Map<String, String> files, Optional<Path> stageMap, Optional<Path> roleMap, PartnerId host) {
    checkNotNull(files, "files");
    checkNotNull(stageMap, "stageMap");
    checkNotNull(roleMap, "roleMap");
    checkNotNull(host, "host");
    List<Problem> problems = new ArrayList<>();
    SalesforceMapping mapping = SalesforceMapping.load(stageMap, roleMap, problems);
    List<Record> records = new ArrayList<>();
    List<JsonDocument> documents = new ArrayList<>();
    files.forEach(
        (file, text) -> {
          if (isJson(file)) {
            JsonDocument document = JsonInput.read(file, text);
            documents.add(document);
            RestRecords.read(document, records);
            return;
          }
          recognise(file, text, problems)
              .ifPresent(
                  known ->
                      table(known)
                          .read(
                              new StringReader(text),
                              file,
                              problems,
                              row -> records.add(record(known, row, problems))));
        });
    return new Assembler(host, mapping, problems).assemble(records, documents);
  }

  /** Whether a file is a REST query result, by its name ending in {@code .json}. */
  private static boolean isJson(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static CsvTable table(SalesforceObject object) {
    return new CsvTable(lower(object.required()), lower(object.fields()));
  }

  private static Record record(
      SalesforceObject object, org.alliancekit.io.csv.Row row, List<Problem> problems) {
    return new Record(
        object,
        row.file(),
        row.line(),
        Optional.empty(),
        row.cells(lower(object.fields())),
        Record.Sink.csv(row.file(), row.line(), problems));
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
