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
import org.alliancekit.model.marketing.ClaimStatus;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundClaimId;
import org.alliancekit.model.marketing.FundRequestId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code fund_claims.csv}: one row per claim against a fund request.
 *
 * <table>
 *   <caption>Columns of fund_claims.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>claim_id</td><td>the claim's id</td></tr>
 *   <tr><td>request_id</td><td>the request of {@code fund_requests.csv} it is made
 *       against</td></tr>
 *   <tr><td>date</td><td>ISO-8601 day of the claim</td></tr>
 *   <tr><td>amount</td><td>plain decimal, positive, in the row's currency</td></tr>
 *   <tr><td>currency</td><td>ISO 4217 code of the amount</td></tr>
 *   <tr><td>status</td><td>{@code PENDING}, {@code APPROVED}, {@code REJECTED} or {@code
 *       PAID}</td></tr>
 * </table>
 *
 * <p>A claim on a request that is not in {@code fund_requests.csv} is reported at its line (column
 * {@code request_id}) when the folder is read. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class FundClaimsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "fund_claims.csv";

  /** Column {@code claim_id}. */
  public static final String CLAIM_ID = "claim_id";

  /** Column {@code request_id}. */
  public static final String REQUEST_ID = "request_id";

  /** Column {@code date}. */
  public static final String DATE = "date";

  /** Column {@code amount}. */
  public static final String AMOUNT = "amount";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  /** Column {@code status}. */
  public static final String STATUS = "status";

  private static final Column<FundClaim, FundClaimId> ID_COLUMN =
      Column.required(CLAIM_ID, FundClaimId::parse, claim -> claim.id().value());
  private static final Column<FundClaim, FundRequestId> REQUEST_COLUMN =
      Column.required(REQUEST_ID, FundRequestId::parse, claim -> claim.request().value());
  private static final Column<FundClaim, LocalDate> DATE_COLUMN =
      Column.required(DATE, Cells::date, claim -> claim.date().toString());
  private static final Column<FundClaim, BigDecimal> AMOUNT_COLUMN =
      Column.required(AMOUNT, Cells::positiveDecimal, claim -> Cells.format(claim.amount()));
  private static final Column<FundClaim, CurrencyUnit> CURRENCY_COLUMN =
      Column.required(
          CURRENCY, Cells::currency, claim -> claim.amount().getCurrency().getCurrencyCode());
  private static final Column<FundClaim, ClaimStatus> STATUS_COLUMN =
      Column.required(
          STATUS, text -> Cells.constant(ClaimStatus.class, text), claim -> claim.status().name());
  private static final Columns<FundClaim> TABLE =
      Columns.of(
          ID_COLUMN, REQUEST_COLUMN, DATE_COLUMN, AMOUNT_COLUMN, CURRENCY_COLUMN, STATUS_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private FundClaimsCsv() {}

  /**
   * Reads fund claims from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<FundClaim> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads fund claims from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<FundClaim> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per claim, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<FundClaim> claims) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(claims, "claims");
    TABLE.write(out, claims);
  }

  /**
   * Writes one row per claim, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<FundClaim> claims) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(claims, "claims");
    TABLE.write(file, claims);
  }

  /** Turns rows into fund claims. */
  private static final class Collector extends RowCollector<FundClaim> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<FundClaimId> id = row.get(ID_COLUMN);
      Optional<FundRequestId> request = row.get(REQUEST_COLUMN);
      Optional<LocalDate> date = row.get(DATE_COLUMN);
      Optional<BigDecimal> amount = row.get(AMOUNT_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Optional<ClaimStatus> status = row.get(STATUS_COLUMN);
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  FundClaim.builder()
                      .id(id.orElseThrow())
                      .request(request.orElseThrow())
                      .date(date.orElseThrow())
                      .amount(Money.of(amount.orElseThrow(), currency.orElseThrow()))
                      .status(status.orElseThrow())
                      .build())
          .ifPresent(claim -> add(claim, row.line()));
    }
  }
}
