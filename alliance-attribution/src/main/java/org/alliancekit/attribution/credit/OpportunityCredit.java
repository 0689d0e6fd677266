package org.alliancekit.attribution.credit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.RoleWeighted;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Outcome;
import org.apiguardian.api.API;

/**
 * Reads the model's {@link Opportunity} for attribution: its classification facts and its partner
 * participants.
 *
 * <ul>
 *   <li>{@link #facts(Opportunity)} feeds {@link CreditClassifier}: an opportunity is won when its
 *       stage is a won stage; partner-sourced when its origin is {@link Origin#PARTNER_SOURCED};
 *       partner-influenced when its origin is {@link Origin#PARTNER_INFLUENCED}. A deal {@link
 *       Origin#REFERRED_TO_PARTNER} is the host's gift to a partner, so it claims neither and is
 *       classified by its involvements like a direct deal.
 *   <li>{@link #participants(Opportunity)} feeds {@link RoleWeighted}: every involvement of a party
 *       other than the owner, with the role's enum name as role key. The owner's own involvements
 *       share no partner credit.
 * </ul>
 *
 * <pre>{@code
 * CreditReport credit = CreditClassifier.standard()
 *     .report(opportunities, OpportunityCredit::facts, Monetary.getCurrency("EUR"));
 * MoneySplit split = OpportunityCredit.roleWeightedSplit(RoleWeighted.standard(), deal);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class OpportunityCredit {
  private OpportunityCredit() {}

  /** The facts of an opportunity that classification reads. */
  public static DealFacts facts(Opportunity opportunity) {
    checkNotNull(opportunity, "opportunity");
    return DealFacts.builder()
        .id(opportunity.id())
        .owner(opportunity.owner())
        .amount(opportunity.amount())
        .won(opportunity.outcome() == Outcome.WON)
        .partnerSourced(opportunity.origin() == Origin.PARTNER_SOURCED)
        .partnerInfluenced(opportunity.origin() == Origin.PARTNER_INFLUENCED)
        .participants(allParticipants(opportunity))
        .build();
  }

  /** The opportunity's partner involvements as participants, the owner's own left out. */
  public static ImmutableList<Participant> participants(Opportunity opportunity) {
    checkNotNull(opportunity, "opportunity");
    return allParticipants(opportunity).stream()
        .filter(p -> !p.party().equals(opportunity.owner()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Splits the opportunity's amount between its partners by role weight, exactly to the minor unit.
   *
   * @throws IllegalArgumentException if no partner is involved in the opportunity
   */
  public static MoneySplit roleWeightedSplit(RoleWeighted model, Opportunity opportunity) {
    checkNotNull(model, "model");
    ImmutableList<Participant> partners = participants(opportunity);
    checkArgument(
        !partners.isEmpty(),
        "opportunity %s has no partner involved, so there is no partner credit to split",
        opportunity.id());
    return model.split(partners, opportunity.amount());
  }

  private static ImmutableList<Participant> allParticipants(Opportunity opportunity) {
    ImmutableList.Builder<Participant> participants = ImmutableList.builder();
    for (Involvement involvement : opportunity.involvements()) {
      participants.add(Participant.of(involvement.party(), involvement.role().name()));
    }
    return participants.build();
  }
}
