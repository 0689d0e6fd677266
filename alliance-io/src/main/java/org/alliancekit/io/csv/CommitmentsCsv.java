package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.io.CommitmentRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.ResourceKind;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code commitments.csv}: one row per resource a party puts into a relationship.
 *
 * <table>
 *   <caption>Columns of commitments.csv (all required in the header)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>relationship_id</td><td>the relationship the commitment is made in</td></tr>
 *   <tr><td>party_id</td><td>the partner id of the party that provides the resource: the
 *       relationship's host or its partner</td></tr>
 *   <tr><td>resource</td><td>a {@link ResourceKind} name, such as {@code PEOPLE} or {@code
 *       FUNDING}</td></tr>
 *   <tr><td>strength</td><td>a {@link CommitmentStrength} name: {@code INTENT} or {@code
 *       COMMITMENT}</td></tr>
 *   <tr><td>quantity</td><td>positive plain decimal, such as {@code 2.5} people; empty when an
 *       amount is given</td></tr>
 *   <tr><td>amount</td><td>positive plain decimal in the row's currency; empty when a quantity
 *       is given</td></tr>
 *   <tr><td>currency</td><td>ISO 4217 code of the amount; needed when an amount is given, ignored
 *       otherwise</td></tr>
 *   <tr><td>period_start</td><td>ISO-8601 first day the resource is provided, or empty</td></tr>
 *   <tr><td>period_end</td><td>ISO-8601 last day the resource is provided, or empty</td></tr>
 * </table>
 *
 * <p>Columns may come in any order. Exactly one of {@code quantity} and {@code amount} must be
 * given: both are reported at {@code amount}, neither at {@code quantity}. A period that ends
 * before it starts is reported at the row's line with the model's message. Whether the party
 * belongs to the relationship is not checked here, since the relationship is in another file.
 *
 * <p>The file holds every field of a {@link Commitment}. A quantity is written with its scale
 * ({@code 2.50} stays {@code 2.50}), since quantities compare with their scale; one with a negative
 * scale, such as {@code 1E+3}, cannot be written as a plain decimal that reads back equal and is
 * refused.
 *
 * <p>Rows are read as described in {@link PortfolioReader}: every good row becomes a {@link
 * CommitmentRow}, every bad row is reported with its line and left out. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class CommitmentsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "commitments.csv";

  /** Column {@code relationship_id}. */
  public static final String RELATIONSHIP_ID = "relationship_id";

  /** Column {@code party_id}. */
  public static final String PARTY_ID = "party_id";

  /** Column {@code resource}. */
  public static final String RESOURCE = "resource";

  /** Column {@code strength}. */
  public static final String STRENGTH = "strength";

  /** Column {@code quantity}. */
  public static final String QUANTITY = "quantity";

  /** Column {@code amount}. */
  public static final String AMOUNT = "amount";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  /** Column {@code period_start}. */
  public static final String PERIOD_START = "period_start";

  /** Column {@code period_end}. */
  public static final String PERIOD_END = "period_end";

  private static final Column<CommitmentRow, RelationshipId> RELATIONSHIP_COLUMN =
      Column.shared(
          Column.required(
              RELATIONSHIP_ID, Cells.RELATIONSHIP_ID, row -> row.relationship().value()));
  private static final Column<CommitmentRow, PartnerId> PARTY_COLUMN =
      Column.shared(
          Column.required(PARTY_ID, Cells.PARTNER_ID, row -> row.commitment().party().value()));
  private static final Column<CommitmentRow, ResourceKind> RESOURCE_COLUMN =
      Column.required(
          RESOURCE,
          text -> Cells.constant(ResourceKind.class, text),
          row -> row.commitment().resource().name());
  private static final Column<CommitmentRow, CommitmentStrength> STRENGTH_COLUMN =
      Column.required(
          STRENGTH,
          text -> Cells.constant(CommitmentStrength.class, text),
          row -> row.commitment().strength().name());
  private static final Column<CommitmentRow, BigDecimal> QUANTITY_COLUMN =
      Column.mayBeBlank(
          QUANTITY,
          Cells::positiveDecimal,
          row -> row.commitment().quantity().map(CommitmentsCsv::quantity).orElse(""));
  private static final Column<CommitmentRow, BigDecimal> AMOUNT_COLUMN =
      Column.mayBeBlank(
          AMOUNT,
          Cells::positiveDecimal,
          row -> row.commitment().amount().map(Cells::format).orElse(""));
  private static final Column<CommitmentRow, CurrencyUnit> CURRENCY_COLUMN =
      Column.mayBeBlank(
          CURRENCY,
          Cells::currency,
          row ->
              row.commitment()
                  .amount()
                  .map(amount -> amount.getCurrency().getCurrencyCode())
                  .orElse(""));
  private static final Column<CommitmentRow, LocalDate> START_COLUMN =
      Column.mayBeBlank(
          PERIOD_START, Cells::date, row -> Cells.optionalDate(row.commitment().periodStart()));
  private static final Column<CommitmentRow, LocalDate> END_COLUMN =
      Column.mayBeBlank(
          PERIOD_END, Cells::date, row -> Cells.optionalDate(row.commitment().periodEnd()));
  private static final Columns<CommitmentRow> TABLE =
      Columns.of(
          RELATIONSHIP_COLUMN,
          PARTY_COLUMN,
          RESOURCE_COLUMN,
          STRENGTH_COLUMN,
          QUANTITY_COLUMN,
          AMOUNT_COLUMN,
          CURRENCY_COLUMN,
          START_COLUMN,
          END_COLUMN);

  /** The columns in the order they are written; all are required in the header. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private CommitmentsCsv() {}

  /**
   * Reads commitment rows from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<CommitmentRow> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads commitment rows from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<CommitmentRow> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Returns the rows of the relationships' commitments: one per commitment, relationship by
   * relationship, each relationship's in its own order. Reading the written file gives these rows
   * back.
   */
  public static ImmutableList<CommitmentRow> rows(Iterable<Relationship> relationships) {
    checkNotNull(relationships, "relationships");
    return Columns.perChild(
        relationships,
        Relationship::commitments,
        (relationship, commitment) -> CommitmentRow.of(relationship.id(), commitment));
  }

  /**
   * Writes the {@link #rows} of the relationships' commitments, header first, to {@code out}, which
   * is flushed and left open. A relationship without commitments has no row.
   *
   * @throws IllegalArgumentException before anything is written, if a quantity has a negative scale
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Relationship> relationships) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, rows(relationships));
  }

  /**
   * Writes the {@link #rows} of the relationships' commitments, header first, to a UTF-8 file,
   * which is created or truncated.
   *
   * @throws IllegalArgumentException before anything is written, if a quantity has a negative scale
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Relationship> relationships) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, rows(relationships));
  }

  private static String quantity(BigDecimal quantity) {
    checkArgument(
        quantity.scale() >= 0,
        "%s value %s has a negative scale, which a plain decimal cannot give back; give it with"
            + " scale 0 or more",
        QUANTITY,
        quantity);
    return quantity.toPlainString();
  }

  /** Turns rows into commitment rows. */
  private static final class Collector extends RowCollector<CommitmentRow> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<RelationshipId> relationship = row.get(RELATIONSHIP_COLUMN);
      Optional<PartnerId> party = row.get(PARTY_COLUMN);
      Optional<ResourceKind> resource = row.get(RESOURCE_COLUMN);
      Optional<CommitmentStrength> strength = row.get(STRENGTH_COLUMN);
      Optional<BigDecimal> quantity = row.get(QUANTITY_COLUMN);
      Optional<BigDecimal> amount = row.get(AMOUNT_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Optional<LocalDate> start = row.get(START_COLUMN);
      Optional<LocalDate> end = row.get(END_COLUMN);
      boolean hasQuantity = row.token(QUANTITY).isPresent();
      boolean hasAmount = row.token(AMOUNT).isPresent();
      if (hasQuantity && hasAmount) {
        row.problem(
            AMOUNT,
            ProblemKind.INVALID_VALUE,
            AMOUNT + " must be empty when " + QUANTITY + " is given: give one of the two");
      } else if (!hasQuantity && !hasAmount) {
        row.problem(
            QUANTITY,
            ProblemKind.MISSING_VALUE,
            QUANTITY + " or " + AMOUNT + " must be given: one of the two");
      }
      if (hasAmount && row.token(CURRENCY).isEmpty()) {
        row.problem(
            CURRENCY,
            ProblemKind.MISSING_VALUE,
            CURRENCY + " must not be empty when " + AMOUNT + " is given");
      }
      if (rejected(row)) {
        return;
      }
      try {
        Optional<MonetaryAmount> money =
            amount.map(value -> Money.of(value, currency.orElseThrow()));
        Commitment commitment =
            Commitment.builder()
                .party(party.orElseThrow())
                .resource(resource.orElseThrow())
                .strength(strength.orElseThrow())
                .quantity(quantity)
                .amount(money)
                .periodStart(start)
                .periodEnd(end)
                .build();
        add(CommitmentRow.of(relationship.orElseThrow(), commitment), row.line());
      } catch (IllegalArgumentException | IllegalStateException e) {
        ruleBroken(row.line(), e);
      }
    }
  }
}
