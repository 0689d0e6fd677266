package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.io.ExpectedSpendRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code expected_spend.csv}: what a customer is expected to spend once a deal is
 * live, one row per {@link ExpectedSpend} of an opportunity, in the order of its {@link
 * Opportunity#expectedSpend() expected spend}.
 *
 * <table>
 *   <caption>Columns of expected_spend.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>opportunity_id</td><td>yes</td><td>an opportunity of opportunities.csv</td></tr>
 *   <tr><td>amount</td><td>yes</td><td>plain decimal, zero or more, spent each period</td></tr>
 *   <tr><td>currency</td><td>yes</td><td>ISO 4217 code of the amount</td></tr>
 *   <tr><td>frequency</td><td>yes</td><td>a {@link SpendFrequency} name: {@code MONTHLY}, {@code
 *       QUARTERLY} or {@code ANNUAL}</td></tr>
 *   <tr><td>target</td><td>no</td><td>the company that receives the spend, such as {@code
 *       AWS}</td></tr>
 * </table>
 *
 * <p>The rows are read as they are: joining them to opportunities is the caller's ({@link
 * PortfolioReader} reports a row whose opportunity is unknown). Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class ExpectedSpendCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "expected_spend.csv";

  /** Column {@code opportunity_id}. */
  public static final String OPPORTUNITY_ID = "opportunity_id";

  /** Column {@code amount}. */
  public static final String AMOUNT = "amount";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  /** Column {@code frequency}. */
  public static final String FREQUENCY = "frequency";

  /** Column {@code target}. */
  public static final String TARGET = "target";

  private static final Column<ExpectedSpendRow, OpportunityId> OPPORTUNITY_COLUMN =
      Column.shared(
          Column.required(OPPORTUNITY_ID, Cells.OPPORTUNITY_ID, row -> row.opportunity().value()));
  private static final Column<ExpectedSpendRow, BigDecimal> AMOUNT_COLUMN =
      Column.required(AMOUNT, Cells::nonNegativeDecimal, row -> Cells.format(row.spend().amount()));
  private static final Column<ExpectedSpendRow, CurrencyUnit> CURRENCY_COLUMN =
      Column.required(
          CURRENCY, Cells::currency, row -> row.spend().amount().getCurrency().getCurrencyCode());
  private static final Column<ExpectedSpendRow, SpendFrequency> FREQUENCY_COLUMN =
      Column.required(
          FREQUENCY,
          text -> Cells.constant(SpendFrequency.class, text),
          row -> row.spend().frequency().name());
  private static final Column<ExpectedSpendRow, String> TARGET_COLUMN =
      Column.optional(TARGET, Cells::name, row -> row.spend().target().orElse(""));
  private static final Columns<ExpectedSpendRow> TABLE =
      Columns.of(
          OPPORTUNITY_COLUMN, AMOUNT_COLUMN, CURRENCY_COLUMN, FREQUENCY_COLUMN, TARGET_COLUMN);

  /** The columns in the order they are written. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private ExpectedSpendCsv() {}

  /**
   * Reads rows from {@code in}, which is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<ExpectedSpendRow> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads rows from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<ExpectedSpendRow> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per expected spend of each opportunity, header first, to {@code out}, which is
   * flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Opportunity> opportunities) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(opportunities, "opportunities");
    TABLE.write(out, rows(opportunities));
  }

  /**
   * Writes one row per expected spend of each opportunity, header first, to a UTF-8 file, which is
   * created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Opportunity> opportunities) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(opportunities, "opportunities");
    TABLE.write(file, rows(opportunities));
  }

  private static ImmutableList<ExpectedSpendRow> rows(Iterable<Opportunity> opportunities) {
    ImmutableList.Builder<ExpectedSpendRow> rows = ImmutableList.builder();
    for (Opportunity opportunity : opportunities) {
      for (ExpectedSpend spend : opportunity.expectedSpend()) {
        rows.add(new ExpectedSpendRow(opportunity.id(), spend));
      }
    }
    return rows.build();
  }

  /** Turns rows into expected spend rows. */
  private static final class Collector extends RowCollector<ExpectedSpendRow> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<OpportunityId> opportunity = row.get(OPPORTUNITY_COLUMN);
      Optional<BigDecimal> amount = row.get(AMOUNT_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Optional<SpendFrequency> frequency = row.get(FREQUENCY_COLUMN);
      Optional<String> target = row.get(TARGET_COLUMN);
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  new ExpectedSpendRow(
                      opportunity.orElseThrow(),
                      ExpectedSpend.builder()
                          .amount(Money.of(amount.orElseThrow(), currency.orElseThrow()))
                          .frequency(frequency.orElseThrow())
                          .target(target)
                          .build()))
          .ifPresent(spend -> add(spend, row.line()));
    }
  }
}
