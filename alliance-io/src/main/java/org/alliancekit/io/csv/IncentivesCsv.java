package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.IncentiveKind;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code incentives.csv}, the optional file of a partner programme's incentives:
 * one row per {@link Incentive}.
 *
 * <table>
 *   <caption>Columns of incentives.csv (all required in the header)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>programme</td><td>the programme's name, such as {@code Growth rebate}</td></tr>
 *   <tr><td>kind</td><td>an {@link IncentiveKind} name: {@code REBATE} or {@code
 *       REFERRAL_FEE}</td></tr>
 *   <tr><td>tier</td><td>the tier whose partners it pays, one of {@link TiersCsv}'s tiers; empty
 *       for every tier</td></tr>
 *   <tr><td>rate_percent</td><td>plain decimal from 0 to 100: the rate paid</td></tr>
 *   <tr><td>threshold</td><td>plain decimal, not negative: the quarter's won revenue a rebate
 *       needs (exactly the threshold counts as reached), 0 for none; empty for a referral
 *       fee</td></tr>
 *   <tr><td>currency</td><td>ISO 4217 code of the threshold; empty exactly when the threshold
 *       is</td></tr>
 * </table>
 *
 * <p>A threshold without a currency, or a currency without a threshold, is reported at its cell; a
 * rebate without a threshold or a referral fee with one breaks a rule of {@link Incentive} and is
 * reported at its line with the model's message. A programme listing a tier twice and an unknown
 * tier are reported by the portfolio's checks (see {@link PortfolioReader}). Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IncentivesCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "incentives.csv";

  /** Column {@code programme}. */
  public static final String PROGRAMME = "programme";

  /** Column {@code kind}. */
  public static final String KIND = "kind";

  /** Column {@code tier}. */
  public static final String TIER = "tier";

  /** Column {@code rate_percent}. */
  public static final String RATE_PERCENT = "rate_percent";

  /** Column {@code threshold}. */
  public static final String THRESHOLD = "threshold";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  private static final Column<Incentive, String> PROGRAMME_COLUMN =
      Column.required(PROGRAMME, text -> text, Incentive::programme);
  private static final Column<Incentive, IncentiveKind> KIND_COLUMN =
      Column.required(
          KIND,
          text -> Cells.constant(IncentiveKind.class, text),
          incentive -> incentive.kind().name());
  private static final Column<Incentive, String> TIER_COLUMN =
      Column.mayBeBlank(TIER, text -> text, incentive -> incentive.tier().orElse(""));
  private static final Column<Incentive, BigDecimal> RATE_COLUMN =
      Column.required(
          RATE_PERCENT,
          Cells::nonNegativeDecimal,
          incentive -> Cells.format(incentive.ratePercent()));
  private static final Column<Incentive, BigDecimal> THRESHOLD_COLUMN =
      Column.mayBeBlank(
          THRESHOLD,
          Cells::nonNegativeDecimal,
          incentive -> incentive.threshold().map(Cells::format).orElse(""));
  private static final Column<Incentive, CurrencyUnit> CURRENCY_COLUMN =
      Column.mayBeBlank(
          CURRENCY,
          Cells::currency,
          incentive ->
              incentive.threshold().map(t -> t.getCurrency().getCurrencyCode()).orElse(""));
  private static final Columns<Incentive> TABLE =
      Columns.of(
          PROGRAMME_COLUMN,
          KIND_COLUMN,
          TIER_COLUMN,
          RATE_COLUMN,
          THRESHOLD_COLUMN,
          CURRENCY_COLUMN);

  /** The columns in the order they are written; all are required in the header. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private IncentivesCsv() {}

  /**
   * Reads incentives from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<Incentive> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads incentives from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<Incentive> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes the incentives, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Incentive> incentives) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, ImmutableList.copyOf(checkNotNull(incentives, "incentives")));
  }

  /**
   * Writes the incentives, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Incentive> incentives) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, ImmutableList.copyOf(checkNotNull(incentives, "incentives")));
  }

  /** Turns rows into incentives. */
  private static final class Collector extends RowCollector<Incentive> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<String> programme = row.get(PROGRAMME_COLUMN);
      Optional<IncentiveKind> kind = row.get(KIND_COLUMN);
      Optional<String> tier = row.get(TIER_COLUMN);
      Optional<BigDecimal> rate = row.get(RATE_COLUMN);
      Optional<BigDecimal> threshold = row.get(THRESHOLD_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      if (threshold.isPresent() && currency.isEmpty() && row.text(CURRENCY).isBlank()) {
        row.problem(CURRENCY, ProblemKind.MISSING_VALUE, "a threshold needs its currency");
      }
      if (threshold.isEmpty() && currency.isPresent() && row.text(THRESHOLD).isBlank()) {
        row.problem(
            CURRENCY,
            ProblemKind.INVALID_VALUE,
            "currency " + currency.get().getCurrencyCode() + " is given without a threshold");
      }
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  Incentive.builder()
                      .programme(programme.orElseThrow())
                      .kind(kind.orElseThrow())
                      .tier(tier)
                      .ratePercent(rate.orElseThrow())
                      .threshold(threshold.map(amount -> Money.of(amount, currency.orElseThrow())))
                      .build())
          .ifPresent(incentive -> add(incentive, row.line()));
    }
  }
}
