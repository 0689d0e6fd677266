package org.alliancekit.io.csv;

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
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.marketing.BudgetId;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.FundRequestId;
import org.alliancekit.model.marketing.FundStatus;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code fund_requests.csv}: one row per request for joint marketing funds.
 *
 * <table>
 *   <caption>Columns of fund_requests.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>request_id</td><td>the request's id</td></tr>
 *   <tr><td>budget_id</td><td>the budget of {@code budgets.csv} the funds are asked from</td></tr>
 *   <tr><td>campaign_id</td><td>the campaign of {@code campaigns.csv} they pay for</td></tr>
 *   <tr><td>date</td><td>ISO-8601 day of the request</td></tr>
 *   <tr><td>amount</td><td>plain decimal, positive, in the row's currency</td></tr>
 *   <tr><td>currency</td><td>ISO 4217 code of the amount</td></tr>
 *   <tr><td>status</td><td>{@code PENDING}, {@code APPROVED} or {@code REJECTED}</td></tr>
 * </table>
 *
 * <p>Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class FundRequestsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "fund_requests.csv";

  /** Column {@code request_id}. */
  public static final String REQUEST_ID = "request_id";

  /** Column {@code budget_id}. */
  public static final String BUDGET_ID = "budget_id";

  /** Column {@code campaign_id}. */
  public static final String CAMPAIGN_ID = "campaign_id";

  /** Column {@code date}. */
  public static final String DATE = "date";

  /** Column {@code amount}. */
  public static final String AMOUNT = "amount";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  /** Column {@code status}. */
  public static final String STATUS = "status";

  private static final Column<FundRequest, FundRequestId> ID_COLUMN =
      Column.required(REQUEST_ID, FundRequestId::parse, request -> request.id().value());
  private static final Column<FundRequest, BudgetId> BUDGET_COLUMN =
      Column.required(BUDGET_ID, BudgetId::parse, request -> request.budget().value());
  private static final Column<FundRequest, CampaignId> CAMPAIGN_COLUMN =
      Column.required(CAMPAIGN_ID, CampaignId::parse, request -> request.campaign().value());
  private static final Column<FundRequest, LocalDate> DATE_COLUMN =
      Column.required(DATE, Cells::date, request -> request.date().toString());
  private static final Column<FundRequest, BigDecimal> AMOUNT_COLUMN =
      Column.required(AMOUNT, Cells::positiveDecimal, request -> Cells.format(request.amount()));
  private static final Column<FundRequest, CurrencyUnit> CURRENCY_COLUMN =
      Column.required(
          CURRENCY, Cells::currency, request -> request.amount().getCurrency().getCurrencyCode());
  private static final Column<FundRequest, FundStatus> STATUS_COLUMN =
      Column.required(
          STATUS,
          text -> Cells.constant(FundStatus.class, text),
          request -> request.status().name());
  private static final Columns<FundRequest> TABLE =
      Columns.of(
          ID_COLUMN,
          BUDGET_COLUMN,
          CAMPAIGN_COLUMN,
          DATE_COLUMN,
          AMOUNT_COLUMN,
          CURRENCY_COLUMN,
          STATUS_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private FundRequestsCsv() {}

  /**
   * Reads fund requests from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<FundRequest> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads fund requests from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<FundRequest> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per request, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<FundRequest> requests) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(requests, "requests");
    TABLE.write(out, requests);
  }

  /**
   * Writes one row per request, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<FundRequest> requests) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(requests, "requests");
    TABLE.write(file, requests);
  }

  /** Turns rows into fund requests. */
  private static final class Collector extends RowCollector<FundRequest> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<FundRequestId> id = row.get(ID_COLUMN);
      Optional<BudgetId> budget = row.get(BUDGET_COLUMN);
      Optional<CampaignId> campaign = row.get(CAMPAIGN_COLUMN);
      Optional<LocalDate> date = row.get(DATE_COLUMN);
      Optional<BigDecimal> amount = row.get(AMOUNT_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Optional<FundStatus> status = row.get(STATUS_COLUMN);
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  FundRequest.builder()
                      .id(id.orElseThrow())
                      .budget(budget.orElseThrow())
                      .campaign(campaign.orElseThrow())
                      .date(date.orElseThrow())
                      .amount(Money.of(amount.orElseThrow(), currency.orElseThrow()))
                      .status(status.orElseThrow())
                      .build())
          .ifPresent(request -> add(request, row.line()));
    }
  }
}
