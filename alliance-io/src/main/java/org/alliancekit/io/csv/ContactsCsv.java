package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import org.alliancekit.io.ContactRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code contacts.csv}: the customer's people named on opportunities and leads,
 * one row per {@link Contact}, in the order of the record's contacts.
 *
 * <table>
 *   <caption>Columns of contacts.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>opportunity_id</td><td>yes, may be blank</td><td>the opportunity the person is named
 *       on</td></tr>
 *   <tr><td>lead_id</td><td>yes, may be blank</td><td>the lead the person is named on; exactly one
 *       of {@code opportunity_id} and {@code lead_id} is given</td></tr>
 *   <tr><td>name</td><td>yes</td><td>the person's name</td></tr>
 *   <tr><td>email</td><td>no</td><td>e-mail address</td></tr>
 *   <tr><td>phone</td><td>no</td><td>telephone number as written</td></tr>
 *   <tr><td>title</td><td>no</td><td>job title</td></tr>
 *   <tr><td>role</td><td>no</td><td>the person's part in the deal, such as {@code Decision
 *       Maker}</td></tr>
 * </table>
 *
 * <p>Contact details are personal data: a record whose {@code contact_consent} is {@code false}
 * holds no contacts, so nothing is written for it, and {@link PortfolioReader} reports a row naming
 * such a record and leaves the row out. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class ContactsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "contacts.csv";

  /** Column {@code opportunity_id}. */
  public static final String OPPORTUNITY_ID = "opportunity_id";

  /** Column {@code lead_id}. */
  public static final String LEAD_ID = "lead_id";

  /** Column {@code name}. */
  public static final String NAME = "name";

  /** Column {@code email}. */
  public static final String EMAIL = "email";

  /** Column {@code phone}. */
  public static final String PHONE = "phone";

  /** Column {@code title}. */
  public static final String TITLE = "title";

  /** Column {@code role}. */
  public static final String ROLE = "role";

  private static final Column<ContactRow, OpportunityId> OPPORTUNITY_COLUMN =
      Column.shared(
          Column.mayBeBlank(
              OPPORTUNITY_ID,
              Cells.OPPORTUNITY_ID,
              row -> row.opportunity().map(OpportunityId::value).orElse("")));
  private static final Column<ContactRow, LeadId> LEAD_COLUMN =
      Column.shared(
          Column.mayBeBlank(
              LEAD_ID, LeadId::parse, row -> row.lead().map(LeadId::value).orElse("")));
  private static final Column<ContactRow, String> NAME_COLUMN =
      Column.requiredText(NAME, Cells::name, row -> row.contact().name());
  private static final Column<ContactRow, String> EMAIL_COLUMN =
      Column.optional(EMAIL, Cells::name, row -> row.contact().email().orElse(""));
  private static final Column<ContactRow, String> PHONE_COLUMN =
      Column.optional(PHONE, Cells::name, row -> row.contact().phone().orElse(""));
  private static final Column<ContactRow, String> TITLE_COLUMN =
      Column.optional(TITLE, Cells::name, row -> row.contact().title().orElse(""));
  private static final Column<ContactRow, String> ROLE_COLUMN =
      Column.optional(ROLE, Cells::name, row -> row.contact().role().orElse(""));
  private static final Columns<ContactRow> TABLE =
      Columns.of(
          OPPORTUNITY_COLUMN,
          LEAD_COLUMN,
          NAME_COLUMN,
          EMAIL_COLUMN,
          PHONE_COLUMN,
          TITLE_COLUMN,
          ROLE_COLUMN);

  /** The columns in the order they are written. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private ContactsCsv() {}

  /**
   * Reads rows from {@code in}, which is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<ContactRow> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads rows from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<ContactRow> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per contact of each opportunity, then of each lead, header first, to {@code
   * out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Opportunity> opportunities, Iterable<Lead> leads)
      throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, rows(opportunities, leads));
  }

  /**
   * Writes one row per contact of each opportunity, then of each lead, header first, to a UTF-8
   * file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Opportunity> opportunities, Iterable<Lead> leads)
      throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, rows(opportunities, leads));
  }

  private static ImmutableList<ContactRow> rows(
      Iterable<Opportunity> opportunities, Iterable<Lead> leads) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(leads, "leads");
    ImmutableList.Builder<ContactRow> rows = ImmutableList.builder();
    for (Opportunity opportunity : opportunities) {
      for (Contact contact : opportunity.contacts()) {
        rows.add(ContactRow.of(opportunity.id(), contact));
      }
    }
    for (Lead lead : leads) {
      for (Contact contact : lead.contacts()) {
        rows.add(ContactRow.of(lead.id(), contact));
      }
    }
    return rows.build();
  }

  /** Turns rows into contact rows. */
  private static final class Collector extends RowCollector<ContactRow> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<OpportunityId> opportunity = row.get(OPPORTUNITY_COLUMN);
      Optional<LeadId> lead = row.get(LEAD_COLUMN);
      Optional<String> name = row.get(NAME_COLUMN);
      Optional<String> email = row.get(EMAIL_COLUMN);
      Optional<String> phone = row.get(PHONE_COLUMN);
      Optional<String> title = row.get(TITLE_COLUMN);
      Optional<String> role = row.get(ROLE_COLUMN);
      if (row.token(OPPORTUNITY_ID).isPresent() == row.token(LEAD_ID).isPresent()) {
        row.problem(
            OPPORTUNITY_ID,
            ProblemKind.MISSING_VALUE,
            "exactly one of " + OPPORTUNITY_ID + " and " + LEAD_ID + " is given");
      }
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  new ContactRow(
                      opportunity,
                      lead,
                      Contact.builder()
                          .name(name.orElseThrow())
                          .email(email)
                          .phone(phone)
                          .title(title)
                          .role(role)
                          .build()))
          .ifPresent(contact -> add(contact, row.line()));
    }
  }
}
