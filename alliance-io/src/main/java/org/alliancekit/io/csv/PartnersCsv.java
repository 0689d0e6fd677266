package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code partners.csv}: one row per company, the host included.
 *
 * <table>
 *   <caption>Columns of partners.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>partner_id</td><td>yes</td><td>the partner's id, unique in the file</td></tr>
 *   <tr><td>name</td><td>yes</td><td>display name, kept as written</td></tr>
 *   <tr><td>kinds</td><td>yes</td><td>one or more {@link PartnerKind} names separated by
 *       {@code ;}, such as {@code SYSTEMS_INTEGRATOR;RESELLER}</td></tr>
 *   <tr><td>country</td><td>no</td><td>ISO 3166 alpha-2 code of the headquarters</td></tr>
 *   <tr><td>employees</td><td>no</td><td>head count, a whole number; needed when a revenue is
 *       given</td></tr>
 *   <tr><td>annual_revenue</td><td>no</td><td>plain decimal in the row's currency</td></tr>
 *   <tr><td>currency</td><td>no</td><td>ISO 4217 code the company reports in; needed when a
 *       revenue is given</td></tr>
 *   <tr><td>segments</td><td>no</td><td>customer segments joined by {@code ;}</td></tr>
 *   <tr><td>regions</td><td>no</td><td>regions joined by {@code ;}</td></tr>
 *   <tr><td>fiscal_year_start_month</td><td>no</td><td>the month the fiscal year starts in, 1 to
 *       12; empty for 1 (January)</td></tr>
 * </table>
 *
 * <p>Columns may come in any order; the optional ones may be left out of the header. Enumerated
 * values are matched ignoring case. A partner's competencies are held by {@link CompetenciesCsv}; a
 * segment or region holding {@code ;} or surrounding whitespace cannot be written, since the cell
 * would not read back the same.
 *
 * <p>Rows are read as described in {@link PortfolioReader}: every good row becomes a {@link
 * PartnerRow}, every bad row is reported with its line and left out. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class PartnersCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "partners.csv";

  /** Column {@code partner_id}. */
  public static final String PARTNER_ID = "partner_id";

  /** Column {@code name}. */
  public static final String NAME = "name";

  /** Column {@code kinds}. */
  public static final String KINDS = "kinds";

  /** Column {@code country}. */
  public static final String COUNTRY = "country";

  /** Column {@code employees}. */
  public static final String EMPLOYEES = "employees";

  /** Column {@code annual_revenue}. */
  public static final String ANNUAL_REVENUE = "annual_revenue";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  /** Column {@code segments}: customer segments joined by {@code ;}. */
  public static final String SEGMENTS = "segments";

  /** Column {@code regions}: regions joined by {@code ;}. */
  public static final String REGIONS = "regions";

  /** Column {@code fiscal_year_start_month}: 1 to 12, empty for 1 (January). */
  public static final String FISCAL_YEAR_START_MONTH = "fiscal_year_start_month";

  private static final Splitter KIND_SPLITTER = Splitter.on(';').trimResults().omitEmptyStrings();

  private static final Column<PartnerRow, PartnerId> ID_COLUMN =
      Column.shared(
          Column.required(PARTNER_ID, Cells.PARTNER_ID, row -> row.partner().id().value()));
  private static final Column<PartnerRow, String> NAME_COLUMN =
      Column.requiredText(NAME, Cells::name, row -> row.partner().name());
  private static final Column<PartnerRow, Set<PartnerKind>> KINDS_COLUMN =
      Column.required(
          KINDS,
          PartnersCsv::kinds,
          row -> row.partner().kinds().stream().map(Enum::name).collect(Collectors.joining(";")));
  private static final Column<PartnerRow, CountryCode> COUNTRY_COLUMN =
      Column.optional(
          COUNTRY,
          CountryCode::parse,
          row -> row.partner().headquarters().map(CountryCode::alpha2).orElse(""));
  private static final Column<PartnerRow, Long> EMPLOYEES_COLUMN =
      Column.optional(
          EMPLOYEES,
          Cells::nonNegativeWholeNumber,
          row -> row.partner().size().map(size -> Long.toString(size.employees())).orElse(""));
  private static final Column<PartnerRow, BigDecimal> REVENUE_COLUMN =
      Column.optional(
          ANNUAL_REVENUE,
          Cells::nonNegativeDecimal,
          row ->
              row.partner()
                  .size()
                  .flatMap(CompanySize::annualRevenue)
                  .map(Cells::format)
                  .orElse(""));
  private static final Column<PartnerRow, CurrencyUnit> CURRENCY_COLUMN =
      Column.optional(
          CURRENCY,
          Cells::currency,
          row -> row.currency().map(CurrencyUnit::getCurrencyCode).orElse(""));
  private static final Column<PartnerRow, ImmutableSet<String>> SEGMENTS_COLUMN =
      Column.optional(
          SEGMENTS, Cells::names, row -> Cells.joinNames(SEGMENTS, row.partner().segments()));
  private static final Column<PartnerRow, ImmutableSet<String>> REGIONS_COLUMN =
      Column.optional(
          REGIONS, Cells::names, row -> Cells.joinNames(REGIONS, row.partner().regions()));
  private static final Column<PartnerRow, Month> FISCAL_MONTH_COLUMN =
      Column.optional(
          FISCAL_YEAR_START_MONTH,
          Cells::month,
          row -> Integer.toString(row.partner().fiscalYearStartMonth().getValue()));
  private static final Columns<PartnerRow> TABLE =
      Columns.of(
          ID_COLUMN,
          NAME_COLUMN,
          KINDS_COLUMN,
          COUNTRY_COLUMN,
          EMPLOYEES_COLUMN,
          REVENUE_COLUMN,
          CURRENCY_COLUMN,
          SEGMENTS_COLUMN,
          REGIONS_COLUMN,
          FISCAL_MONTH_COLUMN);

  /** The columns in the order they are written. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private PartnersCsv() {}

  /**
   * Reads partner rows from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<PartnerRow> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    Collector collector = new Collector();
    TABLE.read(in, fileName, collector.problems, collector::accept);
    return collector.result();
  }

  /** Reads partner rows from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<PartnerRow> read(Path file) {
    checkNotNull(file, "file");
    Collector collector = new Collector();
    TABLE.read(file, String.valueOf(file.getFileName()), collector.problems, collector::accept);
    return collector.result();
  }

  /**
   * Writes the rows, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<PartnerRow> rows) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(rows, "rows");
    TABLE.write(out, rows);
  }

  /**
   * Writes the rows, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<PartnerRow> rows) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(rows, "rows");
    TABLE.write(file, rows);
  }

  /** Turns rows into partner rows, remembering the ids seen. */
  private static final class Collector {
    final List<Problem> problems = new ArrayList<>();
    final List<PartnerRow> values = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    final Map<PartnerId, Long> seen = new HashMap<>();

    void accept(Row row) {
      Optional<PartnerId> id = row.get(ID_COLUMN);
      Optional<String> name = row.get(NAME_COLUMN);
      Optional<Set<PartnerKind>> kinds = row.get(KINDS_COLUMN);
      Optional<CountryCode> country = row.get(COUNTRY_COLUMN);
      Optional<Long> employees = row.get(EMPLOYEES_COLUMN);
      Optional<BigDecimal> revenue = row.get(REVENUE_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Optional<ImmutableSet<String>> segments = row.get(SEGMENTS_COLUMN);
      Optional<ImmutableSet<String>> regions = row.get(REGIONS_COLUMN);
      Optional<Month> fiscalMonth = row.get(FISCAL_MONTH_COLUMN);
      if (row.token(ANNUAL_REVENUE).isPresent()) {
        if (row.token(CURRENCY).isEmpty()) {
          row.problem(
              CURRENCY,
              ProblemKind.MISSING_VALUE,
              CURRENCY + " must not be empty when " + ANNUAL_REVENUE + " is given");
        }
        if (row.token(EMPLOYEES).isEmpty()) {
          row.problem(
              EMPLOYEES,
              ProblemKind.MISSING_VALUE,
              EMPLOYEES + " must not be empty when " + ANNUAL_REVENUE + " is given");
        }
      }
      id.filter(seen::containsKey)
          .ifPresent(
              partnerId ->
                  row.problem(
                      PARTNER_ID,
                      ProblemKind.DUPLICATE,
                      "partner "
                          + partnerId
                          + " is already listed on line "
                          + seen.get(partnerId)));
      if (row.hasProblems()) {
        problems.addAll(row.problems());
        return;
      }
      try {
        Partner.Builder partner =
            Partner.builder()
                .id(id.orElseThrow())
                .name(name.orElseThrow())
                .kinds(kinds.orElseThrow())
                .headquarters(country)
                .segments(segments.orElse(ImmutableSet.of()))
                .regions(regions.orElse(ImmutableSet.of()))
                .fiscalYearStartMonth(fiscalMonth.orElse(Month.JANUARY));
        employees.ifPresent(
            count ->
                partner.size(
                    revenue
                        .map(
                            amount ->
                                CompanySize.of(count, Money.of(amount, currency.orElseThrow())))
                        .orElseGet(() -> CompanySize.of(count))));
        values.add(new PartnerRow(partner.build(), currency));
        lines.add(row.line());
        seen.put(id.orElseThrow(), row.line());
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(
            Problem.inFile(row.file(), row.line(), "", ProblemKind.INVALID_VALUE, e.getMessage()));
      }
    }

    ReadResult<PartnerRow> result() {
      return ReadResult.of(values, lines, problems);
    }
  }

  private static Set<PartnerKind> kinds(String text) {
    Set<PartnerKind> kinds = EnumSet.noneOf(PartnerKind.class);
    for (String kind : KIND_SPLITTER.split(text)) {
      kinds.add(Cells.constant(PartnerKind.class, kind));
    }
    if (kinds.isEmpty()) {
      throw new BadCell(ProblemKind.MISSING_VALUE, "must name at least one partner kind");
    }
    return kinds;
  }
}
