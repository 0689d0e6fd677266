package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code revenues.csv}: one row per relationship and half-year or quarter, the
 * alliance revenue booked in it.
 *
 * <table>
 *   <caption>Columns of revenues.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>relationship_id</td><td>the relationship that brought the revenue in</td></tr>
 *   <tr><td>period</td><td>a half-year or quarter of a fiscal year, such as {@code 2025-H2} or
 *       {@code 2026-Q1} (see {@link RevenuePeriod#parse})</td></tr>
 *   <tr><td>amount</td><td>plain decimal, zero or more, in the row's currency</td></tr>
 *   <tr><td>currency</td><td>ISO 4217 code of the amount</td></tr>
 * </table>
 *
 * <p>A period given twice for one relationship is reported as {@link ProblemKind#DUPLICATE}, and
 * one that overlaps a period given before for the relationship (such as {@code 2026-Q2} after
 * {@code 2026-H1}) as {@link ProblemKind#INCONSISTENT}; the later row is left out. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class RevenuesCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "revenues.csv";

  /** Column {@code relationship_id}. */
  public static final String RELATIONSHIP_ID = "relationship_id";

  /** Column {@code period}. */
  public static final String PERIOD = "period";

  /** Column {@code amount}. */
  public static final String AMOUNT = "amount";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  private static final Column<PeriodRevenue, RelationshipId> RELATIONSHIP_COLUMN =
      Column.shared(
          Column.required(
              RELATIONSHIP_ID, Cells.RELATIONSHIP_ID, revenue -> revenue.relationship().value()));
  private static final Column<PeriodRevenue, RevenuePeriod> PERIOD_COLUMN =
      Column.shared(
          Column.required(PERIOD, RevenuePeriod::parse, revenue -> revenue.period().toString()));
  private static final Column<PeriodRevenue, BigDecimal> AMOUNT_COLUMN =
      Column.required(AMOUNT, Cells::nonNegativeDecimal, revenue -> Cells.format(revenue.amount()));
  private static final Column<PeriodRevenue, CurrencyUnit> CURRENCY_COLUMN =
      Column.shared(
          Column.required(
              CURRENCY,
              Cells::currency,
              revenue -> revenue.amount().getCurrency().getCurrencyCode()));
  private static final Columns<PeriodRevenue> TABLE =
      Columns.of(RELATIONSHIP_COLUMN, PERIOD_COLUMN, AMOUNT_COLUMN, CURRENCY_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private RevenuesCsv() {}

  /**
   * Reads period revenues from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<PeriodRevenue> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads period revenues from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<PeriodRevenue> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per period revenue, header first, to {@code out}, which is flushed and left
   * open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<PeriodRevenue> revenues) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(revenues, "revenues");
    TABLE.write(out, revenues);
  }

  /**
   * Writes one row per period revenue, header first, to a UTF-8 file, which is created or
   * truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<PeriodRevenue> revenues) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(revenues, "revenues");
    TABLE.write(file, revenues);
  }

  /** Turns rows into period revenues, remembering the periods of each relationship. */
  private static final class Collector extends RowCollector<PeriodRevenue> {
    final Map<RelationshipId, Map<RevenuePeriod, Long>> seen = new HashMap<>();

    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<RelationshipId> relationship = row.get(RELATIONSHIP_COLUMN);
      Optional<RevenuePeriod> period = row.get(PERIOD_COLUMN);
      Optional<BigDecimal> amount = row.get(AMOUNT_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      if (relationship.isPresent() && period.isPresent()) {
        Map<RevenuePeriod, Long> periods = seen.getOrDefault(relationship.get(), Map.of());
        checkUnique(row, period, periods, PERIOD, "revenue of " + relationship.get() + " in");
        periods.entrySet().stream()
            .filter(
                known ->
                    !known.getKey().equals(period.get()) && known.getKey().overlaps(period.get()))
            .findFirst()
            .ifPresent(
                known ->
                    row.problem(
                        PERIOD,
                        ProblemKind.INCONSISTENT,
                        "revenue of "
                            + relationship.get()
                            + " in "
                            + period.get()
                            + " overlaps "
                            + known.getKey()
                            + " on line "
                            + known.getValue()));
      }
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  PeriodRevenue.of(
                      relationship.orElseThrow(),
                      period.orElseThrow(),
                      Money.of(amount.orElseThrow(), currency.orElseThrow())))
          .ifPresent(
              revenue -> {
                add(revenue, row.line());
                seen.computeIfAbsent(revenue.relationship(), key -> new LinkedHashMap<>())
                    .put(revenue.period(), row.line());
              });
    }
  }
}
