package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.programme.PartnerTier;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code partner_tiers.csv}, the optional file of the tier the programme has
 * assigned to each partner.
 *
 * <table>
 *   <caption>Columns of partner_tiers.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>partner_id</td><td>the partner, listed once</td></tr>
 *   <tr><td>tier</td><td>the assigned tier's name, one of {@link TiersCsv}'s tiers</td></tr>
 * </table>
 *
 * <p>A partner listed twice, an unknown partner and an unknown tier are reported by the portfolio's
 * checks (see {@link PortfolioReader}). Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PartnerTiersCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "partner_tiers.csv";

  /** Column {@code partner_id}. */
  public static final String PARTNER_ID = "partner_id";

  /** Column {@code tier}. */
  public static final String TIER = "tier";

  private static final Column<PartnerTier, PartnerId> PARTNER_COLUMN =
      Column.shared(Column.required(PARTNER_ID, Cells.PARTNER_ID, tier -> tier.partner().value()));
  private static final Column<PartnerTier, String> TIER_COLUMN =
      Column.required(TIER, text -> text, PartnerTier::tier);
  private static final Columns<PartnerTier> TABLE = Columns.of(PARTNER_COLUMN, TIER_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private PartnerTiersCsv() {}

  /**
   * Reads assigned tiers from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<PartnerTier> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads assigned tiers from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<PartnerTier> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes the assigned tiers, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<PartnerTier> tiers) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, ImmutableList.copyOf(checkNotNull(tiers, "tiers")));
  }

  /**
   * Writes the assigned tiers, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<PartnerTier> tiers) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, ImmutableList.copyOf(checkNotNull(tiers, "tiers")));
  }

  /** Turns rows into assigned tiers. */
  private static final class Collector extends RowCollector<PartnerTier> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<PartnerId> partner = row.get(PARTNER_COLUMN);
      Optional<String> tier = row.get(TIER_COLUMN);
      if (rejected(row)) {
        return;
      }
      build(row.line(), () -> PartnerTier.of(partner.orElseThrow(), tier.orElseThrow()))
          .ifPresent(assigned -> add(assigned, row.line()));
    }
  }
}
