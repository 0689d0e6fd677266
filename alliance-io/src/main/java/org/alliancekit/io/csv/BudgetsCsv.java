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
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.marketing.BudgetId;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code budgets.csv}: one row per party's contribution to a relationship's joint
 * marketing budget for one of its fiscal years.
 *
 * <table>
 *   <caption>Columns of budgets.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>budget_id</td><td>the budget's id</td></tr>
 *   <tr><td>relationship_id</td><td>the relationship whose joint marketing it pays for</td></tr>
 *   <tr><td>party_id</td><td>the party that contributes it: the relationship's host or
 *       partner</td></tr>
 *   <tr><td>fiscal_year</td><td>a plain year number from 1 to 9999: the calendar year in which
 *       that party's fiscal year starts</td></tr>
 *   <tr><td>amount</td><td>plain decimal, zero or more, in the row's currency</td></tr>
 *   <tr><td>currency</td><td>ISO 4217 code of the amount</td></tr>
 * </table>
 *
 * <p>Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class BudgetsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "budgets.csv";

  /** Column {@code budget_id}. */
  public static final String BUDGET_ID = "budget_id";

  /** Column {@code relationship_id}. */
  public static final String RELATIONSHIP_ID = "relationship_id";

  /** Column {@code party_id}. */
  public static final String PARTY_ID = "party_id";

  /** Column {@code fiscal_year}. */
  public static final String FISCAL_YEAR = "fiscal_year";

  /** Column {@code amount}. */
  public static final String AMOUNT = "amount";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  private static final Column<MarketingBudget, BudgetId> ID_COLUMN =
      Column.required(BUDGET_ID, BudgetId::parse, budget -> budget.id().value());
  private static final Column<MarketingBudget, RelationshipId> RELATIONSHIP_COLUMN =
      Column.shared(
          Column.required(
              RELATIONSHIP_ID, Cells.RELATIONSHIP_ID, budget -> budget.relationship().value()));
  private static final Column<MarketingBudget, PartnerId> PARTY_COLUMN =
      Column.shared(Column.required(PARTY_ID, Cells.PARTNER_ID, budget -> budget.party().value()));
  private static final Column<MarketingBudget, Long> YEAR_COLUMN =
      Column.required(
          FISCAL_YEAR,
          Cells::nonNegativeWholeNumber,
          budget -> Integer.toString(budget.fiscalYear()));
  private static final Column<MarketingBudget, BigDecimal> AMOUNT_COLUMN =
      Column.required(AMOUNT, Cells::nonNegativeDecimal, budget -> Cells.format(budget.amount()));
  private static final Column<MarketingBudget, CurrencyUnit> CURRENCY_COLUMN =
      Column.required(
          CURRENCY, Cells::currency, budget -> budget.amount().getCurrency().getCurrencyCode());
  private static final Columns<MarketingBudget> TABLE =
      Columns.of(
          ID_COLUMN,
          RELATIONSHIP_COLUMN,
          PARTY_COLUMN,
          YEAR_COLUMN,
          AMOUNT_COLUMN,
          CURRENCY_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private BudgetsCsv() {}

  /**
   * Reads budgets from {@code in}, which is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<MarketingBudget> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads budgets from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<MarketingBudget> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per budget, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<MarketingBudget> budgets) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(budgets, "budgets");
    TABLE.write(out, budgets);
  }

  /**
   * Writes one row per budget, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<MarketingBudget> budgets) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(budgets, "budgets");
    TABLE.write(file, budgets);
  }

  /** Turns rows into budgets. */
  private static final class Collector extends RowCollector<MarketingBudget> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<BudgetId> id = row.get(ID_COLUMN);
      Optional<RelationshipId> relationship = row.get(RELATIONSHIP_COLUMN);
      Optional<PartnerId> party = row.get(PARTY_COLUMN);
      Optional<Long> year = row.get(YEAR_COLUMN);
      Optional<BigDecimal> amount = row.get(AMOUNT_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  MarketingBudget.builder()
                      .id(id.orElseThrow())
                      .relationship(relationship.orElseThrow())
                      .party(party.orElseThrow())
                      .fiscalYear((int) Math.min(year.orElseThrow(), Integer.MAX_VALUE))
                      .amount(Money.of(amount.orElseThrow(), currency.orElseThrow()))
                      .build())
          .ifPresent(budget -> add(budget, row.line()));
    }
  }
}
