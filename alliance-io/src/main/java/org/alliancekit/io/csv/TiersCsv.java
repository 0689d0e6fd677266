package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.programme.ProgrammeTier;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code tiers.csv}, the optional file of a partner programme's tiers: one row per
 * {@link ProgrammeTier} with its eligibility rules.
 *
 * <table>
 *   <caption>Columns of tiers.csv (all required in the header)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>tier</td><td>the tier's name, unique, such as {@code Gold}</td></tr>
 *   <tr><td>rank</td><td>whole number from 1, unique: 1 is the lowest tier</td></tr>
 *   <tr><td>min_won_revenue</td><td>plain decimal, not negative: the least won revenue of the
 *       trailing twelve months, in {@code currency}; 0 for none</td></tr>
 *   <tr><td>currency</td><td>ISO 4217 code of the minimum, into which won revenue is
 *       converted</td></tr>
 *   <tr><td>min_competencies</td><td>whole number, not negative: the least number of valid
 *       competencies; empty for 0</td></tr>
 *   <tr><td>required_competencies</td><td>the names of the competencies required, joined by
 *       {@code ;}; may be empty</td></tr>
 *   <tr><td>min_score</td><td>plain decimal from 0 to 1: the least overall score of the partner's
 *       latest assessment; empty for none</td></tr>
 * </table>
 *
 * <p>A row that breaks a rule of {@link ProgrammeTier}, such as rank 0, is reported at its line
 * with the model's message; a tier name or rank used twice is reported by the portfolio's checks
 * (see {@link PortfolioReader}). This input file shares its name with the report's output {@code
 * tiers.csv}, which lives in the report folder, not in the portfolio folder. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TiersCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "tiers.csv";

  /** Column {@code tier}. */
  public static final String TIER = "tier";

  /** Column {@code rank}. */
  public static final String RANK = "rank";

  /** Column {@code min_won_revenue}. */
  public static final String MIN_WON_REVENUE = "min_won_revenue";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  /** Column {@code min_competencies}. */
  public static final String MIN_COMPETENCIES = "min_competencies";

  /** Column {@code required_competencies}. */
  public static final String REQUIRED_COMPETENCIES = "required_competencies";

  /** Column {@code min_score}. */
  public static final String MIN_SCORE = "min_score";

  private static final Column<ProgrammeTier, String> TIER_COLUMN =
      Column.required(TIER, text -> text, ProgrammeTier::name);
  private static final Column<ProgrammeTier, Integer> RANK_COLUMN =
      Column.required(RANK, Cells::count, tier -> Integer.toString(tier.rank()));
  private static final Column<ProgrammeTier, BigDecimal> MIN_REVENUE_COLUMN =
      Column.required(
          MIN_WON_REVENUE, Cells::nonNegativeDecimal, tier -> Cells.format(tier.minWonRevenue()));
  private static final Column<ProgrammeTier, CurrencyUnit> CURRENCY_COLUMN =
      Column.required(
          CURRENCY, Cells::currency, tier -> tier.minWonRevenue().getCurrency().getCurrencyCode());
  private static final Column<ProgrammeTier, Integer> MIN_COMPETENCIES_COLUMN =
      Column.mayBeBlank(
          MIN_COMPETENCIES, Cells::count, tier -> Integer.toString(tier.minCompetencies()));
  private static final Column<ProgrammeTier, ImmutableSet<String>> REQUIRED_COLUMN =
      Column.mayBeBlank(
          REQUIRED_COMPETENCIES,
          Cells::names,
          tier -> Cells.joinNames(REQUIRED_COMPETENCIES, tier.requiredCompetencies()));
  private static final Column<ProgrammeTier, BigDecimal> MIN_SCORE_COLUMN =
      Column.mayBeBlank(
          MIN_SCORE, Cells::decimal, tier -> tier.minScore().map(Cells::format).orElse(""));
  private static final Columns<ProgrammeTier> TABLE =
      Columns.of(
          TIER_COLUMN,
          RANK_COLUMN,
          MIN_REVENUE_COLUMN,
          CURRENCY_COLUMN,
          MIN_COMPETENCIES_COLUMN,
          REQUIRED_COLUMN,
          MIN_SCORE_COLUMN);

  /** The columns in the order they are written; all are required in the header. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private TiersCsv() {}

  /**
   * Reads tiers from {@code in}, which is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<ProgrammeTier> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads tiers from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<ProgrammeTier> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes the tiers, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<ProgrammeTier> tiers) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, ImmutableList.copyOf(checkNotNull(tiers, "tiers")));
  }

  /**
   * Writes the tiers, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<ProgrammeTier> tiers) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, ImmutableList.copyOf(checkNotNull(tiers, "tiers")));
  }

  /** Turns rows into tiers. */
  private static final class Collector extends RowCollector<ProgrammeTier> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<String> name = row.get(TIER_COLUMN);
      Optional<Integer> rank = row.get(RANK_COLUMN);
      Optional<BigDecimal> revenue = row.get(MIN_REVENUE_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      Optional<Integer> competencies = row.get(MIN_COMPETENCIES_COLUMN);
      Optional<ImmutableSet<String>> required = row.get(REQUIRED_COLUMN);
      Optional<BigDecimal> score = row.get(MIN_SCORE_COLUMN);
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  ProgrammeTier.builder()
                      .name(name.orElseThrow())
                      .rank(rank.orElseThrow())
                      .minWonRevenue(Money.of(revenue.orElseThrow(), currency.orElseThrow()))
                      .minCompetencies(competencies.orElse(0))
                      .requiredCompetencies(required.orElse(ImmutableSet.of()))
                      .minScore(score)
                      .build())
          .ifPresent(tier -> add(tier, row.line()));
    }
  }
}
