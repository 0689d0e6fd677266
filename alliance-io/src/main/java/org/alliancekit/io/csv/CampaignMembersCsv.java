package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import org.alliancekit.io.CampaignMemberRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code campaign_members.csv}: one row per lead or opportunity a campaign
 * produced.
 *
 * <table>
 *   <caption>Columns of campaign_members.csv (all required in the header)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>campaign_id</td><td>the campaign of {@code campaigns.csv}</td></tr>
 *   <tr><td>lead_id</td><td>a lead of {@code leads.csv} it produced, or empty</td></tr>
 *   <tr><td>opportunity_id</td><td>an opportunity of {@code opportunities.csv} it produced, or
 *       empty</td></tr>
 * </table>
 *
 * <p>Each row names exactly one of the lead and the opportunity; a row naming both or neither is
 * reported at its line. When a folder is read, the rows are put into their campaigns; a row whose
 * campaign is not in {@code campaigns.csv} is reported at its line, and a member that is not in its
 * file is reported at the campaign's line. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class CampaignMembersCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "campaign_members.csv";

  /** Column {@code campaign_id}. */
  public static final String CAMPAIGN_ID = "campaign_id";

  /** Column {@code lead_id}. */
  public static final String LEAD_ID = "lead_id";

  /** Column {@code opportunity_id}. */
  public static final String OPPORTUNITY_ID = "opportunity_id";

  private static final Column<CampaignMemberRow, CampaignId> CAMPAIGN_COLUMN =
      Column.required(CAMPAIGN_ID, CampaignId::parse, row -> row.campaign().value());
  private static final Column<CampaignMemberRow, LeadId> LEAD_COLUMN =
      Column.mayBeBlank(LEAD_ID, LeadId::parse, row -> row.lead().map(LeadId::value).orElse(""));
  private static final Column<CampaignMemberRow, OpportunityId> OPPORTUNITY_COLUMN =
      Column.shared(
          Column.mayBeBlank(
              OPPORTUNITY_ID,
              Cells.OPPORTUNITY_ID,
              row -> row.opportunity().map(OpportunityId::value).orElse("")));
  private static final Columns<CampaignMemberRow> TABLE =
      Columns.of(CAMPAIGN_COLUMN, LEAD_COLUMN, OPPORTUNITY_COLUMN);

  /** The columns in the order they are written; all are required in the header. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private CampaignMembersCsv() {}

  /**
   * Reads member rows from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<CampaignMemberRow> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads member rows from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<CampaignMemberRow> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Returns the member rows of the campaigns: campaign by campaign, its leads then its
   * opportunities. Reading the written file gives these rows back.
   */
  public static ImmutableList<CampaignMemberRow> rows(Iterable<Campaign> campaigns) {
    checkNotNull(campaigns, "campaigns");
    ImmutableList.Builder<CampaignMemberRow> rows = ImmutableList.builder();
    for (Campaign campaign : campaigns) {
      campaign.leads().forEach(lead -> rows.add(CampaignMemberRow.lead(campaign.id(), lead)));
      campaign
          .opportunities()
          .forEach(
              opportunity -> rows.add(CampaignMemberRow.opportunity(campaign.id(), opportunity)));
    }
    return rows.build();
  }

  /**
   * Writes the {@link #rows} of the campaigns, header first, to {@code out}, which is flushed and
   * left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Campaign> campaigns) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, rows(campaigns));
  }

  /**
   * Writes the {@link #rows} of the campaigns, header first, to a UTF-8 file, which is created or
   * truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Campaign> campaigns) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, rows(campaigns));
  }

  /** Turns rows into member rows. */
  private static final class Collector extends RowCollector<CampaignMemberRow> {
    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<CampaignId> campaign = row.get(CAMPAIGN_COLUMN);
      Optional<LeadId> lead = row.get(LEAD_COLUMN);
      Optional<OpportunityId> opportunity = row.get(OPPORTUNITY_COLUMN);
      if (!row.hasProblems() && lead.isPresent() == opportunity.isPresent()) {
        row.problem(
            lead.isPresent() ? OPPORTUNITY_ID : LEAD_ID,
            ProblemKind.INVALID_VALUE,
            "a member of campaign "
                + campaign.map(CampaignId::value).orElse("")
                + " names "
                + (lead.isPresent()
                    ? "both a lead and an opportunity"
                    : "neither a lead nor an" + " opportunity")
                + "; give exactly one of "
                + LEAD_ID
                + " and "
                + OPPORTUNITY_ID);
      }
      if (rejected(row)) {
        return;
      }
      build(row.line(), () -> new CampaignMemberRow(campaign.orElseThrow(), lead, opportunity))
          .ifPresent(member -> add(member, row.line()));
    }
  }
}
