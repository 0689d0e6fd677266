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
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Reads and writes {@code campaigns.csv}: one row per joint marketing campaign. The leads and
 * opportunities a campaign produced are in {@code campaign_members.csv} ({@link
 * CampaignMembersCsv}).
 *
 * <table>
 *   <caption>Columns of campaigns.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>campaign_id</td><td>the campaign's id</td></tr>
 *   <tr><td>relationship_id</td><td>the relationship that runs it</td></tr>
 *   <tr><td>name</td><td>a short name, kept as written</td></tr>
 *   <tr><td>kind</td><td>{@code PUSH} (internal, to the partner's field teams) or {@code PULL}
 *       (external, to customers)</td></tr>
 *   <tr><td>start_date</td><td>ISO-8601 first day</td></tr>
 *   <tr><td>end_date</td><td>ISO-8601 last day, not before the first</td></tr>
 *   <tr><td>cost</td><td>plain decimal, zero or more, in the row's currency</td></tr>
 *   <tr><td>currency</td><td>ISO 4217 code of the cost</td></tr>
 * </table>
 *
 * <p>Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class CampaignsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "campaigns.csv";

  /** Column {@code campaign_id}. */
  public static final String CAMPAIGN_ID = "campaign_id";

  /** Column {@code relationship_id}. */
  public static final String RELATIONSHIP_ID = "relationship_id";

  /** Column {@code name}. */
  public static final String NAME = "name";

  /** Column {@code kind}. */
  public static final String KIND = "kind";

  /** Column {@code start_date}. */
  public static final String START_DATE = "start_date";

  /** Column {@code end_date}. */
  public static final String END_DATE = "end_date";

  /** Column {@code cost}. */
  public static final String COST = "cost";

  /** Column {@code currency}. */
  public static final String CURRENCY = "currency";

  private static final Column<Campaign, CampaignId> ID_COLUMN =
      Column.required(CAMPAIGN_ID, CampaignId::parse, campaign -> campaign.id().value());
  private static final Column<Campaign, RelationshipId> RELATIONSHIP_COLUMN =
      Column.shared(
          Column.required(
              RELATIONSHIP_ID, Cells.RELATIONSHIP_ID, campaign -> campaign.relationship().value()));
  private static final Column<Campaign, String> NAME_COLUMN =
      Column.requiredText(NAME, Cells::name, Campaign::name);
  private static final Column<Campaign, CampaignKind> KIND_COLUMN =
      Column.required(
          KIND,
          text -> Cells.constant(CampaignKind.class, text),
          campaign -> campaign.kind().name());
  private static final Column<Campaign, LocalDate> START_COLUMN =
      Column.required(START_DATE, Cells::date, campaign -> campaign.start().toString());
  private static final Column<Campaign, LocalDate> END_COLUMN =
      Column.required(END_DATE, Cells::date, campaign -> campaign.end().toString());
  private static final Column<Campaign, BigDecimal> COST_COLUMN =
      Column.required(COST, Cells::nonNegativeDecimal, campaign -> Cells.format(campaign.cost()));
  private static final Column<Campaign, CurrencyUnit> CURRENCY_COLUMN =
      Column.required(
          CURRENCY, Cells::currency, campaign -> campaign.cost().getCurrency().getCurrencyCode());
  private static final Columns<Campaign> TABLE =
      Columns.of(
          ID_COLUMN,
          RELATIONSHIP_COLUMN,
          NAME_COLUMN,
          KIND_COLUMN,
          START_COLUMN,
          END_COLUMN,
          COST_COLUMN,
          CURRENCY_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private CampaignsCsv() {}

  /**
   * Reads campaigns, without their members, from {@code in}, which is left open; {@code fileName}
   * names the file in problems.
   */
  public static ReadResult<Campaign> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads campaigns from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<Campaign> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per campaign (not its members), header first, to {@code out}, which is flushed
   * and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Campaign> campaigns) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(campaigns, "campaigns");
    TABLE.write(out, campaigns);
  }

  /**
   * Writes one row per campaign (not its members), header first, to a UTF-8 file, which is created
   * or truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Campaign> campaigns) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(campaigns, "campaigns");
    TABLE.write(file, campaigns);
  }

  /** Turns rows into campaigns. */
  private static final class Collector extends RowCollector<Campaign> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<CampaignId> id = row.get(ID_COLUMN);
      Optional<RelationshipId> relationship = row.get(RELATIONSHIP_COLUMN);
      Optional<String> name = row.get(NAME_COLUMN);
      Optional<CampaignKind> kind = row.get(KIND_COLUMN);
      Optional<LocalDate> start = row.get(START_COLUMN);
      Optional<LocalDate> end = row.get(END_COLUMN);
      Optional<BigDecimal> cost = row.get(COST_COLUMN);
      Optional<CurrencyUnit> currency = row.get(CURRENCY_COLUMN);
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  Campaign.builder()
                      .id(id.orElseThrow())
                      .relationship(relationship.orElseThrow())
                      .name(name.orElseThrow())
                      .kind(kind.orElseThrow())
                      .start(start.orElseThrow())
                      .end(end.orElseThrow())
                      .cost(Money.of(cost.orElseThrow(), currency.orElseThrow()))
                      .build())
          .ifPresent(campaign -> add(campaign, row.line()));
    }
  }
}
