package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.SellThrough;
import org.apiguardian.api.API;

/**
 * Reads the sales motion of a relationship from what its two sides actually do, and compares it
 * with the motion the relationship was declared with.
 *
 * <p>What is shared in the pipeline, and how, says what a relationship really is. The rules, in
 * order of precedence (the first that applies decides):
 *
 * <ol>
 *   <li><b>Payment for access: sell-through.</b> When one side pays the other for access to its
 *       market, the side that is paid is the channel. Payment decides even when the sides also
 *       share opportunities and work deals together: an alliance is a collaboration that neither
 *       side pays the other to take part in.
 *   <li><b>Leads one way, opportunities the other: sell-through.</b> When one side passes leads but
 *       no opportunities and the other side shares opportunities, the second works the first's
 *       leads as its channel.
 *   <li><b>Opportunities both ways, worked jointly: sell-with.</b> When both sides share
 *       opportunities from their own pipelines and work at least one deal together, they are
 *       running an alliance.
 *   <li><b>Anything else: sell-to.</b> With no payment for access, no channel pattern and no
 *       two-way sharing worked jointly, the sides deal with each other as seller and buyer; this
 *       includes sides that share nothing, sides where only one side shares, and sides that swap
 *       opportunities but never work one together.
 * </ol>
 *
 * <p>The evidence of a classification starts with the rule that decided and goes on with the
 * observations: the payment, what each side shared, and how many deals were worked jointly.
 *
 * <p>This is the <em>caller-counts</em> variant: it classifies counts the caller typed into a
 * {@link RelationshipBehaviour}, and any count above zero can decide. To read the motion from the
 * leads and opportunities themselves, over a twelve-month window and with a minimum of evidence,
 * use {@link MotionObserver}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MotionClassifier {
  private static final MotionClassifier STANDARD = new MotionClassifier();

  private MotionClassifier() {}

  /** Returns the classifier that applies the rules of the class documentation. */
  public static MotionClassifier standard() {
    return STANDARD;
  }

  /**
   * Classifies the behaviour of the two sides of {@code relationship} and compares it with its
   * declared motion.
   */
  public MotionClassification classify(Relationship relationship, RelationshipBehaviour behaviour) {
    checkNotNull(relationship, "relationship");
    checkNotNull(behaviour, "behaviour");
    PartnerId host = relationship.host();
    PartnerId partner = relationship.partner();
    ImmutableList.Builder<String> evidence = ImmutableList.builder();
    MotionKind observed;
    Optional<PartnerId> channel = Optional.empty();

    boolean alliancePattern =
        behaviour.hostSharesOpportunities()
            && behaviour.partnerSharesOpportunities()
            && behaviour.worksJointly();
    if (behaviour.payment() != AccessPayment.NONE) {
      PartnerId payee = behaviour.payment() == AccessPayment.HOST_PAYS_PARTNER ? partner : host;
      PartnerId payer = relationship.counterpart(payee);
      observed = MotionKind.SELL_THROUGH;
      channel = Optional.of(payee);
      evidence.add(
          payer
              + " pays "
              + payee
              + " for access to its market, so "
              + payee
              + " acts as "
              + payer
              + "'s channel: sell-through"
              + (alliancePattern
                  ? " (the payment outweighs the opportunities both sides share and work jointly)"
                  : ""));
    } else if (channelPattern(
        behaviour.hostSharesLeads(),
        behaviour.hostSharesOpportunities(),
        behaviour.partnerSharesOpportunities())) {
      observed = MotionKind.SELL_THROUGH;
      channel = Optional.of(partner);
      evidence.add(leadsAnsweredByOpportunities(host, partner));
    } else if (channelPattern(
        behaviour.partnerSharesLeads(),
        behaviour.partnerSharesOpportunities(),
        behaviour.hostSharesOpportunities())) {
      observed = MotionKind.SELL_THROUGH;
      channel = Optional.of(host);
      evidence.add(leadsAnsweredByOpportunities(partner, host));
    } else if (alliancePattern) {
      observed = MotionKind.SELL_WITH;
      evidence.add(
          "both "
              + host
              + " and "
              + partner
              + " share opportunities from their own pipelines and work deals jointly: sell-with");
    } else {
      observed = MotionKind.SELL_TO;
      evidence.add(
          "with no payment for access, no leads answered by opportunities and no opportunities"
              + " shared both ways and worked jointly, "
              + host
              + " and "
              + partner
              + " deal as seller and buyer: sell-to");
    }

    if (behaviour.payment() == AccessPayment.NONE) {
      evidence.add("neither side pays the other for access");
    }
    evidence.add(shares(host, partner, behaviour.hostLeads(), behaviour.hostOpportunities()));
    evidence.add(shares(partner, host, behaviour.partnerLeads(), behaviour.partnerOpportunities()));
    evidence.add(
        host
            + " and "
            + partner
            + " work "
            + count(behaviour.jointOpportunities(), "opportunity", "opportunities")
            + " jointly");

    return MotionClassification.builder()
        .relationship(relationship.id())
        .declared(MotionKind.of(relationship.motion()))
        .declaredChannel(
            relationship.motion() instanceof SellThrough sellThrough
                ? Optional.of(sellThrough.channel())
                : Optional.empty())
        .observed(observed)
        .observedChannel(channel)
        .evidence(evidence.build())
        .build();
  }

  /**
   * Whether a side that passes leads but no opportunities meets a side that shares opportunities.
   */
  private static boolean channelPattern(
      boolean sharesLeads, boolean sharesOpportunities, boolean otherSharesOpportunities) {
    return sharesLeads && !sharesOpportunities && otherSharesOpportunities;
  }

  private static String leadsAnsweredByOpportunities(PartnerId leadSource, PartnerId channel) {
    return leadSource
        + " passes leads but no opportunities while "
        + channel
        + " shares opportunities, so "
        + channel
        + " works "
        + leadSource
        + "'s leads as its channel: sell-through";
  }

  private static String shares(PartnerId from, PartnerId to, int leads, int opportunities) {
    return from
        + " shares "
        + count(leads, "lead", "leads")
        + " and "
        + count(opportunities, "opportunity", "opportunities")
        + " with "
        + to;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  @Override
  public String toString() {
    return "MotionClassifier.standard()";
  }
}
