package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Reads the sales motion of relationships from their records: the leads and opportunities the two
 * sides shared over the twelve months up to an as-of date. Where {@link MotionClassifier} takes
 * counts the caller typed, this observer counts them itself ({@link MotionEvidence}, whose
 * documentation gives each count and the window {@code asOf.minusYears(1) < date <= asOf}) and
 * names the motion they show.
 *
 * <p>For a relationship with host H and partner P the rules are, in order (the first that applies
 * decides):
 *
 * <ol>
 *   <li><b>Too few records: undetermined.</b> Fewer than {@value #MIN_EVENTS} events in all ({@link
 *       MotionEvidence#total()} below {@value #MIN_EVENTS}).
 *   <li><b>Opportunities both ways, co-sold: sell-with.</b> {@code opportunitiesHostToPartner} and
 *       {@code opportunitiesPartnerToHost} are both at least 1 and {@code coSold} is at least 1.
 *   <li><b>Leads one way, opportunities the other: sell-through.</b> Leads flow one way only and
 *       opportunities only the other way: H shares leads and no opportunities with P while P shares
 *       opportunities and no leads with H, and then P is the channel; or the mirror case, and then
 *       H is. The party that shares opportunities is the channel.
 *   <li><b>The partner buys: sell-to.</b> {@code partnerAsBuyer} is at least 1 and every other
 *       count is 0.
 *   <li><b>Otherwise, the pattern with the most evidence.</b> Each counted event supports exactly
 *       one pattern, so the four scores add up to the total: <em>sell-with</em> scores {@code
 *       coSold}; <em>sell-through with channel P</em> scores {@code leadsHostToPartner +
 *       opportunitiesPartnerToHost}; <em>sell-through with channel H</em> scores {@code
 *       leadsPartnerToHost + opportunitiesHostToPartner}; <em>sell-to</em> scores {@code
 *       partnerAsBuyer}. The pattern with the strictly highest score is observed; when two or more
 *       share the highest score the motion is undetermined.
 * </ol>
 *
 * <p>Rule 2 comes before the others on purpose: a single stray lead does not turn an alliance whose
 * opportunities flow both ways and are co-sold into anything else. Under rule 5 sell-with never
 * wins outright (its co-sold opportunities are counted in one direction too, and co-selling with
 * opportunities both ways is rule 2), but it can tie: opportunities of one side only, all co-sold,
 * are undetermined rather than a channel.
 *
 * <p>The reason of an observation is one sentence: the motion, the rule that decided it (under rule
 * 5 with the four scores), then the six counts.
 *
 * <p>{@link #observe(Collection, Collection, Collection, LocalDate)} reads every lead and every
 * opportunity once, and looks the relationships of the two parties up by their unordered pair, so
 * it runs in time linear in the records (plus sorting the relationships). Two relationships between
 * the same two parties, in either orientation, each get every record counted for them. The result
 * does not depend on the order of any input.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MotionObserver {
  /** The fewest events in the window for which a motion is read rather than undetermined. */
  public static final int MIN_EVENTS = 3;

  private static final MotionObserver STANDARD = new MotionObserver();

  private MotionObserver() {}

  /** Returns the observer that applies the rules of the class documentation. */
  public static MotionObserver standard() {
    return STANDARD;
  }

  /**
   * Observes every relationship over the twelve months up to {@code asOf}, counting each lead and
   * each opportunity for every relationship between the parties it concerns. Records outside the
   * window, or concerning no relationship, are left out.
   *
   * @return one observation per relationship, in relationship id order
   * @throws IllegalArgumentException if two relationships have the same id
   */
  public ImmutableMap<RelationshipId, MotionObservation> observe(
      Collection<Relationship> relationships,
      Collection<Lead> leads,
      Collection<Opportunity> opportunities,
      LocalDate asOf) {
    ImmutableMap<RelationshipId, MotionEvidence> counts =
        count(relationships, leads, opportunities, asOf);
    Map<RelationshipId, Relationship> byId = new HashMap<>();
    for (Relationship relationship : relationships) {
      byId.put(relationship.id(), relationship);
    }
    ImmutableMap.Builder<RelationshipId, MotionObservation> observations =
        ImmutableMap.builderWithExpectedSize(counts.size());
    counts.forEach((id, evidence) -> observations.put(id, classify(byId.get(id), evidence)));
    return observations.build();
  }

  /**
   * Counts the evidence of every relationship over the twelve months up to {@code asOf}, as {@link
   * #observe(Collection, Collection, Collection, LocalDate)} counts it before classifying. Counts
   * add up ({@link MotionEvidence#plus}): counting the leads and opportunities in parts, each part
   * with every relationship, and adding the parts' counts gives the counts of the whole, so the
   * records may be counted where they are, such as per partition of a distributed table, and
   * classified once with {@link #classify}.
   *
   * @return the evidence of each relationship, in relationship id order (every relationship, its
   *     counts zero when no record concerns it)
   * @throws IllegalArgumentException if two relationships have the same id
   */
  public ImmutableMap<RelationshipId, MotionEvidence> count(
      Collection<Relationship> relationships,
      Collection<Lead> leads,
      Collection<Opportunity> opportunities,
      LocalDate asOf) {
    checkNotNull(relationships, "relationships");
    checkNotNull(leads, "leads");
    checkNotNull(opportunities, "opportunities");
    checkNotNull(asOf, "asOf");
    Map<RelationshipId, Tally> tallies = new TreeMap<>();
    Map<PartyPair, List<Tally>> byPair = new HashMap<>();
    Map<String, PartnerId> parties = new HashMap<>();
    for (Relationship relationship : relationships) {
      checkNotNull(relationship, "relationships must not hold null");
      Tally tally = new Tally(relationship);
      checkArgument(
          tallies.put(relationship.id(), tally) == null,
          "relationship id %s appears more than once among the relationships observed",
          relationship.id());
      byPair
          .computeIfAbsent(
              PartyPair.of(relationship.host(), relationship.partner()), p -> new ArrayList<>(1))
          .add(tally);
      parties.putIfAbsent(relationship.host().value(), relationship.host());
      parties.putIfAbsent(relationship.partner().value(), relationship.partner());
    }
    LocalDate windowStart = asOf.minusYears(1);
    for (Lead lead : leads) {
      checkNotNull(lead, "leads must not hold null");
      if (inWindow(lead.received(), windowStart, asOf)) {
        countLead(lead, byPair);
      }
    }
    for (Opportunity opportunity : opportunities) {
      checkNotNull(opportunity, "opportunities must not hold null");
      if (inWindow(opportunity.created(), windowStart, asOf)) {
        countOpportunity(opportunity, byPair, parties);
      }
    }
    ImmutableMap.Builder<RelationshipId, MotionEvidence> counts =
        ImmutableMap.builderWithExpectedSize(tallies.size());
    for (Tally tally : tallies.values()) {
      counts.put(tally.relationship.id(), tally.evidence());
    }
    return counts.build();
  }

  /**
   * Observes one relationship over the twelve months up to {@code asOf}; the same as observing it
   * alone with {@link #observe(Collection, Collection, Collection, LocalDate)}.
   */
  public MotionObservation observe(
      Relationship relationship,
      Collection<Lead> leads,
      Collection<Opportunity> opportunities,
      LocalDate asOf) {
    checkNotNull(relationship, "relationship");
    return observe(List.of(relationship), leads, opportunities, asOf).get(relationship.id());
  }

  /**
   * Applies the rules of the class documentation to counts already made, for instance by {@link
   * #observe(Collection, Collection, Collection, LocalDate)}.
   */
  public MotionObservation classify(Relationship relationship, MotionEvidence evidence) {
    checkNotNull(relationship, "relationship");
    checkNotNull(evidence, "evidence");
    PartnerId host = relationship.host();
    PartnerId partner = relationship.partner();
    int leadsOut = evidence.leadsHostToPartner();
    int leadsIn = evidence.leadsPartnerToHost();
    int opportunitiesOut = evidence.opportunitiesHostToPartner();
    int opportunitiesIn = evidence.opportunitiesPartnerToHost();
    Verdict verdict;
    if (evidence.total() < MIN_EVENTS) {
      verdict =
          Verdict.undetermined(
              evidence.total()
                  + (evidence.total() == 1 ? " event" : " events")
                  + " in all, fewer than the "
                  + MIN_EVENTS
                  + " needed");
    } else if (opportunitiesOut > 0 && opportunitiesIn > 0 && evidence.coSold() > 0) {
      verdict =
          new Verdict(
              ObservedMotion.SELL_WITH,
              Optional.empty(),
              "opportunities flow both ways and at least one was co-sold");
    } else if (leadsOut > 0 && leadsIn == 0 && opportunitiesIn > 0 && opportunitiesOut == 0) {
      verdict = channel(host, partner);
    } else if (leadsIn > 0 && leadsOut == 0 && opportunitiesOut > 0 && opportunitiesIn == 0) {
      verdict = channel(partner, host);
    } else if (evidence.partnerAsBuyer() > 0 && evidence.total() == evidence.partnerAsBuyer()) {
      verdict =
          new Verdict(
              ObservedMotion.SELL_TO,
              Optional.empty(),
              "opportunities of " + host + " name " + partner + " as buyer and nothing else flows");
    } else {
      verdict = mostEvidence(host, partner, evidence);
    }
    return new MotionObservation(
        relationship.id(),
        MotionKind.of(relationship.motion()),
        evidence,
        verdict.observed,
        verdict.channel,
        verdict.describe() + "; counts: " + counts(host, partner, evidence));
  }

  /** Rule 5: the pattern with the strictly highest score, else undetermined. */
  private static Verdict mostEvidence(PartnerId host, PartnerId partner, MotionEvidence evidence) {
    List<Verdict> patterns =
        List.of(
            new Verdict(ObservedMotion.SELL_WITH, Optional.empty(), ""),
            new Verdict(ObservedMotion.SELL_THROUGH, Optional.of(partner), ""),
            new Verdict(ObservedMotion.SELL_THROUGH, Optional.of(host), ""),
            new Verdict(ObservedMotion.SELL_TO, Optional.empty(), ""));
    long[] scores = {
      evidence.coSold(),
      (long) evidence.leadsHostToPartner() + evidence.opportunitiesPartnerToHost(),
      (long) evidence.leadsPartnerToHost() + evidence.opportunitiesHostToPartner(),
      evidence.partnerAsBuyer()
    };
    int best = 0;
    int atBest = 1;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
        atBest = 1;
      } else if (scores[i] == scores[best]) {
        atBest++;
      }
    }
    StringBuilder scored = new StringBuilder();
    for (int i = 0; i < scores.length; i++) {
      scored
          .append(i == 0 ? "" : ", ")
          .append(patterns.get(i).name())
          .append(' ')
          .append(scores[i]);
    }
    if (atBest > 1) {
      return Verdict.undetermined("no pattern has more evidence than every other (" + scored + ")");
    }
    Verdict winner = patterns.get(best);
    return new Verdict(
        winner.observed, winner.channel, "it has the most evidence (" + scored + ")");
  }

  private static Verdict channel(PartnerId leadSource, PartnerId channel) {
    return new Verdict(
        ObservedMotion.SELL_THROUGH,
        Optional.of(channel),
        leadSource
            + " shares leads but no opportunities and "
            + channel
            + " shares opportunities but no leads");
  }

  /** What a rule decided, and why. */
  private record Verdict(ObservedMotion observed, Optional<PartnerId> channel, String why) {
    static Verdict undetermined(String why) {
      return new Verdict(ObservedMotion.UNDETERMINED, Optional.empty(), why);
    }

    String name() {
      return observed.label() + channel.map(c -> " with channel " + c).orElse("");
    }

    String describe() {
      return name() + ": " + why;
    }
  }

  private static String counts(PartnerId host, PartnerId partner, MotionEvidence evidence) {
    return "leads "
        + host
        + " to "
        + partner
        + " "
        + evidence.leadsHostToPartner()
        + ", leads "
        + partner
        + " to "
        + host
        + " "
        + evidence.leadsPartnerToHost()
        + ", opportunities "
        + host
        + " to "
        + partner
        + " "
        + evidence.opportunitiesHostToPartner()
        + ", opportunities "
        + partner
        + " to "
        + host
        + " "
        + evidence.opportunitiesPartnerToHost()
        + ", co-sold "
        + evidence.coSold()
        + ", "
        + partner
        + " as buyer "
        + evidence.partnerAsBuyer();
  }

  private static boolean inWindow(LocalDate date, LocalDate windowStart, LocalDate asOf) {
    return date.isAfter(windowStart) && !date.isAfter(asOf);
  }

  private static void countLead(Lead lead, Map<PartyPair, List<Tally>> byPair) {
    PartnerId source = lead.source();
    for (PartnerId recipient : lead.sharedWith()) {
      List<Tally> tallies = byPair.get(PartyPair.of(source, recipient));
      if (tallies != null) {
        for (Tally tally : tallies) {
          if (tally.host.equals(source)) {
            tally.leadsHostToPartner++;
          } else {
            tally.leadsPartnerToHost++;
          }
        }
      }
    }
  }

  /**
   * Counts one opportunity for the relationships between its owner and each party involved, and for
   * the relationship between its owner and its account when the account is one of the {@code
   * parties} of the relationships (by id), so that no id is made for an account that is no party.
   */
  private static void countOpportunity(
      Opportunity opportunity, Map<PartyPair, List<Tally>> byPair, Map<String, PartnerId> parties) {
    PartnerId owner = opportunity.owner();
    for (PartnerId party : opportunity.partners()) {
      List<Tally> tallies = byPair.get(PartyPair.of(owner, party));
      if (tallies == null) {
        continue;
      }
      boolean coSold = false;
      for (Involvement involvement : opportunity.involvements()) {
        coSold |=
            involvement.role() == InvolvementRole.CO_SELLER && involvement.party().equals(party);
      }
      for (Tally tally : tallies) {
        if (tally.host.equals(owner)) {
          tally.opportunitiesHostToPartner++;
        } else {
          tally.opportunitiesPartnerToHost++;
        }
        if (coSold) {
          tally.coSold++;
        }
      }
    }
    PartnerId buyer = parties.get(opportunity.account().id().value());
    if (buyer != null && !buyer.equals(owner)) {
      List<Tally> tallies = byPair.get(PartyPair.of(owner, buyer));
      if (tallies != null) {
        for (Tally tally : tallies) {
          if (tally.host.equals(owner)) {
            tally.partnerAsBuyer++;
          }
        }
      }
    }
  }

  /** Two parties in id order, so that a pair is the same whichever side comes first. */
  private record PartyPair(PartnerId first, PartnerId second) {
    static PartyPair of(PartnerId a, PartnerId b) {
      return a.compareTo(b) <= 0 ? new PartyPair(a, b) : new PartyPair(b, a);
    }
  }

  /** The counts of one relationship, as the records are read. */
  private static final class Tally {
    final Relationship relationship;
    final PartnerId host;
    int leadsHostToPartner;
    int leadsPartnerToHost;
    int opportunitiesHostToPartner;
    int opportunitiesPartnerToHost;
    int coSold;
    int partnerAsBuyer;

    Tally(Relationship relationship) {
      this.relationship = relationship;
      this.host = relationship.host();
    }

    MotionEvidence evidence() {
      return new MotionEvidence(
          leadsHostToPartner,
          leadsPartnerToHost,
          opportunitiesHostToPartner,
          opportunitiesPartnerToHost,
          coSold,
          partnerAsBuyer);
    }
  }

  @Override
  public String toString() {
    return "MotionObserver.standard()";
  }
}
