package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.io.CompetencyRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code competencies.csv}: one row per certified competency of a partner.
 *
 * <table>
 *   <caption>Columns of competencies.csv (all required in the header)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>partner_id</td><td>the partner that holds the competency</td></tr>
 *   <tr><td>competency</td><td>the competency's name, kept as written, such as {@code Cloud
 *       Migration}</td></tr>
 *   <tr><td>level</td><td>a {@link CompetencyLevel} name: {@code FOUNDATION}, {@code ADVANCED}
 *       or {@code EXPERT}</td></tr>
 *   <tr><td>issuer</td><td>the partner id of the party whose programme certified it</td></tr>
 *   <tr><td>valid_from</td><td>ISO-8601 first day of validity, or empty when unknown</td></tr>
 *   <tr><td>valid_until</td><td>ISO-8601 last day of validity, or empty when it does not
 *       expire</td></tr>
 * </table>
 *
 * <p>Columns may come in any order. A competency that expires before it is valid is reported at its
 * line with the model's message. The file holds every field of a {@link Competency}; the same
 * competency may be listed more than once, as a {@link Partner}'s list of competencies may.
 *
 * <p>Rows are read as described in {@link PortfolioReader}: every good row becomes a {@link
 * CompetencyRow}, every bad row is reported with its line and left out. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class CompetenciesCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "competencies.csv";

  /** Column {@code partner_id}. */
  public static final String PARTNER_ID = "partner_id";

  /** Column {@code competency}. */
  public static final String COMPETENCY = "competency";

  /** Column {@code level}. */
  public static final String LEVEL = "level";

  /** Column {@code issuer}. */
  public static final String ISSUER = "issuer";

  /** Column {@code valid_from}. */
  public static final String VALID_FROM = "valid_from";

  /** Column {@code valid_until}. */
  public static final String VALID_UNTIL = "valid_until";

  private static final Column<CompetencyRow, PartnerId> PARTNER_COLUMN =
      Column.shared(Column.required(PARTNER_ID, Cells.PARTNER_ID, row -> row.partner().value()));
  private static final Column<CompetencyRow, String> NAME_COLUMN =
      Column.requiredText(COMPETENCY, Cells::name, row -> row.competency().name());
  private static final Column<CompetencyRow, CompetencyLevel> LEVEL_COLUMN =
      Column.required(
          LEVEL,
          text -> Cells.constant(CompetencyLevel.class, text),
          row -> row.competency().level().name());
  private static final Column<CompetencyRow, PartnerId> ISSUER_COLUMN =
      Column.shared(
          Column.required(ISSUER, Cells.PARTNER_ID, row -> row.competency().issuer().value()));
  private static final Column<CompetencyRow, LocalDate> FROM_COLUMN =
      Column.mayBeBlank(
          VALID_FROM, Cells::date, row -> Cells.optionalDate(row.competency().validFrom()));
  private static final Column<CompetencyRow, LocalDate> UNTIL_COLUMN =
      Column.mayBeBlank(
          VALID_UNTIL, Cells::date, row -> Cells.optionalDate(row.competency().expires()));
  private static final Columns<CompetencyRow> TABLE =
      Columns.of(
          PARTNER_COLUMN, NAME_COLUMN, LEVEL_COLUMN, ISSUER_COLUMN, FROM_COLUMN, UNTIL_COLUMN);

  /** The columns in the order they are written; all are required in the header. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private CompetenciesCsv() {}

  /**
   * Reads competency rows from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<CompetencyRow> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads competency rows from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<CompetencyRow> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Returns the rows of the partners' competencies: one per competency, partner by partner, each
   * partner's in its own order. Reading the written file gives these rows back.
   */
  public static ImmutableList<CompetencyRow> rows(Iterable<Partner> partners) {
    checkNotNull(partners, "partners");
    return Columns.perChild(
        partners,
        Partner::competencies,
        (partner, competency) -> CompetencyRow.of(partner.id(), competency));
  }

  /**
   * Writes the {@link #rows} of the partners' competencies, header first, to {@code out}, which is
   * flushed and left open. A partner without competencies has no row.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Partner> partners) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, rows(partners));
  }

  /**
   * Writes the {@link #rows} of the partners' competencies, header first, to a UTF-8 file, which is
   * created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Partner> partners) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, rows(partners));
  }

  /** Turns rows into competency rows. */
  private static final class Collector extends RowCollector<CompetencyRow> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<PartnerId> partner = row.get(PARTNER_COLUMN);
      Optional<String> name = row.get(NAME_COLUMN);
      Optional<CompetencyLevel> level = row.get(LEVEL_COLUMN);
      Optional<PartnerId> issuer = row.get(ISSUER_COLUMN);
      Optional<LocalDate> from = row.get(FROM_COLUMN);
      Optional<LocalDate> until = row.get(UNTIL_COLUMN);
      if (rejected(row)) {
        return;
      }
      try {
        Competency competency =
            Competency.of(name.orElseThrow(), level.orElseThrow(), issuer.orElseThrow())
                .withValidFrom(from)
                .withExpires(until);
        add(CompetencyRow.of(partner.orElseThrow(), competency), row.line());
      } catch (IllegalArgumentException | IllegalStateException e) {
        ruleBroken(row.line(), e);
      }
    }
  }
}
