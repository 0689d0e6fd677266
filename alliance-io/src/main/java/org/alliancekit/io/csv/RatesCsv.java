package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Table;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code rates.csv}, the optional file of fixed exchange rates of a portfolio.
 *
 * <table>
 *   <caption>Columns of rates.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>from</td><td>ISO 4217 code of the currency converted from</td></tr>
 *   <tr><td>to</td><td>ISO 4217 code of the currency converted to, not {@code from}</td></tr>
 *   <tr><td>rate</td><td>positive plain decimal: one unit of {@code from} is worth {@code rate}
 *       units of {@code to}, so {@code EUR,GBP,0.85} turns 100 EUR into 85 GBP</td></tr>
 * </table>
 *
 * <p>A pair given twice is reported as {@link ProblemKind#DUPLICATE} and the later row left out;
 * the opposite direction may be given too, and then wins over the inverse (see {@link
 * ExchangeRates}). Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class RatesCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "rates.csv";

  /** Column {@code from}. */
  public static final String FROM = "from";

  /** Column {@code to}. */
  public static final String TO = "to";

  /** Column {@code rate}. */
  public static final String RATE = "rate";

  private static final Column<ExchangeRate, CurrencyUnit> FROM_COLUMN =
      Column.required(FROM, Cells::currency, rate -> rate.from().getCurrencyCode());
  private static final Column<ExchangeRate, CurrencyUnit> TO_COLUMN =
      Column.required(TO, Cells::currency, rate -> rate.to().getCurrencyCode());
  private static final Column<ExchangeRate, BigDecimal> RATE_COLUMN =
      Column.required(RATE, Cells::positiveDecimal, rate -> Cells.format(rate.rate()));
  private static final Columns<ExchangeRate> TABLE =
      Columns.of(FROM_COLUMN, TO_COLUMN, RATE_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private RatesCsv() {}

  /**
   * Reads rates from {@code in}, which is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<ExchangeRate> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    Collector collector = new Collector();
    TABLE.read(in, fileName, collector.problems, collector::accept);
    return collector.result();
  }

  /** Reads rates from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<ExchangeRate> read(Path file) {
    checkNotNull(file, "file");
    Collector collector = new Collector();
    TABLE.read(file, String.valueOf(file.getFileName()), collector.problems, collector::accept);
    return collector.result();
  }

  /**
   * Writes the rates, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, ExchangeRates rates) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(rates, "rates");
    TABLE.write(out, rates.rates());
  }

  /**
   * Writes the rates, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, ExchangeRates rates) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(rates, "rates");
    TABLE.write(file, rates.rates());
  }

  /** Turns rows into rates, remembering the pairs seen. */
  private static final class Collector {
    final List<Problem> problems = new ArrayList<>();
    final List<ExchangeRate> values = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    final Table<CurrencyUnit, CurrencyUnit, Long> seen = HashBasedTable.create();

    void accept(Row row) {
      Optional<CurrencyUnit> from = row.get(FROM_COLUMN);
      Optional<CurrencyUnit> to = row.get(TO_COLUMN);
      Optional<BigDecimal> rate = row.get(RATE_COLUMN);
      if (from.isPresent() && to.isPresent() && seen.contains(from.get(), to.get())) {
        row.problem(
            TO,
            ProblemKind.DUPLICATE,
            "rate from "
                + from.get().getCurrencyCode()
                + " to "
                + to.get().getCurrencyCode()
                + " is already given on line "
                + seen.get(from.get(), to.get()));
      }
      if (row.hasProblems()) {
        problems.addAll(row.problems());
        return;
      }
      ExchangeRate exchangeRate;
      try {
        exchangeRate = ExchangeRate.of(from.orElseThrow(), to.orElseThrow(), rate.orElseThrow());
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.inFile(row.file(), row.line(), "", ProblemKind.INVALID_VALUE, e.getMessage()));
        return;
      }
      values.add(exchangeRate);
      lines.add(row.line());
      seen.put(from.orElseThrow(), to.orElseThrow(), row.line());
    }

    ReadResult<ExchangeRate> result() {
      return ReadResult.of(values, lines, problems);
    }
  }
}
