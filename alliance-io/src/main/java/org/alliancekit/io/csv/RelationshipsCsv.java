package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Exclusivity;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SalesMotion;
import org.alliancekit.model.relationship.SalesProcess;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code relationships.csv}: one row per relationship between the host and a
 * partner, with the revenue the alliance brings in.
 *
 * <table>
 *   <caption>Columns of relationships.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>relationship_id</td><td>yes</td><td>the relationship's id, unique in the
 *       file</td></tr>
 *   <tr><td>host_id</td><td>yes</td><td>the host company's partner id</td></tr>
 *   <tr><td>partner_id</td><td>yes</td><td>the partner's id, not the host's</td></tr>
 *   <tr><td>motion</td><td>yes</td><td>{@code SELL_WITH}, {@code SELL_TO} or {@code
 *       SELL_THROUGH}</td></tr>
 *   <tr><td>symmetry</td><td>yes</td><td>a {@link Symmetry} name; {@code SYMMETRIC} and {@code
 *       ASYMMETRIC} are accepted as short forms</td></tr>
 *   <tr><td>formality</td><td>yes</td><td>a {@link FormalityKind} name: {@code CONTRACT},
 *       {@code QUID_PRO_QUO} or {@code INFORMAL}</td></tr>
 *   <tr><td>start_date</td><td>yes</td><td>ISO-8601 date the relationship started</td></tr>
 *   <tr><td>alliance_revenue</td><td>yes</td><td>plain decimal, zero or more, in the row's
 *       currency</td></tr>
 *   <tr><td>currency</td><td>yes</td><td>ISO 4217 code of the revenue</td></tr>
 *   <tr><td>review_months</td><td>no</td><td>the formality's review cadence in whole months, 1
 *       or more, such as {@code 24}; empty when no cadence is agreed</td></tr>
 *   <tr><td>last_review_date</td><td>no</td><td>ISO-8601 date of the last review, not before
 *       the start</td></tr>
 *   <tr><td>sales_process</td><td>no</td><td>{@code AGREED} or {@code NONE}: whether an
 *       alliance sales process is agreed ({@link SalesProcess}); empty when not known</td></tr>
 *   <tr><td>host_sponsor</td><td>no</td><td>name of the host's executive sponsor</td></tr>
 *   <tr><td>partner_sponsor</td><td>no</td><td>name of the partner's executive
 *       sponsor</td></tr>
 *   <tr><td>host_alliance_manager</td><td>no</td><td>name of the host's alliance
 *       manager</td></tr>
 *   <tr><td>partner_alliance_manager</td><td>no</td><td>name of the partner's alliance
 *       manager</td></tr>
 *   <tr><td>exclusive_scope</td><td>no</td><td>the territories of an exclusivity joined by
 *       {@code ;}, such as {@code DE;AT}; empty when the relationship is not exclusive</td></tr>
 * </table>
 *
 * <p>The optional columns may be left out of the header; a blank cell of one reads as unknown, none
 * or not exclusive. A review cadence is read as {@link Period#ofMonths}.
 *
 * <p><b>Motions.</b> The host is the active side of a one-way motion: {@code SELL_TO} means the
 * host sells to the partner ({@link SellTo#of SellTo.of(host, partner)}), and {@code SELL_THROUGH}
 * means the host sells through the partner as its channel ({@link SellThrough#of
 * SellThrough.of(host, partner)}, supplier host, no access fee recorded). {@code SELL_WITH} gives
 * {@link SellWith#of SellWith.of("host", "partner", true)}: both sides take part and share prospect
 * data, with the generic roles {@value #HOST_ROLE} and {@value #PARTNER_ROLE}.
 *
 * <p><b>What the file does not hold.</b> Sell-with roles and access fees have no column: they are
 * not written, and a relationship read back has the defaults above. Commitments are held by {@link
 * CommitmentsCsv}. {@link #write} rejects what the file would read back differently: a one-way
 * motion that runs from the partner to the host (the file would read it back reversed); a review
 * cadence that is not a whole number of months alone, since periods compare by their parts and the
 * file reads months back ({@code Period.ofMonths(24)} is written as {@code 24}, {@code
 * Period.ofYears(2)} is refused: its total months are the same, but it would not read back equal);
 * an exclusivity that covers products or has a price, since the file holds its territories only;
 * and a sponsor or alliance manager whose name has surrounding whitespace. Use JSON for the full
 * model.
 *
 * <p>Rows are read as described in {@link PortfolioReader}. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class RelationshipsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "relationships.csv";

  /** Column {@code relationship_id}. */
  public static final String RELATIONSHIP_ID = "relationship_id";

  /** Column {@code host_id}. */
  public static final String HOST_ID = "host_id";

  /** Column {@code partner_id}. */
  public static final String PARTNER_ID = "partner_id";

  /** Column {@code motion}. */
  public static final String MOTION = "motion";

  /** Column {@code symmetry}. */
  public static final String SYMMETRY = "symmetry";

  /** Column {@code formality}. */
  public static final String FORMALITY = "formality";

  /** Column {@code start_date}. */
  public static final String START_DATE = "start_date";

  /** Column {@code alliance_revenue}. */
  public static final String ALLIANCE_REVENUE = "alliance_revenue";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  /** Column {@code review_months}: the formality's review cadence in whole months. */
  public static final String REVIEW_MONTHS = "review_months";

  /** Column {@code sales_process}. */
  public static final String SALES_PROCESS = "sales_process";

  /** Column {@code last_review_date}. */
  public static final String LAST_REVIEW_DATE = "last_review_date";

  /** Column {@code host_sponsor}. */
  public static final String HOST_SPONSOR = "host_sponsor";

  /** Column {@code partner_sponsor}. */
  public static final String PARTNER_SPONSOR = "partner_sponsor";

  /** Column {@code host_alliance_manager}. */
  public static final String HOST_ALLIANCE_MANAGER = "host_alliance_manager";

  /** Column {@code partner_alliance_manager}. */
  public static final String PARTNER_ALLIANCE_MANAGER = "partner_alliance_manager";

  /** Column {@code exclusive_scope}: the territories of an exclusivity joined by {@code ;}. */
  public static final String EXCLUSIVE_SCOPE = "exclusive_scope";

  /** The host's role in a sell-with relationship read from the file. */
  public static final String HOST_ROLE = "host";

  /** The partner's role in a sell-with relationship read from the file. */
  public static final String PARTNER_ROLE = "partner";

  private static final ImmutableMap<String, Symmetry> SYMMETRY_ALIASES =
      ImmutableMap.of(
          "SYMMETRIC", Symmetry.SYMMETRIC_ALLIANCE, "ASYMMETRIC", Symmetry.ASYMMETRIC_CHANNEL);

  private static final Column<RelationshipRow, RelationshipId> ID_COLUMN =
      Column.shared(
          Column.required(
              RELATIONSHIP_ID, Cells.RELATIONSHIP_ID, row -> row.relationship().id().value()));
  private static final Column<RelationshipRow, PartnerId> HOST_COLUMN =
      Column.shared(
          Column.required(HOST_ID, Cells.PARTNER_ID, row -> row.relationship().host().value()));
  private static final Column<RelationshipRow, PartnerId> PARTNER_COLUMN =
      Column.shared(
          Column.required(
              PARTNER_ID, Cells.PARTNER_ID, row -> row.relationship().partner().value()));
  private static final Column<RelationshipRow, Motion> MOTION_COLUMN =
      Column.required(
          MOTION,
          text -> Cells.constant(Motion.class, text),
          row -> motionOf(row.relationship()).name());
  private static final Column<RelationshipRow, Symmetry> SYMMETRY_COLUMN =
      Column.required(
          SYMMETRY,
          text -> Cells.constant(Symmetry.class, SYMMETRY_ALIASES, text),
          row -> row.relationship().symmetry().name());
  private static final Column<RelationshipRow, FormalityKind> FORMALITY_COLUMN =
      Column.required(
          FORMALITY,
          text -> Cells.constant(FormalityKind.class, text),
          row -> row.relationship().formality().kind().name());
  private static final Column<RelationshipRow, LocalDate> START_COLUMN =
      Column.required(START_DATE, Cells::date, row -> row.relationship().start().toString());
  private static final Column<RelationshipRow, BigDecimal> REVENUE_COLUMN =
      Column.required(
          ALLIANCE_REVENUE, Cells::nonNegativeDecimal, row -> Cells.format(row.allianceRevenue()));
  private static final Column<RelationshipRow, CurrencyUnit> CURRENCY_COLUMN =
      Column.required(CURRENCY, Cells::currency, row -> row.currency().getCurrencyCode());
  private static final Column<RelationshipRow, Period> REVIEW_COLUMN =
      Column.optional(
          REVIEW_MONTHS, RelationshipsCsv::reviewMonths, row -> reviewMonths(row.relationship()));
  private static final Column<RelationshipRow, LocalDate> LAST_REVIEW_COLUMN =
      Column.optional(
          LAST_REVIEW_DATE,
          Cells::date,
          row -> Cells.optionalDate(row.relationship().lastReview()));
  private static final Column<RelationshipRow, SalesProcess> SALES_PROCESS_COLUMN =
      Column.optional(
          SALES_PROCESS,
          text -> Cells.constant(SalesProcess.class, text),
          row -> row.relationship().salesProcess().map(Enum::name).orElse(""));
  private static final Column<RelationshipRow, String> HOST_SPONSOR_COLUMN =
      governanceColumn(HOST_SPONSOR, Governance::hostSponsor);
  private static final Column<RelationshipRow, String> PARTNER_SPONSOR_COLUMN =
      governanceColumn(PARTNER_SPONSOR, Governance::partnerSponsor);
  private static final Column<RelationshipRow, String> HOST_MANAGER_COLUMN =
      governanceColumn(HOST_ALLIANCE_MANAGER, Governance::hostAllianceManager);
  private static final Column<RelationshipRow, String> PARTNER_MANAGER_COLUMN =
      governanceColumn(PARTNER_ALLIANCE_MANAGER, Governance::partnerAllianceManager);
  private static final Column<RelationshipRow, ImmutableSet<String>> EXCLUSIVE_COLUMN =
      Column.optional(EXCLUSIVE_SCOPE, Cells::names, row -> exclusiveScope(row.relationship()));
  private static final Columns<RelationshipRow> TABLE =
      Columns.of(
          ID_COLUMN,
          HOST_COLUMN,
          PARTNER_COLUMN,
          MOTION_COLUMN,
          SYMMETRY_COLUMN,
          FORMALITY_COLUMN,
          START_COLUMN,
          REVENUE_COLUMN,
          CURRENCY_COLUMN,
          REVIEW_COLUMN,
          LAST_REVIEW_COLUMN,
          HOST_SPONSOR_COLUMN,
          PARTNER_SPONSOR_COLUMN,
          HOST_MANAGER_COLUMN,
          PARTNER_MANAGER_COLUMN,
          EXCLUSIVE_COLUMN,
          SALES_PROCESS_COLUMN);

  /** The columns in the order they are written: the required ones, then the optional ones. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  /** The motions as the file spells them. */
  private enum Motion {
    SELL_WITH,
    SELL_TO,
    SELL_THROUGH
  }

  private RelationshipsCsv() {}

  /**
   * Reads relationship rows from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<RelationshipRow> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    Collector collector = new Collector();
    TABLE.read(in, fileName, collector.problems, collector::accept);
    return collector.result();
  }

  /**
   * Reads relationships from rows already split into cells, such as the rows of a Spark DataFrame
   * read from {@code relationships.csv}: the same rules as reading the file, each problem at its
   * data row's line in the file named.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static ReadResult<RelationshipRow> read(
      List<CsvTableReader.DataRow> rows, String fileName) {
    checkNotNull(rows, "rows");
    checkNotNull(fileName, "fileName");
    Collector collector = new Collector();
    TABLE.readRows(rows, fileName, collector::accept);
    return collector.result();
  }

  /** Reads relationship rows from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<RelationshipRow> read(Path file) {
    checkNotNull(file, "file");
    Collector collector = new Collector();
    TABLE.read(file, String.valueOf(file.getFileName()), collector.problems, collector::accept);
    return collector.result();
  }

  /**
   * Writes the rows, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IllegalArgumentException before anything is written, if a relationship sells to or
   *     through its host rather than from it, has a review cadence that is not a whole number of
   *     months alone, an exclusivity with products or a price, or a sponsor or alliance manager
   *     with surrounding whitespace (see "What the file does not hold" above)
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<RelationshipRow> rows) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(rows, "rows");
    TABLE.write(out, rows);
  }

  /**
   * Writes the rows, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IllegalArgumentException before anything is written, for the reasons given at {@link
   *     #write(Writer, Iterable)}
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<RelationshipRow> rows) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(rows, "rows");
    TABLE.write(file, rows);
  }

  private static Column<RelationshipRow, String> governanceColumn(
      String name, Function<Governance, Optional<String>> field) {
    return Column.optional(
        name,
        Cells::name,
        row -> Cells.optionalText(name, field.apply(row.relationship().governance())));
  }

  private static Period reviewMonths(String text) {
    long months = Cells.nonNegativeWholeNumber(text);
    if (months < 1 || months > Integer.MAX_VALUE) {
      throw new BadCell(
          ProblemKind.OUT_OF_RANGE,
          Cells.quote(text) + " is not a number of months from 1 to " + Integer.MAX_VALUE);
    }
    return Period.ofMonths((int) months);
  }

  private static String reviewMonths(Relationship relationship) {
    Optional<Period> cadence = relationship.formality().reviewCadence();
    cadence.ifPresent(
        period ->
            checkArgument(
                Period.ofMonths((int) period.toTotalMonths()).equals(period),
                "relationship %s is reviewed every %s, but %s holds a review cadence in whole"
                    + " months only; give it as Period.ofMonths",
                relationship.id(),
                period,
                FILE_NAME));
    return cadence.map(period -> Long.toString(period.toTotalMonths())).orElse("");
  }

  private static String exclusiveScope(Relationship relationship) {
    Optional<Exclusivity> exclusivity = relationship.exclusivity();
    exclusivity.ifPresent(
        scope ->
            checkArgument(
                scope.products().isEmpty() && scope.price().isEmpty(),
                "relationship %s has an exclusivity with products or a price, but %s holds the"
                    + " territories of an exclusivity only",
                relationship.id(),
                FILE_NAME));
    return exclusivity
        .map(scope -> Cells.joinNames(EXCLUSIVE_SCOPE, scope.territories()))
        .orElse("");
  }

  private static Motion motionOf(Relationship relationship) {
    SalesMotion motion = relationship.motion();
    if (motion instanceof SellTo sellTo) {
      checkArgument(
          sellTo.seller().equals(relationship.host()),
          "relationship %s sells from partner %s to host %s; %s can only hold sales from the host",
          relationship.id(),
          sellTo.seller(),
          relationship.host(),
          FILE_NAME);
      return Motion.SELL_TO;
    }
    if (motion instanceof SellThrough sellThrough) {
      checkArgument(
          sellThrough.supplier().equals(relationship.host()),
          "relationship %s sells partner %s's offer through host %s; %s can only hold sales"
              + " from the host",
          relationship.id(),
          sellThrough.supplier(),
          relationship.host(),
          FILE_NAME);
      return Motion.SELL_THROUGH;
    }
    return Motion.SELL_WITH;
  }

  private static SalesMotion motion(Motion motion, PartnerId host, PartnerId partner) {
    switch (motion) {
      case SELL_TO:
        return SellTo.of(host, partner);
      case SELL_THROUGH:
        return SellThrough.of(host, partner);
      default:
        return SellWith.of(HOST_ROLE, PARTNER_ROLE, true);
    }
  }

  /** Turns rows into relationship rows, remembering the ids seen. */
  private static final class Collector {
    final List<Problem> problems = new ArrayList<>();
    final List<RelationshipRow> values = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    final Map<RelationshipId, Long> seen = new HashMap<>();

    void accept(Row row) {
      Optional<RelationshipId> id = row.get(ID_COLUMN);
      Optional<PartnerId> host = row.get(HOST_COLUMN);
      Optional<PartnerId> partner = row.get(PARTNER_COLUMN);
      Optional<Motion> motion = row.get(MOTION_COLUMN);
      Optional<Symmetry> symmetry = row.get(SYMMETRY_COLUMN);
      Optional<FormalityKind> formality = row.get(FORMALITY_COLUMN);
      Optional<LocalDate> start = row.get(START_COLUMN);
      Optional<BigDecimal> revenue = row.get(REVENUE_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Optional<Period> review = row.get(REVIEW_COLUMN);
      Optional<LocalDate> lastReview = row.get(LAST_REVIEW_COLUMN);
      Optional<SalesProcess> salesProcess = row.get(SALES_PROCESS_COLUMN);
      Optional<String> hostSponsor = row.get(HOST_SPONSOR_COLUMN);
      Optional<String> partnerSponsor = row.get(PARTNER_SPONSOR_COLUMN);
      Optional<String> hostManager = row.get(HOST_MANAGER_COLUMN);
      Optional<String> partnerManager = row.get(PARTNER_MANAGER_COLUMN);
      Optional<ImmutableSet<String>> scope =
          row.get(EXCLUSIVE_COLUMN).filter(territories -> !territories.isEmpty());
      id.filter(seen::containsKey)
          .ifPresent(
              relationshipId ->
                  row.problem(
                      RELATIONSHIP_ID,
                      ProblemKind.DUPLICATE,
                      "relationship "
                          + relationshipId
                          + " is already listed on line "
                          + seen.get(relationshipId)));
      if (row.hasProblems()) {
        problems.addAll(row.problems());
        return;
      }
      try {
        Relationship relationship =
            Relationship.builder()
                .id(id.orElseThrow())
                .host(host.orElseThrow())
                .partner(partner.orElseThrow())
                .motion(motion(motion.orElseThrow(), host.orElseThrow(), partner.orElseThrow()))
                .symmetry(symmetry.orElseThrow())
                .formality(Formality.of(formality.orElseThrow()).withReviewCadence(review))
                .start(start.orElseThrow())
                .lastReview(lastReview)
                .salesProcess(salesProcess)
                .governance(
                    Governance.builder()
                        .hostSponsor(hostSponsor)
                        .partnerSponsor(partnerSponsor)
                        .hostAllianceManager(hostManager)
                        .partnerAllianceManager(partnerManager)
                        .build())
                .exclusivity(
                    scope.map(
                        territories ->
                            Exclusivity.builder().addAllTerritories(territories).build()))
                .build();
        values.add(
            RelationshipRow.of(
                relationship, Money.of(revenue.orElseThrow(), currency.orElseThrow())));
        lines.add(row.line());
        seen.put(relationship.id(), row.line());
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(
            Problem.inFile(row.file(), row.line(), "", ProblemKind.INVALID_VALUE, e.getMessage()));
      }
    }

    ReadResult<RelationshipRow> result() {
      return ReadResult.of(values, lines, problems);
    }
  }
}
