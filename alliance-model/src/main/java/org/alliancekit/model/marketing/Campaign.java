package org.alliancekit.model.marketing;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A joint marketing campaign of a relationship: a {@link CampaignKind#PUSH push} campaign to the
 * partner's field teams or a {@link CampaignKind#PULL pull} campaign to customers, with its dates,
 * its cost and the leads and opportunities it produced (its members).
 *
 * <p>Rules checked on construction: the name is not blank, the end is not before the start and the
 * cost is not negative. Whether the members exist is a rule of the portfolio.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Campaign implements WithCampaign {
  Campaign() {}

  /** The campaign's id. */
  public abstract CampaignId id();

  /** The relationship that runs the campaign. */
  public abstract RelationshipId relationship();

  /** A short name, such as "Field enablement spring 2026". */
  public abstract String name();

  /** Push (internal) or pull (external). */
  public abstract CampaignKind kind();

  /** The first day of the campaign. */
  public abstract LocalDate start();

  /** The last day of the campaign, inclusive; not before {@link #start()}. */
  public abstract LocalDate end();

  /** What the campaign cost; zero or more. */
  public abstract MonetaryAmount cost();

  /** The leads the campaign produced, in the order given. */
  public abstract ImmutableSet<LeadId> leads();

  /** The opportunities the campaign produced, in the order given. */
  public abstract ImmutableSet<OpportunityId> opportunities();

  /** Returns a new builder; all but the members are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Campaign}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableCampaign.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.name("campaign name", name());
    checkArgument(
        !end().isBefore(start()),
        "campaign %s ends on %s, before it starts on %s",
        id(),
        end(),
        start());
    Checks.nonNegative("cost of campaign", id(), cost());
  }
}
