package org.alliancekit.examples;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.report.sample.SamplePortfolio;
import org.javamoney.moneta.Money;

/**
 * Imports a Salesforce-style CRM export, an {@code Opportunity} file and an {@code
 * OpportunityPartner} file, into the model's {@link Opportunity}, reporting every row it cannot
 * take with its file, line, column and reason.
 *
 * <table>
 *   <caption>How the columns map onto the model</caption>
 *   <tr><th>file</th><th>column</th><th>becomes</th></tr>
 *   <tr><td>Opportunity</td><td>Id</td><td>the opportunity id</td></tr>
 *   <tr><td>Opportunity</td><td>Name</td><td>the opportunity name</td></tr>
 *   <tr><td>Opportunity</td><td>AccountId, Account.Name</td><td>the customer account</td></tr>
 *   <tr><td>Opportunity</td><td>StageName</td><td>a stage of the co-sell model, through {@link
 *       #STAGES}</td></tr>
 *   <tr><td>Opportunity</td><td>Amount, CurrencyIsoCode</td><td>the amount</td></tr>
 *   <tr><td>Opportunity</td><td>CreatedDate</td><td>the creation date (a date-time is taken on its
 *       UTC day)</td></tr>
 *   <tr><td>Opportunity</td><td>CloseDate</td><td>the expected close date</td></tr>
 *   <tr><td>Opportunity</td><td>OwnerId</td><td>a user of the host's CRM, so the host owns the
 *       opportunity; it must not be empty</td></tr>
 *   <tr><td>Opportunity</td><td>LeadSource</td><td>the origin, through {@link #LEAD_SOURCES};
 *       any other lead source, or none, is {@link Origin#DIRECT}</td></tr>
 *   <tr><td>OpportunityPartner</td><td>OpportunityId</td><td>the opportunity involved</td></tr>
 *   <tr><td>OpportunityPartner</td><td>AccountToId</td><td>the partner, through the partner
 *       account table given to {@link #of}</td></tr>
 *   <tr><td>OpportunityPartner</td><td>Role</td><td>an involvement role, through {@link
 *       #ROLES}</td></tr>
 *   <tr><td>OpportunityPartner</td><td>IsPrimary</td><td>{@code true} or {@code false}; on a
 *       partner-sourced opportunity the primary partner is the one that brought it, and is recorded
 *       as {@link InvolvementRole#ORIGINATOR} as well</td></tr>
 * </table>
 *
 * <p>Columns are matched ignoring case, in any order; other columns of the export are ignored. The
 * files are read with FastCSV (RFC 4180 quoting). A row that breaks a rule is left out and reported
 * as an {@link Problem}; so is every partner row of an opportunity that was left out. A
 * partner-sourced opportunity needs a primary partner, and any opportunity whose origin credits a
 * partner needs at least one partner row.
 *
 * <p>Run it with {@code java org.alliancekit.examples.CrmImport}: it imports the small export
 * bundled with the examples, which holds a few deliberately broken rows, and prints what it
 * imported and every problem. Instances are immutable and thread-safe.
 */
public final class CrmImport {
  /** The name of the opportunity file in problems. */
  public static final String OPPORTUNITY_FILE = "Opportunity.csv";

  /** The name of the opportunity partner file in problems. */
  public static final String PARTNER_FILE = "OpportunityPartner.csv";

  /** The class-path folder of the bundled export. */
  public static final String RESOURCE_FOLDER = "/org/alliancekit/examples/crm/";

  /** The Salesforce default sales stages and the co-sell stage each one maps onto. */
  public static final ImmutableMap<String, String> STAGES =
      ImmutableMap.<String, String>builder()
          .put("Prospecting", "Prospect")
          .put("Qualification", "Qualified")
          .put("Needs Analysis", "Qualified")
          .put("Value Proposition", "Technical Validation")
          .put("Id. Decision Makers", "Technical Validation")
          .put("Perception Analysis", "Business Validation")
          .put("Proposal/Price Quote", "Business Validation")
          .put("Negotiation/Review", "Committed")
          .put("Closed Won", "Launched")
          .put("Closed Lost", "Closed Lost")
          .buildOrThrow();

  /** The lead sources that credit a partner, and the origin each one maps onto. */
  public static final ImmutableMap<String, Origin> LEAD_SOURCES =
      ImmutableMap.of(
          "Partner Referral", Origin.PARTNER_SOURCED,
          "Partner", Origin.PARTNER_SOURCED,
          "Partner Influenced", Origin.PARTNER_INFLUENCED,
          "Referred to Partner", Origin.REFERRED_TO_PARTNER);

  /**
   * The partner roles of an opportunity partner row and the involvement role each one maps onto.
   */
  public static final ImmutableMap<String, InvolvementRole> ROLES =
      ImmutableMap.<String, InvolvementRole>builder()
          .put("System Integrator", InvolvementRole.DELIVERY)
          .put("Contractor", InvolvementRole.DELIVERY)
          .put("VAR/Reseller", InvolvementRole.RESELLER)
          .put("Dealer", InvolvementRole.RESELLER)
          .put("Distributor", InvolvementRole.DISTRIBUTOR)
          .put("Developer", InvolvementRole.TECHNOLOGY_PROVIDER)
          .put("Supplier", InvolvementRole.TECHNOLOGY_PROVIDER)
          .put("Consultant", InvolvementRole.INFLUENCER)
          .put("Agency", InvolvementRole.INFLUENCER)
          .put("Advertiser", InvolvementRole.INFLUENCER)
          .put("Broker", InvolvementRole.REFERRER)
          .put("Co-seller", InvolvementRole.CO_SELLER)
          .buildOrThrow();

  /** The partner accounts of the bundled export and the sample partners they are. */
  public static final ImmutableMap<String, PartnerId> SAMPLE_PARTNER_ACCOUNTS =
      ImmutableMap.<String, PartnerId>builder()
          .put("001Qy00000aCrVnIAA", PartnerId.of("corvane"))
          .put("001Qy00000aPlWkIAA", PartnerId.of("plaidwick"))
          .put("001Qy00000aMrDlIAA", PartnerId.of("meridale"))
          .put("001Qy00000aBrHsIAA", PartnerId.of("brackenhurst"))
          .put("001Qy00000aHdPrIAA", PartnerId.of("haldenpryce"))
          .put("001Qy00000aNdHtIAA", PartnerId.of("nordhalt"))
          .put("001Qy00000aQlLnIAA", PartnerId.of("quillon"))
          .put("001Qy00000aCrTsIAA", PartnerId.of("cortess"))
          .buildOrThrow();

  private static final String ID = "Id";
  private static final String NAME = "Name";
  private static final String ACCOUNT_ID = "AccountId";
  private static final String ACCOUNT_NAME = "Account.Name";
  private static final String STAGE_NAME = "StageName";
  private static final String AMOUNT = "Amount";
  private static final String CURRENCY = "CurrencyIsoCode";
  private static final String CLOSE_DATE = "CloseDate";
  private static final String CREATED_DATE = "CreatedDate";
  private static final String OWNER_ID = "OwnerId";
  private static final String LEAD_SOURCE = "LeadSource";
  private static final String OPPORTUNITY_ID = "OpportunityId";
  private static final String ACCOUNT_TO_ID = "AccountToId";
  private static final String ROLE = "Role";
  private static final String IS_PRIMARY = "IsPrimary";

  private static final ImmutableList<String> OPPORTUNITY_COLUMNS =
      ImmutableList.of(
          ID,
          NAME,
          ACCOUNT_ID,
          ACCOUNT_NAME,
          STAGE_NAME,
          AMOUNT,
          CURRENCY,
          CLOSE_DATE,
          CREATED_DATE,
          OWNER_ID,
          LEAD_SOURCE);
  private static final ImmutableList<String> PARTNER_COLUMNS =
      ImmutableList.of(OPPORTUNITY_ID, ACCOUNT_TO_ID, ROLE, IS_PRIMARY);

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]", Locale.ROOT);

  private final PartnerId host;
  private final ImmutableMap<String, PartnerId> partnerAccounts;
  private final StageModel stages = StageModels.coSell();

  private CrmImport(PartnerId host, ImmutableMap<String, PartnerId> partnerAccounts) {
    this.host = host;
    this.partnerAccounts = partnerAccounts;
  }

  /**
   * Returns an importer for the CRM of {@code host}, whose partner accounts are the given CRM
   * account ids of partners.
   */
  public static CrmImport of(PartnerId host, Map<String, PartnerId> partnerAccounts) {
    return new CrmImport(
        checkNotNull(host, "host"), ImmutableMap.copyOf(checkNotNull(partnerAccounts, "partners")));
  }

  /**
   * Imports the bundled export and prints what it imported and every problem to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Imports the bundled export and prints what it imported and every problem to {@code out}. */
  public static void run(PrintStream out) {
    ReadResult<Opportunity> result;
    try (Reader opportunities = resource(OPPORTUNITY_FILE);
        Reader partners = resource(PARTNER_FILE)) {
      result = of(SamplePortfolio.HOST, SAMPLE_PARTNER_ACCOUNTS).read(opportunities, partners);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf(
        Locale.ROOT,
        "Imported %d opportunities from %s and %s; %d problems:%n",
        result.values().size(),
        OPPORTUNITY_FILE,
        PARTNER_FILE,
        result.problems().size());
    for (Problem problem : result.problems()) {
      out.println("  " + problem);
    }
    out.println();
    for (Opportunity opportunity : result.values()) {
      out.println(
          String.format(
                  Locale.ROOT,
                  "%s  %-28s  %-20s  %16s  %-19s  %s",
                  opportunity.id(),
                  opportunity.name(),
                  opportunity.stage().name(),
                  Text.money(opportunity.amount()),
                  opportunity.origin(),
                  partners(opportunity))
              .stripTrailing());
    }
  }

  /**
   * Reads an export: the opportunity file and the opportunity partner file, each left open.
   *
   * @return every opportunity that could be imported, at the line of its row, and every problem,
   *     those of the opportunity file first, each file's by line
   */
  public ReadResult<Opportunity> read(Reader opportunities, Reader opportunityPartners) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(opportunityPartners, "opportunityPartners");
    List<Problem> problems = new ArrayList<>();
    Map<String, Deal> deals = new LinkedHashMap<>();
    Map<String, Long> rejected = new HashMap<>();
    for (Row row : rows(opportunities, OPPORTUNITY_FILE, OPPORTUNITY_COLUMNS, problems)) {
      Optional<Deal> deal = deal(row);
      String id = row.text(ID);
      if (deal.isPresent() && deals.containsKey(id)) {
        row.problem(ID, ProblemKind.DUPLICATE, "opportunity " + id + " is listed twice");
        deal = Optional.empty();
      }
      problems.addAll(row.problems);
      if (deal.isPresent()) {
        deals.put(id, deal.get());
      } else if (!id.isEmpty()) {
        rejected.putIfAbsent(id, row.line);
      }
    }

    List<Problem> partnerProblems = new ArrayList<>();
    for (Row row : rows(opportunityPartners, PARTNER_FILE, PARTNER_COLUMNS, partnerProblems)) {
      String id = row.text(OPPORTUNITY_ID);
      Deal deal = deals.get(id);
      if (deal == null) {
        row.problem(
            OPPORTUNITY_ID,
            ProblemKind.UNKNOWN_REFERENCE,
            rejected.containsKey(id)
                ? "opportunity " + id + " was left out (line " + rejected.get(id) + ")"
                : "opportunity " + id + " is not in " + OPPORTUNITY_FILE);
      }
      Optional<PartnerId> partner =
          row.required(
              ACCOUNT_TO_ID,
              account -> {
                PartnerId known = partnerAccounts.get(account);
                if (known == null) {
                  throw new BadValue(
                      ProblemKind.UNKNOWN_REFERENCE,
                      "account " + account + " is not a known partner account");
                }
                return known;
              });
      Optional<InvolvementRole> role = row.required(ROLE, text -> lookUp(ROLES, text, "role"));
      Optional<Boolean> primary = row.required(IS_PRIMARY, CrmImport::bool);
      if (deal != null && !row.hasProblems()) {
        deal.partners.add(new PartnerRow(row.line, partner.get(), role.get(), primary.get()));
      }
      partnerProblems.addAll(row.problems);
    }

    List<Opportunity> imported = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    for (Deal deal : deals.values()) {
      Optional<Opportunity> opportunity = build(deal, problems, partnerProblems);
      if (opportunity.isPresent()) {
        imported.add(opportunity.get());
        lines.add(deal.line);
      }
    }
    problems.sort(Comparator.comparingLong(Problem::line));
    partnerProblems.sort(Comparator.comparingLong(Problem::line));
    problems.addAll(partnerProblems);
    return ReadResult.of(imported, lines, problems);
  }

  /** The fields of a valid opportunity row, and the partner rows joined to it. */
  private static final class Deal {
    final long line;
    final Opportunity.Builder builder;
    final Origin origin;
    final List<PartnerRow> partners = new ArrayList<>();

    Deal(long line, Opportunity.Builder builder, Origin origin) {
      this.line = line;
      this.builder = builder;
      this.origin = origin;
    }
  }

  /** A valid opportunity partner row. */
  private record PartnerRow(long line, PartnerId partner, InvolvementRole role, boolean primary) {}

  private Optional<Deal> deal(Row row) {
    Optional<OpportunityId> id = row.required(ID, OpportunityId::of);
    Optional<String> name = row.required(NAME, Function.identity());
    Optional<AccountId> account = row.required(ACCOUNT_ID, AccountId::of);
    Optional<String> accountName = row.required(ACCOUNT_NAME, Function.identity());
    Optional<String> stage = row.required(STAGE_NAME, text -> lookUp(STAGES, text, "sales stage"));
    Optional<BigDecimal> amount = row.required(AMOUNT, CrmImport::amount);
    Optional<CurrencyUnit> currency = row.required(CURRENCY, CrmImport::currency);
    Optional<LocalDate> close = row.required(CLOSE_DATE, CrmImport::date);
    Optional<LocalDate> created = row.required(CREATED_DATE, CrmImport::date);
    row.required(OWNER_ID, Function.identity());
    Origin origin = LEAD_SOURCES.getOrDefault(row.text(LEAD_SOURCE), Origin.DIRECT);
    if (close.isPresent() && created.isPresent() && close.get().isBefore(created.get())) {
      row.problem(
          CLOSE_DATE,
          ProblemKind.INVALID_VALUE,
          "close date " + close.get() + " is before the creation date " + created.get());
    }
    if (row.hasProblems()) {
      return Optional.empty();
    }
    Opportunity.Builder builder =
        Opportunity.builder()
            .id(id.get())
            .name(name.get())
            .account(Account.of(account.get(), accountName.get()))
            .stage(stages.get(stage.get()))
            .amount(Money.of(amount.get(), currency.get()))
            .created(created.get())
            .expectedClose(close.get())
            .owner(host)
            .origin(origin);
    return Optional.of(new Deal(row.line, builder, origin));
  }

  private Optional<Opportunity> build(
      Deal deal, List<Problem> problems, List<Problem> partnerProblems) {
    String reason = null;
    List<PartnerRow> primaries = deal.partners.stream().filter(PartnerRow::primary).toList();
    if (deal.origin.involvesPartner() && deal.partners.isEmpty()) {
      reason = "lead source makes the opportunity " + deal.origin + ", but it has no partner";
    } else if (deal.origin == Origin.PARTNER_SOURCED && primaries.size() != 1) {
      reason =
          "a partner-sourced opportunity needs exactly one primary partner, the one that brought"
              + " it; it has "
              + primaries.size();
    }
    if (reason == null) {
      Map<String, Long> seen = new HashMap<>();
      for (PartnerRow row : deal.partners) {
        if (deal.origin == Origin.PARTNER_SOURCED && row.primary()) {
          deal.builder.addInvolvements(Involvement.of(row.partner(), InvolvementRole.ORIGINATOR));
        }
      }
      for (PartnerRow row : deal.partners) {
        Long earlier = seen.putIfAbsent(row.partner() + "/" + row.role(), row.line());
        if (earlier != null) {
          partnerProblems.add(
              Problem.inFile(
                  PARTNER_FILE,
                  row.line(),
                  ROLE,
                  ProblemKind.DUPLICATE,
                  "partner "
                      + row.partner()
                      + " already has role "
                      + row.role()
                      + " in this opportunity (line "
                      + earlier
                      + ")"));
        } else {
          deal.builder.addInvolvements(Involvement.of(row.partner(), row.role()));
        }
      }
      try {
        return Optional.of(deal.builder.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        reason = e.getMessage();
      }
    }
    problems.add(
        Problem.inFile(
            OPPORTUNITY_FILE, deal.line, LEAD_SOURCE, ProblemKind.INVALID_VALUE, reason));
    for (PartnerRow row : deal.partners) {
      partnerProblems.add(
          Problem.inFile(
              PARTNER_FILE,
              row.line(),
              OPPORTUNITY_ID,
              ProblemKind.UNKNOWN_REFERENCE,
              "the opportunity of this row was left out ("
                  + OPPORTUNITY_FILE
                  + " line "
                  + deal.line
                  + ")"));
    }
    return Optional.empty();
  }

  /** One data row of an export file, with the problems met reading its cells. */
  private static final class Row {
    final String file;
    final long line;
    final Map<String, Integer> columns;
    final List<String> fields;
    final List<Problem> problems = new ArrayList<>();

    Row(String file, long line, Map<String, Integer> columns, List<String> fields) {
      this.file = file;
      this.line = line;
      this.columns = columns;
      this.fields = fields;
    }

    String text(String column) {
      return fields.get(columns.get(column.toLowerCase(Locale.ROOT))).strip();
    }

    <T> Optional<T> required(String column, Function<String, T> parse) {
      String text = text(column);
      if (text.isEmpty()) {
        problem(column, ProblemKind.MISSING_VALUE, column + " is empty");
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(text));
      } catch (BadValue e) {
        problem(column, e.kind, e.getMessage());
      } catch (IllegalArgumentException e) {
        problem(column, ProblemKind.INVALID_VALUE, e.getMessage());
      }
      return Optional.empty();
    }

    void problem(String column, ProblemKind kind, String message) {
      problems.add(Problem.inFile(file, line, column, kind, message));
    }

    boolean hasProblems() {
      return !problems.isEmpty();
    }
  }

  /** A cell that cannot be read. */
  private static final class BadValue extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final ProblemKind kind;

    BadValue(ProblemKind kind, String message) {
      super(message);
      this.kind = kind;
    }
  }

  /** The data rows of an export file; a missing column or broken quoting is a problem. */
  private static List<Row> rows(
      Reader in, String file, List<String> required, List<Problem> problems) {
    List<Row> rows = new ArrayList<>();
    long line = 0;
    try {
      CsvReader<CsvRecord> csv =
          CsvReader.builder()
              .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
              .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
              .allowUnclosedQuote(false)
              .skipEmptyLines(true)
              .ofCsvRecord(in);
      Map<String, Integer> columns = null;
      int width = 0;
      for (CsvRecord record : csv) {
        line = record.getStartingLineNumber();
        if (columns == null) {
          columns = new HashMap<>();
          width = record.getFieldCount();
          for (int i = 0; i < width; i++) {
            columns.putIfAbsent(record.getField(i).strip().toLowerCase(Locale.ROOT), i);
          }
          Map<String, Integer> header = columns;
          List<String> missing =
              required.stream()
                  .filter(column -> !header.containsKey(column.toLowerCase(Locale.ROOT)))
                  .toList();
          for (String column : missing) {
            problems.add(
                Problem.inFile(
                    file,
                    line,
                    column,
                    ProblemKind.MISSING_COLUMN,
                    "required column " + column + " is missing from the header"));
          }
          if (!missing.isEmpty()) {
            return List.of();
          }
          continue;
        }
        if (record.getFieldCount() != width) {
          problems.add(
              Problem.inFile(
                  file,
                  line,
                  "",
                  ProblemKind.MALFORMED_ROW,
                  "row has " + record.getFieldCount() + " fields, but the header has " + width));
          continue;
        }
        rows.add(new Row(file, line, columns, record.getFields()));
      }
      if (columns == null) {
        problems.add(Problem.inFile(file, ProblemKind.MISSING_COLUMN, "file has no header row"));
      }
    } catch (CsvParseException e) {
      problems.add(
          Problem.inFile(
              file,
              line + 1,
              "",
              ProblemKind.UNREADABLE_FILE,
              "CSV syntax error, reading stopped here: " + e.getMessage()));
    } catch (UncheckedIOException e) {
      problems.add(
          Problem.inFile(
              file,
              line + 1,
              "",
              ProblemKind.UNREADABLE_FILE,
              "file cannot be read, reading stopped here: " + e.getCause()));
    }
    return rows;
  }

  private static <T> T lookUp(Map<String, T> table, String text, String what) {
    T value = table.get(text);
    if (value == null) {
      throw new BadValue(
          ProblemKind.INVALID_VALUE,
          what + " '" + text + "' is not one of " + String.join(", ", table.keySet()));
    }
    return value;
  }

  private static BigDecimal amount(String text) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new BadValue(ProblemKind.INVALID_VALUE, "amount '" + text + "' is not a number");
    }
    if (amount.signum() < 0) {
      throw new BadValue(ProblemKind.OUT_OF_RANGE, "amount " + text + " is negative");
    }
    return amount;
  }

  private static CurrencyUnit currency(String text) {
    try {
      return Monetary.getCurrency(text);
    } catch (UnknownCurrencyException e) {
      throw new BadValue(ProblemKind.INVALID_VALUE, "currency '" + text + "' is not known");
    }
  }

  private static LocalDate date(String text) {
    try {
      return text.length() <= 10
          ? LocalDate.parse(text)
          : OffsetDateTime.parse(text, DATE_TIME)
              .withOffsetSameInstant(ZoneOffset.UTC)
              .toLocalDate();
    } catch (DateTimeParseException e) {
      throw new BadValue(
          ProblemKind.INVALID_VALUE, "'" + text + "' is not a date such as 2026-03-31");
    }
  }

  private static boolean bool(String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new BadValue(ProblemKind.INVALID_VALUE, "'" + text + "' is neither true nor false");
  }

  private static Reader resource(String file) {
    InputStream in = CrmImport.class.getResourceAsStream(RESOURCE_FOLDER + file);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("resource " + RESOURCE_FOLDER + file + " is missing"));
    }
    return new InputStreamReader(in, UTF_8);
  }

  private static String partners(Opportunity opportunity) {
    Map<PartnerId, List<InvolvementRole>> roles = new LinkedHashMap<>();
    for (Involvement involvement : opportunity.involvements()) {
      roles.computeIfAbsent(involvement.party(), p -> new ArrayList<>()).add(involvement.role());
    }
    return roles.entrySet().stream()
        .map(
            entry ->
                entry.getKey()
                    + " ("
                    + entry.getValue().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + ")")
        .collect(Collectors.joining(", "));
  }
}
