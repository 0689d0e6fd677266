package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;

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

  private static final Column<Lead, LeadId> ID_COLUMN =
      Column.required(LEAD_ID, LeadId::parse, lead -> lead.id().value());
  private static final Column<Lead, AccountId> ACCOUNT_ID_COLUMN =
      Column.required(ACCOUNT_ID, AccountId::parse, lead -> lead.account().id().value());
  private static final Column<Lead, String> ACCOUNT_NAME_COLUMN =
      Column.requiredText(ACCOUNT_NAME, Cells::name, lead -> lead.account().name());
  private static final Column<Lead, PartnerId> SOURCE_COLUMN =
      Column.required(SOURCE_ID, PartnerId::parse, lead -> lead.source().value());
  private static final Column<Lead, LocalDate> RECEIVED_COLUMN =
      Column.required(RECEIVED_DATE, Cells::date, lead -> lead.received().toString());
  private static final Column<Lead, ImmutableSet<PartnerId>> SHARED_WITH_COLUMN =
      Column.mayBeBlank(
          SHARED_WITH,
          text -> Cells.ids(text, PartnerId::parse),
          lead -> Cells.joinIds(SHARED_WITH, lead.sharedWith(), PartnerId::value));
  private static final Column<Lead, LeadStatus> STATUS_COLUMN =
      Column.required(
          STATUS, text -> Cells.constant(LeadStatus.class, text), lead -> lead.status().name());
  private static final Column<Lead, OpportunityId> OPPORTUNITY_COLUMN =
      Column.optional(
          OPPORTUNITY_ID,
          OpportunityId::parse,
          lead -> lead.convertedOpportunity().map(OpportunityId::value).orElse(""));
  private static final Columns<Lead> TABLE =
      Columns.of(
          ID_COLUMN,
          ACCOUNT_ID_COLUMN,
          ACCOUNT_NAME_COLUMN,
          SOURCE_COLUMN,
          RECEIVED_COLUMN,
          SHARED_WITH_COLUMN,
          STATUS_COLUMN,
          OPPORTUNITY_COLUMN);

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
      Optional<AccountId> accountId = row.get(ACCOUNT_ID_COLUMN);
      Optional<String> accountName = row.get(ACCOUNT_NAME_COLUMN);
      Optional<PartnerId> source = row.get(SOURCE_COLUMN);
      Optional<LocalDate> received = row.get(RECEIVED_COLUMN);
      Optional<ImmutableSet<PartnerId>> sharedWith = row.get(SHARED_WITH_COLUMN);
      Optional<LeadStatus> status = row.get(STATUS_COLUMN);
      Optional<OpportunityId> opportunity = row.get(OPPORTUNITY_COLUMN);
      checkUnique(row, id, seen, LEAD_ID, "lead");
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  Lead.builder()
                      .id(id.orElseThrow())
                      .account(Account.of(accountId.orElseThrow(), accountName.orElseThrow()))
                      .source(source.orElseThrow())
                      .received(received.orElseThrow())
                      .sharedWith(sharedWith.orElse(ImmutableSet.of()))
                      .status(status.orElseThrow())
                      .convertedOpportunity(opportunity)
                      .build())
          .ifPresent(
              lead -> {
                add(lead, row.line());
                seen.put(lead.id(), row.line());
              });
    }
  }
}
