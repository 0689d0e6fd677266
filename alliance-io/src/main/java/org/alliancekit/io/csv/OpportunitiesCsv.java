package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
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
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.alliancekit.model.pipeline.ReviewStatus;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code opportunities.csv} and {@code involvements.csv}, which together hold
 * opportunities: one row per opportunity in the first, one row per involved party and role in the
 * second, joined by {@code opportunity_id}.
 *
 * <table>
 *   <caption>Columns of opportunities.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>opportunity_id</td><td>yes</td><td>the opportunity's id, unique in the file</td></tr>
 *   <tr><td>account_id</td><td>yes</td><td>the customer's account id</td></tr>
 *   <tr><td>account_name</td><td>yes</td><td>the customer's name</td></tr>
 *   <tr><td>name</td><td>yes</td><td>a short description of the deal</td></tr>
 *   <tr><td>amount</td><td>yes</td><td>plain decimal, zero or more, in the row's currency</td></tr>
 *   <tr><td>currency</td><td>yes</td><td>ISO 4217 code of the amount</td></tr>
 *   <tr><td>stage</td><td>yes</td><td>a stage name of the stage model, ignoring case; by default
 *       {@link StageModels#coSell()}: Prospect, Qualified, Technical Validation, Business
 *       Validation, Committed, Launched, Closed Lost</td></tr>
 *   <tr><td>created_date</td><td>yes</td><td>ISO-8601 date the opportunity was created</td></tr>
 *   <tr><td>close_date</td><td>yes</td><td>ISO-8601 expected (or actual) close date, not before
 *       the creation</td></tr>
 *   <tr><td>owner_id</td><td>yes</td><td>the party that owns the deal</td></tr>
 *   <tr><td>origin</td><td>no</td><td>an {@link Origin} name such as {@code PARTNER_SOURCED};
 *       empty means {@code DIRECT}</td></tr>
 *   <tr><td>solution_id</td><td>no</td><td>the id of the solution sold, resolved against the
 *       solutions given to {@link #read(Reader, String, Reader, String, StageModel, Map)};
 *       empty means none</td></tr>
 *   <tr><td>closed_lost_reason</td><td>no</td><td>why a lost deal was lost</td></tr>
 *   <tr><td>next_step</td><td>no</td><td>the next agreed step</td></tr>
 *   <tr><td>review_status</td><td>no</td><td>a {@link ReviewStatus} name such as {@code
 *       SUBMITTED}: where the opportunity stands in a partner programme's review</td></tr>
 *   <tr><td>referral_status</td><td>no</td><td>a {@link ReferralSubStatus} name such as {@code
 *       ACCEPTED}; the referral status ({@code NEW}, {@code ACTIVE}, {@code CLOSED}) follows from
 *       it</td></tr>
 *   <tr><td>customer_need</td><td>no</td><td>the customer's business problem or use case; may span
 *       lines (quoted)</td></tr>
 *   <tr><td>external_id</td><td>no</td><td>the record's id in another system, such as the
 *       partner's CRM or a co-sell platform</td></tr>
 *   <tr><td>contact_consent</td><td>no</td><td>{@code true} or {@code false}: whether the
 *       customer consented to its contact details being shared; empty means {@code true}. An
 *       opportunity without consent holds no contacts ({@link ContactsCsv})</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Columns of involvements.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>opportunity_id</td><td>yes</td><td>an opportunity of opportunities.csv</td></tr>
 *   <tr><td>partner_id</td><td>yes</td><td>the party involved</td></tr>
 *   <tr><td>role</td><td>yes</td><td>an {@link InvolvementRole} name such as {@code
 *       CO_SELLER}</td></tr>
 *   <tr><td>since_date</td><td>no</td><td>ISO-8601 date the party took up the role</td></tr>
 * </table>
 *
 * <p><b>Joining.</b> An involvement whose opportunity is not in opportunities.csv, or whose
 * opportunity row was rejected, is reported as {@link ProblemKind#UNKNOWN_REFERENCE}; one that
 * repeats a party and role of its opportunity as {@link ProblemKind#DUPLICATE}. An opportunity
 * whose origin credits a partner but that ends up with no involved party other than its owner is
 * reported at its line (column {@code origin}) and left out, and so are its involvement rows, each
 * reported at its own line. Opportunities keep the order of opportunities.csv and the involvements
 * the order of involvements.csv.
 *
 * <p><b>Solutions.</b> The file holds a solution by its id only; the solutions themselves are read
 * from elsewhere (see {@link SolutionsCsv}) and passed to the reader. A {@code solution_id} that is
 * not among them, or given when the reader was passed no solutions, is reported as {@link
 * ProblemKind#UNKNOWN_REFERENCE} and the opportunity left out.
 *
 * <p><b>What the files do not hold.</b> The account's country, industry and segment (held by {@link
 * AccountsCsv}) and the one registration an {@link Opportunity} can carry have no column: they are
 * not written and read back empty; a portfolio keeps its registrations, several per opportunity, in
 * {@link RegistrationsCsv}. The stage history is held by {@link StageHistoryCsv}, the expected
 * customer spend by {@link ExpectedSpendCsv} and the contacts by {@link ContactsCsv}. Stage names
 * are written as they are and read back from the stage model given. Use JSON for the full model.
 * Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class OpportunitiesCsv {
  /** The opportunities file name in a portfolio folder. */
  public static final String OPPORTUNITIES_FILE_NAME = "opportunities.csv";

  /** The involvements file name in a portfolio folder. */
  public static final String INVOLVEMENTS_FILE_NAME = "involvements.csv";

  /** Column {@code opportunity_id}, in both files. */
  public static final String OPPORTUNITY_ID = "opportunity_id";

  /** Column {@code account_id}. */
  public static final String ACCOUNT_ID = "account_id";

  /** Column {@code account_name}. */
  public static final String ACCOUNT_NAME = "account_name";

  /** Column {@code name}. */
  public static final String NAME = "name";

  /** Column {@code amount}. */
  public static final String AMOUNT = "amount";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  /** Column {@code stage}. */
  public static final String STAGE = "stage";

  /** Column {@code created_date}. */
  public static final String CREATED_DATE = "created_date";

  /** Column {@code close_date}. */
  public static final String CLOSE_DATE = "close_date";

  /** Column {@code owner_id}. */
  public static final String OWNER_ID = "owner_id";

  /** Column {@code origin}. */
  public static final String ORIGIN = "origin";

  /** Column {@code closed_lost_reason}. */
  public static final String CLOSED_LOST_REASON = "closed_lost_reason";

  /** Column {@code next_step}. */
  public static final String NEXT_STEP = "next_step";

  /** Column {@code solution_id}. */
  public static final String SOLUTION_ID = "solution_id";

  /** Column {@code review_status}. */
  public static final String REVIEW_STATUS = "review_status";

  /** Column {@code referral_status}. */
  public static final String REFERRAL_STATUS = "referral_status";

  /** Column {@code customer_need}. */
  public static final String CUSTOMER_NEED = "customer_need";

  /** Column {@code external_id}. */
  public static final String EXTERNAL_ID = "external_id";

  /** Column {@code contact_consent}. */
  public static final String CONTACT_CONSENT = "contact_consent";

  /** Column {@code partner_id} of involvements.csv. */
  public static final String PARTNER_ID = "partner_id";

  /** Column {@code role} of involvements.csv. */
  public static final String ROLE = "role";

  /** Column {@code since_date} of involvements.csv. */
  public static final String SINCE_DATE = "since_date";

  private static final Column<Opportunity, OpportunityId> ID_COLUMN =
      Column.shared(
          Column.required(
              OPPORTUNITY_ID, Cells.OPPORTUNITY_ID, opportunity -> opportunity.id().value()));
  private static final Column<Opportunity, AccountId> ACCOUNT_ID_COLUMN =
      Column.shared(
          Column.required(
              ACCOUNT_ID, Cells.ACCOUNT_ID, opportunity -> opportunity.account().id().value()));
  private static final Column<Opportunity, String> ACCOUNT_NAME_COLUMN =
      Column.requiredText(ACCOUNT_NAME, Cells::name, opportunity -> opportunity.account().name());
  private static final Column<Opportunity, String> NAME_COLUMN =
      Column.requiredText(NAME, Cells::name, Opportunity::name);
  private static final Column<Opportunity, BigDecimal> AMOUNT_COLUMN =
      Column.required(
          AMOUNT, Cells::nonNegativeDecimal, opportunity -> Cells.format(opportunity.amount()));
  private static final Column<Opportunity, CurrencyUnit> CURRENCY_COLUMN =
      Column.shared(
          Column.required(
              CURRENCY, Cells::currency, opportunity -> opportunity.currency().getCurrencyCode()));

  /** Parsed by the reader's stage model, see {@link Cells#stage}. */
  private static final Column<Opportunity, String> STAGE_COLUMN =
      Column.required(STAGE, text -> text, opportunity -> opportunity.stage().name());

  private static final Column<Opportunity, LocalDate> CREATED_COLUMN =
      Column.shared(
          Column.required(
              CREATED_DATE, Cells::date, opportunity -> opportunity.created().toString()));
  private static final Column<Opportunity, LocalDate> CLOSE_COLUMN =
      Column.shared(
          Column.required(
              CLOSE_DATE, Cells::date, opportunity -> opportunity.expectedClose().toString()));
  private static final Column<Opportunity, PartnerId> OWNER_COLUMN =
      Column.shared(
          Column.required(OWNER_ID, Cells.PARTNER_ID, opportunity -> opportunity.owner().value()));
  private static final Column<Opportunity, Origin> ORIGIN_COLUMN =
      Column.optional(
          ORIGIN,
          text -> Cells.constant(Origin.class, text),
          opportunity -> opportunity.origin().name());
  private static final Column<Opportunity, String> CLOSED_LOST_REASON_COLUMN =
      Column.optional(
          CLOSED_LOST_REASON,
          Cells::name,
          opportunity -> opportunity.closedLostReason().orElse(""));
  private static final Column<Opportunity, String> NEXT_STEP_COLUMN =
      Column.optional(NEXT_STEP, Cells::name, opportunity -> opportunity.nextStep().orElse(""));
  private static final Column<Opportunity, SolutionId> SOLUTION_COLUMN =
      Column.shared(
          Column.optional(
              SOLUTION_ID,
              SolutionId::parse,
              opportunity ->
                  opportunity.solution().map(solution -> solution.id().value()).orElse("")));
  private static final Column<Opportunity, ReviewStatus> REVIEW_STATUS_COLUMN =
      Column.optional(
          REVIEW_STATUS,
          text -> Cells.constant(ReviewStatus.class, text),
          opportunity -> opportunity.reviewStatus().map(Enum::name).orElse(""));
  private static final Column<Opportunity, ReferralSubStatus> REFERRAL_STATUS_COLUMN =
      Column.optional(
          REFERRAL_STATUS,
          text -> Cells.constant(ReferralSubStatus.class, text),
          opportunity -> opportunity.referralStatus().map(Enum::name).orElse(""));

  /** Checked by the model, which allows line breaks. */
  private static final Column<Opportunity, String> CUSTOMER_NEED_COLUMN =
      Column.optional(
          CUSTOMER_NEED,
          text -> text,
          opportunity -> Cells.optionalText(CUSTOMER_NEED, opportunity.customerNeed()));

  /** Checked by the model as an id. */
  private static final Column<Opportunity, String> EXTERNAL_ID_COLUMN =
      Column.optional(
          EXTERNAL_ID, text -> text, opportunity -> opportunity.externalId().orElse(""));

  private static final Column<Opportunity, Boolean> CONTACT_CONSENT_COLUMN =
      Column.optional(
          CONTACT_CONSENT, Cells::bool, opportunity -> opportunity.contactConsent() ? "" : "false");
  private static final Columns<Opportunity> OPPORTUNITIES =
      Columns.of(
          ID_COLUMN,
          ACCOUNT_ID_COLUMN,
          ACCOUNT_NAME_COLUMN,
          NAME_COLUMN,
          AMOUNT_COLUMN,
          CURRENCY_COLUMN,
          STAGE_COLUMN,
          CREATED_COLUMN,
          CLOSE_COLUMN,
          OWNER_COLUMN,
          ORIGIN_COLUMN,
          CLOSED_LOST_REASON_COLUMN,
          NEXT_STEP_COLUMN,
          SOLUTION_COLUMN,
          REVIEW_STATUS_COLUMN,
          REFERRAL_STATUS_COLUMN,
          CUSTOMER_NEED_COLUMN,
          EXTERNAL_ID_COLUMN,
          CONTACT_CONSENT_COLUMN);

  /** One row of involvements.csv: an involvement of an opportunity. */
  private record InvolvementRow(Opportunity opportunity, Involvement involvement) {}

  private static final Column<InvolvementRow, OpportunityId> INVOLVED_IN_COLUMN =
      Column.shared(
          Column.required(
              OPPORTUNITY_ID, Cells.OPPORTUNITY_ID, row -> row.opportunity().id().value()));
  private static final Column<InvolvementRow, PartnerId> PARTY_COLUMN =
      Column.shared(
          Column.required(PARTNER_ID, Cells.PARTNER_ID, row -> row.involvement().party().value()));
  private static final Column<InvolvementRow, InvolvementRole> ROLE_COLUMN =
      Column.required(
          ROLE,
          text -> Cells.constant(InvolvementRole.class, text),
          row -> row.involvement().role().name());
  private static final Column<InvolvementRow, LocalDate> SINCE_COLUMN =
      Column.shared(
          Column.optional(
              SINCE_DATE,
              Cells::date,
              row -> row.involvement().since().map(LocalDate::toString).orElse("")));
  private static final Columns<InvolvementRow> INVOLVEMENTS =
      Columns.of(INVOLVED_IN_COLUMN, PARTY_COLUMN, ROLE_COLUMN, SINCE_COLUMN);

  /** The columns of opportunities.csv in the order they are written. */
  public static final ImmutableList<String> OPPORTUNITY_COLUMNS = OPPORTUNITIES.names();

  /** The columns of involvements.csv in the order they are written. */
  public static final ImmutableList<String> INVOLVEMENT_COLUMNS = INVOLVEMENTS.names();

  private OpportunitiesCsv() {}

  /**
   * Reads opportunities with the stages of {@link StageModels#coSell()}; the readers are left open,
   * and the file names name the files in problems.
   */
  public static ReadResult<Opportunity> read(
      Reader opportunities,
      String opportunitiesFile,
      Reader involvements,
      String involvementsFile) {
    return read(
        opportunities, opportunitiesFile, involvements, involvementsFile, StageModels.coSell());
  }

  /**
   * Reads opportunities whose stages are named after the given stage model; the readers are left
   * open, and the file names name the files in problems.
   */
  public static ReadResult<Opportunity> read(
      Reader opportunities,
      String opportunitiesFile,
      Reader involvements,
      String involvementsFile,
      StageModel stages) {
    checkNotNull(stages, "stages");
    return read(
        opportunities,
        opportunitiesFile,
        involvements,
        involvementsFile,
        stages,
        Optional.empty(),
        null,
        null);
  }

  /**
   * Reads opportunities whose stages are named after the given stage model and whose {@code
   * solution_id} names one of the given solutions, by id; the readers are left open, and the file
   * names name the files in problems.
   */
  public static ReadResult<Opportunity> read(
      Reader opportunities,
      String opportunitiesFile,
      Reader involvements,
      String involvementsFile,
      StageModel stages,
      Map<SolutionId, Solution> solutions) {
    checkNotNull(solutions, "solutions");
    return read(
        opportunities,
        opportunitiesFile,
        involvements,
        involvementsFile,
        stages,
        Optional.of(solutions),
        null,
        null);
  }

  /**
   * Reads opportunities, each built with its stage history from {@code histories} (see {@link
   * StageHistories#attach}); a refused history is reported to {@code historyProblems}.
   */
  static ReadResult<Opportunity> read(
      Reader opportunities,
      String opportunitiesFile,
      Reader involvements,
      String involvementsFile,
      StageModel stages,
      Map<SolutionId, Solution> solutions,
      StageHistories histories,
      List<Problem> historyProblems) {
    return read(
        opportunities,
        opportunitiesFile,
        involvements,
        involvementsFile,
        stages,
        Optional.of(solutions),
        checkNotNull(histories, "histories"),
        checkNotNull(historyProblems, "historyProblems"));
  }

  private static ReadResult<Opportunity> read(
      Reader opportunities,
      String opportunitiesFile,
      Reader involvements,
      String involvementsFile,
      StageModel stages,
      Optional<Map<SolutionId, Solution>> solutions,
      StageHistories histories,
      List<Problem> historyProblems) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(opportunitiesFile, "opportunitiesFile");
    checkNotNull(involvements, "involvements");
    checkNotNull(involvementsFile, "involvementsFile");
    checkNotNull(stages, "stages");
    Collector collector =
        new Collector(
            opportunitiesFile, involvementsFile, stages, solutions, histories, historyProblems);
    OPPORTUNITIES.read(
        opportunities, opportunitiesFile, collector.opportunityProblems, collector::opportunity);
    INVOLVEMENTS.read(
        involvements, involvementsFile, collector.involvementProblems, collector::involvement);
    return collector.result();
  }

  /**
   * Reads opportunities from rows already split into cells, such as the rows of a Spark DataFrame
   * read from {@code opportunities.csv} and {@code involvements.csv}: the same rules as reading the
   * files, each problem at its data row's line in the named file. The solution column is left
   * unread (no solutions are given); a row that names one is reported as a reference to an unknown
   * solution.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static ReadResult<Opportunity> read(
      List<CsvTableReader.DataRow> opportunities,
      String opportunitiesFile,
      List<CsvTableReader.DataRow> involvements,
      String involvementsFile,
      StageModel stages) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(opportunitiesFile, "opportunitiesFile");
    checkNotNull(involvements, "involvements");
    checkNotNull(involvementsFile, "involvementsFile");
    checkNotNull(stages, "stages");
    Collector collector =
        new Collector(opportunitiesFile, involvementsFile, stages, Optional.empty());
    OPPORTUNITIES.readRows(opportunities, opportunitiesFile, collector::opportunity);
    INVOLVEMENTS.readRows(involvements, involvementsFile, collector::involvement);
    return collector.result();
  }

  /**
   * Reads opportunities from two UTF-8 files with the stages of {@link StageModels#coSell()}; a
   * missing file is reported as a problem.
   */
  public static ReadResult<Opportunity> read(Path opportunities, Path involvements) {
    return read(opportunities, involvements, StageModels.coSell());
  }

  /**
   * Reads opportunities from two UTF-8 files whose stages are named after the given stage model; a
   * missing file is reported as a problem.
   */
  public static ReadResult<Opportunity> read(
      Path opportunities, Path involvements, StageModel stages) {
    checkNotNull(stages, "stages");
    return read(opportunities, involvements, stages, Optional.empty());
  }

  /**
   * Reads opportunities from two UTF-8 files whose stages are named after the given stage model and
   * whose {@code solution_id} names one of the given solutions, by id; a missing file is reported
   * as a problem.
   */
  public static ReadResult<Opportunity> read(
      Path opportunities,
      Path involvements,
      StageModel stages,
      Map<SolutionId, Solution> solutions) {
    checkNotNull(solutions, "solutions");
    return read(opportunities, involvements, stages, Optional.of(solutions));
  }

  private static ReadResult<Opportunity> read(
      Path opportunities,
      Path involvements,
      StageModel stages,
      Optional<Map<SolutionId, Solution>> solutions) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(involvements, "involvements");
    checkNotNull(stages, "stages");
    String opportunitiesFile = String.valueOf(opportunities.getFileName());
    String involvementsFile = String.valueOf(involvements.getFileName());
    Collector collector = new Collector(opportunitiesFile, involvementsFile, stages, solutions);
    OPPORTUNITIES.read(
        opportunities, opportunitiesFile, collector.opportunityProblems, collector::opportunity);
    INVOLVEMENTS.read(
        involvements, involvementsFile, collector.involvementProblems, collector::involvement);
    return collector.result();
  }

  /**
   * Writes one row per opportunity, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void writeOpportunities(Writer out, Iterable<Opportunity> opportunities)
      throws IOException {
    checkNotNull(out, "out");
    checkNotNull(opportunities, "opportunities");
    OPPORTUNITIES.write(out, opportunities);
  }

  /**
   * Writes one row per involvement of each opportunity, header first, to {@code out}, which is
   * flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void writeInvolvements(Writer out, Iterable<Opportunity> opportunities)
      throws IOException {
    checkNotNull(out, "out");
    checkNotNull(opportunities, "opportunities");
    INVOLVEMENTS.write(out, involvementRows(opportunities));
  }

  /**
   * Writes the opportunities and their involvements to two UTF-8 files, which are created or
   * truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(
      Path opportunitiesFile, Path involvementsFile, Iterable<Opportunity> opportunities)
      throws IOException {
    checkNotNull(opportunitiesFile, "opportunitiesFile");
    checkNotNull(involvementsFile, "involvementsFile");
    checkNotNull(opportunities, "opportunities");
    ImmutableList<InvolvementRow> involvements = involvementRows(opportunities);
    OPPORTUNITIES.write(opportunitiesFile, opportunities);
    INVOLVEMENTS.write(involvementsFile, involvements);
  }

  private static ImmutableList<InvolvementRow> involvementRows(
      Iterable<Opportunity> opportunities) {
    ImmutableList.Builder<InvolvementRow> rows = ImmutableList.builder();
    for (Opportunity opportunity : opportunities) {
      for (Involvement involvement : opportunity.involvements()) {
        rows.add(new InvolvementRow(opportunity, involvement));
      }
    }
    return rows.build();
  }

  /**
   * An opportunity row, waiting for its involvements: the parsed cells, built into an opportunity
   * once both files are read (a builder per row would hold several times the memory meanwhile).
   */
  private static final class Pending {
    final OpportunityId id;
    final Account account;
    final String name;
    final Money amount;
    final Stage stage;
    final LocalDate created;
    final LocalDate expectedClose;
    final PartnerId owner;
    final Origin origin;
    final String closedLostReason;
    final String nextStep;
    final Solution solution;
    final ReviewStatus reviewStatus;
    final ReferralSubStatus referralStatus;
    final String customerNeed;
    final String externalId;
    final boolean contactConsent;
    final long line;
    final List<Involvement> involvements = new ArrayList<>(2);
    final List<Long> involvementLines = new ArrayList<>(2);

    Pending(
        OpportunityId id,
        Account account,
        String name,
        Money amount,
        Stage stage,
        LocalDate created,
        LocalDate expectedClose,
        PartnerId owner,
        Origin origin,
        String closedLostReason,
        String nextStep,
        Solution solution,
        ReviewStatus reviewStatus,
        ReferralSubStatus referralStatus,
        String customerNeed,
        String externalId,
        boolean contactConsent,
        long line) {
      this.id = id;
      this.account = account;
      this.name = name;
      this.amount = amount;
      this.stage = stage;
      this.created = created;
      this.expectedClose = expectedClose;
      this.owner = owner;
      this.origin = origin;
      this.closedLostReason = closedLostReason;
      this.nextStep = nextStep;
      this.solution = solution;
      this.reviewStatus = reviewStatus;
      this.referralStatus = referralStatus;
      this.customerNeed = customerNeed;
      this.externalId = externalId;
      this.contactConsent = contactConsent;
      this.line = line;
    }

    /** The opportunity's builder with every cell of its row and its involvements. */
    Opportunity.Builder builder() {
      return Opportunity.builder()
          .id(id)
          .account(account)
          .name(name)
          .amount(amount)
          .stage(stage)
          .created(created)
          .expectedClose(expectedClose)
          .owner(owner)
          .origin(origin)
          .closedLostReason(Optional.ofNullable(closedLostReason))
          .nextStep(Optional.ofNullable(nextStep))
          .solution(Optional.ofNullable(solution))
          .reviewStatus(Optional.ofNullable(reviewStatus))
          .referralStatus(Optional.ofNullable(referralStatus))
          .customerNeed(Optional.ofNullable(customerNeed))
          .externalId(Optional.ofNullable(externalId))
          .contactConsent(contactConsent)
          .involvements(involvements);
    }
  }

  /** Reads both files and joins them. */
  private static final class Collector {
    final String opportunitiesFile;
    final String involvementsFile;
    final StageModel stages;
    final Optional<Map<SolutionId, Solution>> solutions;
    final List<Problem> opportunityProblems = new ArrayList<>();
    final List<Problem> involvementProblems = new ArrayList<>();
    final Map<OpportunityId, Pending> pending = new LinkedHashMap<>();
    final Map<String, Long> rejected = new HashMap<>();

    // When not null, each opportunity is built with its history, refusals reported to the list.
    final StageHistories histories;
    final List<Problem> historyProblems;

    Collector(
        String opportunitiesFile,
        String involvementsFile,
        StageModel stages,
        Optional<Map<SolutionId, Solution>> solutions) {
      this(opportunitiesFile, involvementsFile, stages, solutions, null, null);
    }

    Collector(
        String opportunitiesFile,
        String involvementsFile,
        StageModel stages,
        Optional<Map<SolutionId, Solution>> solutions,
        StageHistories histories,
        List<Problem> historyProblems) {
      this.opportunitiesFile = opportunitiesFile;
      this.involvementsFile = involvementsFile;
      this.stages = stages;
      this.solutions = solutions;
      this.histories = histories;
      this.historyProblems = historyProblems;
    }

    /** The opportunity of a pending row, with its stage history when histories are given. */
    private Opportunity build(Pending opportunity) {
      if (histories == null) {
        return opportunity.builder().build();
      }
      return histories.attach(
          opportunity.id,
          history -> opportunity.builder().stageHistory(history).build(),
          () -> opportunity.builder().build(),
          historyProblems);
    }

    /** The solution of the given ones with the id, or a problem. */
    private Solution solution(SolutionId id) {
      if (solutions.isEmpty()) {
        throw new BadCell(
            ProblemKind.UNKNOWN_REFERENCE,
            Cells.quote(id.value()) + " names a solution, but no solutions were given to read it");
      }
      Solution solution = solutions.get().get(id);
      if (solution == null) {
        throw new BadCell(
            ProblemKind.UNKNOWN_REFERENCE,
            Cells.quote(id.value()) + " is not among the solutions given");
      }
      return solution;
    }

    void opportunity(Row row) {
      Optional<OpportunityId> id = row.get(ID_COLUMN);
      Optional<AccountId> accountId = row.accounts().id(row, ACCOUNT_ID_COLUMN);
      Optional<String> accountName = row.get(ACCOUNT_NAME_COLUMN);
      Optional<String> name = row.get(NAME_COLUMN);
      Optional<BigDecimal> amount = row.get(AMOUNT_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Optional<Stage> stage = row.get(STAGE_COLUMN, text -> Cells.stage(stages, text));
      Optional<LocalDate> created = row.get(CREATED_COLUMN);
      Optional<LocalDate> close = row.get(CLOSE_COLUMN);
      Optional<PartnerId> owner = row.get(OWNER_COLUMN);
      Optional<Origin> origin = row.get(ORIGIN_COLUMN);
      Optional<String> closedLostReason = row.get(CLOSED_LOST_REASON_COLUMN);
      Optional<String> nextStep = row.get(NEXT_STEP_COLUMN);
      Optional<Solution> solution = row.get(SOLUTION_COLUMN, this::solution);
      Optional<ReviewStatus> reviewStatus = row.get(REVIEW_STATUS_COLUMN);
      Optional<ReferralSubStatus> referralStatus = row.get(REFERRAL_STATUS_COLUMN);
      Optional<String> customerNeed = row.get(CUSTOMER_NEED_COLUMN);
      Optional<String> externalId = row.get(EXTERNAL_ID_COLUMN);
      Optional<Boolean> contactConsent = row.get(CONTACT_CONSENT_COLUMN);
      id.filter(pending::containsKey)
          .ifPresent(
              opportunityId ->
                  row.problem(
                      OPPORTUNITY_ID,
                      ProblemKind.DUPLICATE,
                      "opportunity "
                          + opportunityId
                          + " is already listed on line "
                          + pending.get(opportunityId).line));
      if (row.hasProblems()) {
        opportunityProblems.addAll(row.problems());
        row.token(OPPORTUNITY_ID)
            .filter(text -> id.map(known -> !pending.containsKey(known)).orElse(true))
            .ifPresent(text -> rejected.putIfAbsent(text, row.line()));
        return;
      }
      Origin actualOrigin = row.token(ORIGIN).isPresent() ? origin.orElseThrow() : Origin.DIRECT;
      pending.put(
          id.orElseThrow(),
          new Pending(
              id.orElseThrow(),
              row.accounts().of(accountId.orElseThrow(), accountName.orElseThrow()),
              name.orElseThrow(),
              Money.of(amount.orElseThrow(), currency.orElseThrow()),
              stage.orElseThrow(),
              created.orElseThrow(),
              close.orElseThrow(),
              owner.orElseThrow(),
              actualOrigin,
              closedLostReason.orElse(null),
              nextStep.orElse(null),
              solution.orElse(null),
              reviewStatus.orElse(null),
              referralStatus.orElse(null),
              customerNeed.orElse(null),
              externalId.orElse(null),
              contactConsent.orElse(true),
              row.line()));
    }

    void involvement(Row row) {
      Optional<OpportunityId> id = row.get(INVOLVED_IN_COLUMN);
      Optional<PartnerId> party = row.get(PARTY_COLUMN);
      Optional<InvolvementRole> role = row.get(ROLE_COLUMN);
      Optional<LocalDate> since = row.get(SINCE_COLUMN);
      Optional<Pending> opportunity = id.map(pending::get);
      if (id.isPresent() && opportunity.isEmpty()) {
        Long rejectedLine = rejected.get(id.get().value());
        row.problem(
            OPPORTUNITY_ID,
            ProblemKind.UNKNOWN_REFERENCE,
            rejectedLine == null
                ? "opportunity " + id.get() + " is not in " + opportunitiesFile
                : "opportunity "
                    + id.get()
                    + " was rejected on line "
                    + rejectedLine
                    + " of "
                    + opportunitiesFile);
      }
      if (opportunity.isPresent() && party.isPresent() && role.isPresent()) {
        List<Involvement> known = opportunity.get().involvements;
        for (int i = 0; i < known.size(); i++) {
          Involvement other = known.get(i);
          if (other.party().equals(party.get()) && other.role() == role.get()) {
            row.problem(
                PARTNER_ID,
                ProblemKind.DUPLICATE,
                "opportunity "
                    + id.get()
                    + " already lists "
                    + party.get()
                    + " as "
                    + role.get()
                    + " on line "
                    + opportunity.get().involvementLines.get(i));
          }
        }
      }
      if (row.hasProblems()) {
        involvementProblems.addAll(row.problems());
        return;
      }
      Involvement involvement = Involvement.of(party.orElseThrow(), role.orElseThrow());
      opportunity
          .orElseThrow()
          .involvements
          .add(since.map(involvement::withSince).orElse(involvement));
      opportunity.orElseThrow().involvementLines.add(row.line());
    }

    /** Whether every involvement of the opportunity is its owner's (true when it has none). */
    private static boolean onlyOwnerInvolved(Pending opportunity) {
      for (Involvement involvement : opportunity.involvements) {
        if (!involvement.party().equals(opportunity.owner)) {
          return false;
        }
      }
      return true;
    }

    ReadResult<Opportunity> result() {
      List<Opportunity> values = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      for (Pending opportunity : pending.values()) {
        Optional<String> reason = Optional.empty();
        String column = "";
        if (opportunity.origin.involvesPartner() && onlyOwnerInvolved(opportunity)) {
          column = ORIGIN;
          reason =
              Optional.of(
                  "opportunity "
                      + opportunity.id
                      + " is "
                      + opportunity.origin
                      + ", so "
                      + involvementsFile
                      + " must list at least one party other than its owner "
                      + opportunity.owner);
        } else {
          try {
            values.add(build(opportunity));
            lines.add(opportunity.line);
          } catch (IllegalArgumentException | IllegalStateException e) {
            reason = Optional.of(e.getMessage());
          }
        }
        if (reason.isPresent()) {
          opportunityProblems.add(
              Problem.inFile(
                  opportunitiesFile,
                  opportunity.line,
                  column,
                  ProblemKind.INVALID_VALUE,
                  reason.get()));
          for (long line : opportunity.involvementLines) {
            involvementProblems.add(
                Problem.inFile(
                    involvementsFile,
                    line,
                    OPPORTUNITY_ID,
                    ProblemKind.UNKNOWN_REFERENCE,
                    "opportunity "
                        + opportunity.id
                        + " was rejected on line "
                        + opportunity.line
                        + " of "
                        + opportunitiesFile));
          }
        }
      }
      opportunityProblems.sort(Comparator.comparingLong(Problem::line));
      involvementProblems.sort(Comparator.comparingLong(Problem::line));
      return ReadResult.of(
          values,
          lines,
          ImmutableList.<Problem>builder()
              .addAll(opportunityProblems)
              .addAll(involvementProblems)
              .build());
    }
  }
}
