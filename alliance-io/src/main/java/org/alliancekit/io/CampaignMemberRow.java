package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;

/**
 * A row of {@code campaign_members.csv}: a lead or an opportunity a campaign produced, exactly one
 * of the two.
 *
 * <p>Immutable and thread-safe.
 *
 * @param campaign the campaign
 * @param lead the lead it produced, or empty
 * @param opportunity the opportunity it produced, or empty
 */
@API(status = STABLE, since = "0.1")
public record CampaignMemberRow(
    CampaignId campaign, Optional<LeadId> lead, Optional<OpportunityId> opportunity) {

  /**
   * Validates the row.
   *
   * @throws IllegalArgumentException unless exactly one of the lead and the opportunity is present
   */
  public CampaignMemberRow {
    checkNotNull(campaign, "campaign");
    checkNotNull(lead, "lead");
    checkNotNull(opportunity, "opportunity");
    checkArgument(
        lead.isPresent() != opportunity.isPresent(),
        "a member of campaign %s is a lead or an opportunity, exactly one of the two",
        campaign);
  }

  /** Returns the row of a lead the campaign produced. */
  public static CampaignMemberRow lead(CampaignId campaign, LeadId lead) {
    return new CampaignMemberRow(campaign, Optional.of(lead), Optional.empty());
  }

  /** Returns the row of an opportunity the campaign produced. */
  public static CampaignMemberRow opportunity(CampaignId campaign, OpportunityId opportunity) {
    return new CampaignMemberRow(campaign, Optional.empty(), Optional.of(opportunity));
  }
}
