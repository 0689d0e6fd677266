package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
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
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code registrations.csv}: one row per deal registration, a partner's claim on
 * an opportunity.
 *
 * <table>
 *   <caption>Columns of registrations.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>registration_id</td><td>yes</td><td>the registration's id, unique in the
 *       file</td></tr>
 *   <tr><td>opportunity_id</td><td>yes</td><td>the opportunity registered</td></tr>
 *   <tr><td>partner_id</td><td>yes</td><td>the party that registered the deal</td></tr>
 *   <tr><td>registered_date</td><td>yes</td><td>ISO-8601 date the registration was
 *       submitted</td></tr>
 *   <tr><td>expiry_date</td><td>yes, may be blank</td><td>ISO-8601 last day the registration is
 *       valid, not before it was registered; blank if it does not expire</td></tr>
 *   <tr><td>status</td><td>yes</td><td>a {@link RegistrationStatus} name: {@code PENDING}, {@code
 *       APPROVED}, {@code REJECTED} or {@code EXPIRED}</td></tr>
 *   <tr><td>decided_date</td><td>no</td><td>ISO-8601 date the registration was approved or
 *       rejected, not before it was registered: required for {@code APPROVED} and {@code
 *       REJECTED}, not given for {@code PENDING}</td></tr>
 * </table>
 *
 * <p>A registration id given twice is reported as {@link ProblemKind#DUPLICATE} and the later row
 * left out; a row that breaks a rule of {@link DealRegistration} is reported at its line with the
 * model's message. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class RegistrationsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "registrations.csv";

  /** Column {@code registration_id}. */
  public static final String REGISTRATION_ID = "registration_id";

  /** Column {@code opportunity_id}. */
  public static final String OPPORTUNITY_ID = "opportunity_id";

  /** Column {@code partner_id}. */
  public static final String PARTNER_ID = "partner_id";

  /** Column {@code registered_date}. */
  public static final String REGISTERED_DATE = "registered_date";

  /** Column {@code expiry_date}. */
  public static final String EXPIRY_DATE = "expiry_date";

  /** Column {@code status}. */
  public static final String STATUS = "status";

  /** Column {@code decided_date}. */
  public static final String DECIDED_DATE = "decided_date";

  private static final Column<Registration, RegistrationId> ID_COLUMN =
      Column.required(REGISTRATION_ID, RegistrationId::parse, claim -> claim.id().value());
  private static final Column<Registration, OpportunityId> OPPORTUNITY_COLUMN =
      Column.shared(
          Column.required(
              OPPORTUNITY_ID, Cells.OPPORTUNITY_ID, claim -> claim.opportunity().value()));
  private static final Column<Registration, PartnerId> PARTNER_COLUMN =
      Column.shared(
          Column.required(
              PARTNER_ID,
              Cells.PARTNER_ID,
              claim -> claim.registration().registeringParty().value()));
  private static final Column<Registration, LocalDate> REGISTERED_COLUMN =
      Column.shared(
          Column.required(
              REGISTERED_DATE, Cells::date, claim -> claim.registration().submitted().toString()));
  private static final Column<Registration, LocalDate> EXPIRY_COLUMN =
      Column.shared(
          Column.mayBeBlank(
              EXPIRY_DATE,
              Cells::date,
              claim -> claim.registration().expires().map(LocalDate::toString).orElse("")));
  private static final Column<Registration, RegistrationStatus> STATUS_COLUMN =
      Column.required(
          STATUS,
          text -> Cells.constant(RegistrationStatus.class, text),
          claim -> claim.registration().status().name());
  private static final Column<Registration, LocalDate> DECIDED_COLUMN =
      Column.shared(
          Column.optional(
              DECIDED_DATE,
              Cells::date,
              claim -> claim.registration().decided().map(LocalDate::toString).orElse("")));
  private static final Columns<Registration> TABLE =
      Columns.of(
          ID_COLUMN,
          OPPORTUNITY_COLUMN,
          PARTNER_COLUMN,
          REGISTERED_COLUMN,
          EXPIRY_COLUMN,
          STATUS_COLUMN,
          DECIDED_COLUMN);

  /** The columns in the order they are written. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private RegistrationsCsv() {}

  /**
   * Reads registrations from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<Registration> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads registrations from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<Registration> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per registration, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Registration> registrations) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(registrations, "registrations");
    TABLE.write(out, registrations);
  }

  /**
   * Writes one row per registration, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Registration> registrations) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(registrations, "registrations");
    TABLE.write(file, registrations);
  }

  /** Turns rows into registrations, remembering the ids seen. */
  private static final class Collector extends RowCollector<Registration> {
    final Map<RegistrationId, Long> seen = new HashMap<>();

    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<RegistrationId> id = row.get(ID_COLUMN);
      Optional<OpportunityId> opportunity = row.get(OPPORTUNITY_COLUMN);
      Optional<PartnerId> partner = row.get(PARTNER_COLUMN);
      Optional<LocalDate> registered = row.get(REGISTERED_COLUMN);
      Optional<LocalDate> expiry = row.get(EXPIRY_COLUMN);
      Optional<RegistrationStatus> status = row.get(STATUS_COLUMN);
      Optional<LocalDate> decided = row.get(DECIDED_COLUMN);
      checkUnique(row, id, seen, REGISTRATION_ID, "registration");
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  Registration.of(
                      id.orElseThrow(),
                      opportunity.orElseThrow(),
                      DealRegistration.builder()
                          .registeringParty(partner.orElseThrow())
                          .submitted(registered.orElseThrow())
                          .expires(expiry)
                          .status(status.orElseThrow())
                          .decided(decided)
                          .build()))
          .ifPresent(
              registration -> {
                add(registration, row.line());
                seen.put(registration.id(), row.line());
              });
    }
  }
}
