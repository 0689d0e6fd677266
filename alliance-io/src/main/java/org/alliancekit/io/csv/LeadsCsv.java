package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code leads.csv}: one row per lead, a prospect one party passed to others.
 *
 * <table>
 *   <caption>Columns of leads.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>lead_id</td><td>yes</td><td>the lead's id, unique in the file</td></tr>
 *   <tr><td>account_id</td><td>yes</td><td>the prospective customer's account id</td></tr>
 *   <tr><td>account_name</td><td>yes</td><td>the prospective customer's name</td></tr>
 *   <tr><td>source_id</td><td>yes</td><td>the party that found the lead and passed it on</td></tr>
 *   <tr><td>received_date</td><td>yes</td><td>ISO-8601 date the lead was received</td></tr>
 *   <tr><td>shared_with</td><td>yes, may be blank</td><td>the ids of the parties the lead was
 *       passed to, joined by {@code ;}, such as {@code hq;globex}; never the source</td></tr>
 *   <tr><td>status</td><td>yes</td><td>a {@link LeadStatus} name: {@code NEW}, {@code ACCEPTED},
 *       {@code REJECTED} or {@code CONVERTED}</td></tr>
 *   <tr><td>opportunity_id</td><td>no</td><td>the opportunity the lead became: given exactly when
 *       the status is {@code CONVERTED}</td></tr>
 *   <tr><td>title</td><td>no</td><td>a short description of what the customer looks for</td></tr>
 *   <tr><td>referral_status</td><td>no</td><td>a {@link ReferralSubStatus} name such as {@code
 *       PENDING}; the referral status follows from it</td></tr>
 *   <tr><td>customer_need</td><td>no</td><td>the customer's business problem or use case; may span
 *       lines (quoted)</td></tr>
 *   <tr><td>estimated_value</td><td>no</td><td>plain decimal, zero or more: the value the deal is
 *       estimated at; given together with {@code currency}</td></tr>
 *   <tr><td>currency</td><td>no</td><td>ISO 4217 code of {@code estimated_value}</td></tr>
 *   <tr><td>expected_close_date</td><td>no</td><td>ISO-8601 date the deal is expected to
 *       close</td></tr>
 *   <tr><td>external_id</td><td>no</td><td>the record's id in another system</td></tr>
 *   <tr><td>contact_consent</td><td>no</td><td>{@code true} or {@code false}; empty means {@code
 *       true}. A lead without consent holds no contacts ({@link ContactsCsv})</td></tr>
 * </table>
 *
 * <p>A lead id given twice is reported as {@link ProblemKind#DUPLICATE} and the later row left out;
 * a row that breaks a rule of {@link Lead} is reported at its line with the model's message.
 *
 * <p><b>What the file does not hold.</b> The account's country, industry and segment have no
 * column: they are not written and read back empty. Use JSON for the full model. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class LeadsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "leads.csv";

  /** Column {@code lead_id}. */
  public static final String LEAD_ID = "lead_id";

  /** Column {@code account_id}. */
  public static final String ACCOUNT_ID = "account_id";

  /** Column {@code account_name}. */
  public static final String ACCOUNT_NAME = "account_name";

  /** Column {@code source_id}. */
  public static final String SOURCE_ID = "source_id";

  /** Column {@code received_date}. */
  public static final String RECEIVED_DATE = "received_date";

  /** Column {@code shared_with}. */
  public static final String SHARED_WITH = "shared_with";

  /** Column {@code status}. */
  public static final String STATUS = "status";

  /** Column {@code opportunity_id}. */
  public static final String OPPORTUNITY_ID = "opportunity_id";

  /** Column {@code title}. */
  public static final String TITLE = "title";

  /** Column {@code referral_status}. */
  public static final String REFERRAL_STATUS = "referral_status";

  /** Column {@code customer_need}. */
  public static final String CUSTOMER_NEED = "customer_need";

  /** Column {@code estimated_value}. */
  public static final String ESTIMATED_VALUE = "estimated_value";

  /** Column {@code currency}, the currency of {@code estimated_value}. */
  public static final String CURRENCY = "currency";

  /** Column {@code expected_close_date}. */
  public static final String EXPECTED_CLOSE_DATE = "expected_close_date";

  /** Column {@code external_id}. */
  public static final String EXTERNAL_ID = "external_id";

  /** Column {@code contact_consent}. */
  public static final String CONTACT_CONSENT = "contact_consent";

  private static final Column<Lead, LeadId> ID_COLUMN =
      Column.required(LEAD_ID, LeadId::parse, lead -> lead.id().value());
  private static final Column<Lead, AccountId> ACCOUNT_ID_COLUMN =
      Column.shared(
          Column.required(ACCOUNT_ID, Cells.ACCOUNT_ID, lead -> lead.account().id().value()));
  private static final Column<Lead, String> ACCOUNT_NAME_COLUMN =
      Column.requiredText(ACCOUNT_NAME, Cells::name, lead -> lead.account().name());
  private static final Column<Lead, PartnerId> SOURCE_COLUMN =
      Column.shared(Column.required(SOURCE_ID, Cells.PARTNER_ID, lead -> lead.source().value()));
  private static final Column<Lead, LocalDate> RECEIVED_COLUMN =
      Column.shared(
          Column.required(RECEIVED_DATE, Cells::date, lead -> lead.received().toString()));
  private static final Column<Lead, ImmutableSet<PartnerId>> SHARED_WITH_COLUMN =
      Column.shared(
          Column.mayBeBlank(
              SHARED_WITH,
              text -> Cells.ids(text, Cells.PARTNER_ID),
              lead -> Cells.joinIds(SHARED_WITH, lead.sharedWith(), PartnerId::value)));
  private static final Column<Lead, LeadStatus> STATUS_COLUMN =
      Column.required(
          STATUS, text -> Cells.constant(LeadStatus.class, text), lead -> lead.status().name());
  private static final Column<Lead, OpportunityId> OPPORTUNITY_COLUMN =
      Column.shared(
          Column.optional(
              OPPORTUNITY_ID,
              Cells.OPPORTUNITY_ID,
              lead -> lead.convertedOpportunity().map(OpportunityId::value).orElse("")));
  private static final Column<Lead, String> TITLE_COLUMN =
      Column.optional(TITLE, Cells::name, lead -> lead.title().orElse(""));
  private static final Column<Lead, ReferralSubStatus> REFERRAL_STATUS_COLUMN =
      Column.optional(
          REFERRAL_STATUS,
          text -> Cells.constant(ReferralSubStatus.class, text),
          lead -> lead.referralStatus().map(Enum::name).orElse(""));

  /** Checked by the model, which allows line breaks. */
  private static final Column<Lead, String> CUSTOMER_NEED_COLUMN =
      Column.optional(
          CUSTOMER_NEED,
          text -> text,
          lead -> Cells.optionalText(CUSTOMER_NEED, lead.customerNeed()));

  private static final Column<Lead, BigDecimal> ESTIMATED_VALUE_COLUMN =
      Column.optional(
          ESTIMATED_VALUE,
          Cells::nonNegativeDecimal,
          lead -> lead.estimatedValue().map(Cells::format).orElse(""));
  private static final Column<Lead, CurrencyUnit> CURRENCY_COLUMN =
      Column.shared(
          Column.optional(
              CURRENCY,
              Cells::currency,
              lead ->
                  lead.estimatedValue()
                      .map(value -> value.getCurrency().getCurrencyCode())
                      .orElse("")));
  private static final Column<Lead, LocalDate> EXPECTED_CLOSE_COLUMN =
      Column.shared(
          Column.optional(
              EXPECTED_CLOSE_DATE, Cells::date, lead -> Cells.optionalDate(lead.expectedClose())));

  /** Checked by the model as an id. */
  private static final Column<Lead, String> EXTERNAL_ID_COLUMN =
      Column.optional(EXTERNAL_ID, text -> text, lead -> lead.externalId().orElse(""));

  private static final Column<Lead, Boolean> CONTACT_CONSENT_COLUMN =
      Column.optional(CONTACT_CONSENT, Cells::bool, lead -> lead.contactConsent() ? "" : "false");
  private static final Columns<Lead> TABLE =
      Columns.of(
          ID_COLUMN,
          ACCOUNT_ID_COLUMN,
          ACCOUNT_NAME_COLUMN,
          SOURCE_COLUMN,
          RECEIVED_COLUMN,
          SHARED_WITH_COLUMN,
          STATUS_COLUMN,
          OPPORTUNITY_COLUMN,
          TITLE_COLUMN,
          REFERRAL_STATUS_COLUMN,
          CUSTOMER_NEED_COLUMN,
          ESTIMATED_VALUE_COLUMN,
          CURRENCY_COLUMN,
          EXPECTED_CLOSE_COLUMN,
          EXTERNAL_ID_COLUMN,
          CONTACT_CONSENT_COLUMN);

  /** The columns in the order they are written. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private LeadsCsv() {}

  /**
   * Reads leads from {@code in}, which is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<Lead> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /**
   * Reads leads from rows already split into cells, such as the rows of a Spark DataFrame read from
   * {@code leads.csv}: the same rules as reading the file, each problem at its data row's line in
   * the file named.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static ReadResult<Lead> read(List<CsvTableReader.DataRow> rows, String fileName) {
    checkNotNull(rows, "rows");
    checkNotNull(fileName, "fileName");
    return TABLE.read(rows, fileName, Collector::new);
  }

  /** Reads leads from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<Lead> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per lead, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IllegalArgumentException before anything is written, if a party id holds {@code ;}
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Lead> leads) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(leads, "leads");
    TABLE.write(out, leads);
  }

  /**
   * Writes one row per lead, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IllegalArgumentException before anything is written, if a party id holds {@code ;}
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Lead> leads) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(leads, "leads");
    TABLE.write(file, leads);
  }

  /** Turns rows into leads, remembering the ids seen. */
  private static final class Collector extends RowCollector<Lead> {
    final Map<LeadId, Long> seen = new HashMap<>();

    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<LeadId> id = row.get(ID_COLUMN);
      Optional<AccountId> accountId = row.accounts().id(row, ACCOUNT_ID_COLUMN);
      Optional<String> accountName = row.get(ACCOUNT_NAME_COLUMN);
      Optional<PartnerId> source = row.get(SOURCE_COLUMN);
      Optional<LocalDate> received = row.get(RECEIVED_COLUMN);
      Optional<ImmutableSet<PartnerId>> sharedWith = row.get(SHARED_WITH_COLUMN);
      Optional<LeadStatus> status = row.get(STATUS_COLUMN);
      Optional<OpportunityId> opportunity = row.get(OPPORTUNITY_COLUMN);
      Optional<String> title = row.get(TITLE_COLUMN);
      Optional<ReferralSubStatus> referralStatus = row.get(REFERRAL_STATUS_COLUMN);
      Optional<String> customerNeed = row.get(CUSTOMER_NEED_COLUMN);
      Optional<BigDecimal> estimatedValue = row.get(ESTIMATED_VALUE_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Optional<LocalDate> expectedClose = row.get(EXPECTED_CLOSE_COLUMN);
      Optional<String> externalId = row.get(EXTERNAL_ID_COLUMN);
      Optional<Boolean> contactConsent = row.get(CONTACT_CONSENT_COLUMN);
      if (row.token(ESTIMATED_VALUE).isPresent() != row.token(CURRENCY).isPresent()) {
        String missing = row.token(ESTIMATED_VALUE).isPresent() ? CURRENCY : ESTIMATED_VALUE;
        row.problem(
            missing,
            ProblemKind.MISSING_VALUE,
            ESTIMATED_VALUE + " and " + CURRENCY + " are given together or not at all");
      }
      checkUnique(row, id, seen, LEAD_ID, "lead");
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  Lead.builder()
                      .id(id.orElseThrow())
                      .account(
                          row.accounts().of(accountId.orElseThrow(), accountName.orElseThrow()))
                      .source(source.orElseThrow())
                      .received(received.orElseThrow())
                      .sharedWith(sharedWith.orElse(ImmutableSet.of()))
                      .status(status.orElseThrow())
                      .convertedOpportunity(opportunity)
                      .title(title)
                      .referralStatus(referralStatus)
                      .customerNeed(customerNeed)
                      .estimatedValue(
                          estimatedValue.map(value -> Money.of(value, currency.orElseThrow())))
                      .expectedClose(expectedClose)
                      .externalId(externalId)
                      .contactConsent(contactConsent.orElse(true))
                      .build())
          .ifPresent(
              lead -> {
                add(lead, row.line());
                seen.put(lead.id(), row.line());
              });
    }
  }
}
