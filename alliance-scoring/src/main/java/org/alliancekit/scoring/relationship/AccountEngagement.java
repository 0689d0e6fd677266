package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One party working one account, directly or as an alliance partner, and the opportunity it works
 * there if known. A list of engagements, such as one drawn from a pipeline, is what {@link
 * RelationshipChecks#channelConflicts} looks for conflicts in.
 *
 * <p>For a {@link EngagementKind#DIRECT} engagement the party is the host whose direct sellers work
 * the account; for a {@link EngagementKind#PARTNER} engagement it is the alliance partner.
 *
 * <pre>{@code
 * AccountEngagement direct =
 *     AccountEngagement.of(AccountId.of("globex"), PartnerId.of("hq"), EngagementKind.DIRECT)
 *         .withOpportunity(OpportunityId.of("opp-7"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class AccountEngagement implements WithAccountEngagement {
  AccountEngagement() {}

  /** The account worked. */
  @Value.Parameter
  public abstract AccountId account();

  /** The party working it: the host for a direct engagement, else the alliance partner. */
  @Value.Parameter
  public abstract PartnerId party();

  /** Whether the party works the account directly or as an alliance partner. */
  @Value.Parameter
  public abstract EngagementKind kind();

  /** The opportunity worked at the account, if known. */
  public abstract Optional<OpportunityId> opportunity();

  /** Returns an engagement with no known opportunity. */
  public static AccountEngagement of(AccountId account, PartnerId party, EngagementKind kind) {
    return ImmutableAccountEngagement.of(account, party, kind);
  }

  /**
   * Returns the engagements an opportunity records: a {@link EngagementKind#DIRECT} engagement of
   * its owner when its origin is {@link Origin#DIRECT}, and a {@link EngagementKind#PARTNER}
   * engagement of every other party involved in it, each with the opportunity's id. A direct deal
   * with a partner involved thus yields both kinds on one opportunity, which {@link
   * RelationshipChecks#channelConflicts} reports as a conflict.
   */
  public static ImmutableList<AccountEngagement> fromOpportunity(Opportunity opportunity) {
    checkNotNull(opportunity, "opportunity");
    ImmutableList.Builder<AccountEngagement> engagements = ImmutableList.builder();
    AccountId account = opportunity.account().id();
    if (opportunity.origin() == Origin.DIRECT) {
      engagements.add(
          of(account, opportunity.owner(), EngagementKind.DIRECT)
              .withOpportunity(opportunity.id()));
    }
    for (PartnerId partner : opportunity.partners()) {
      engagements.add(
          of(account, partner, EngagementKind.PARTNER).withOpportunity(opportunity.id()));
    }
    return engagements.build();
  }

  /** Returns the engagements of every opportunity, in order (see {@link #fromOpportunity}). */
  public static ImmutableList<AccountEngagement> fromOpportunities(
      Iterable<Opportunity> opportunities) {
    checkNotNull(opportunities, "opportunities");
    ImmutableList.Builder<AccountEngagement> engagements = ImmutableList.builder();
    for (Opportunity opportunity : opportunities) {
      engagements.addAll(fromOpportunity(opportunity));
    }
    return engagements.build();
  }

  /** Returns a new builder; account, party and kind are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AccountEngagement}. {@code build()} throws {@link IllegalStateException}
   * naming any missing attribute.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableAccountEngagement.Builder {
    Builder() {}
  }
}
