package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.alliance;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;

/**
 * Laws of {@link MotionObserver} over generated records: the order of the records never matters,
 * and the one-pass count agrees with the definition of each count applied record by record.
 */
class MotionObserverLawsTest {
  private static final MotionObserver OBSERVER = MotionObserver.standard();
  private static final PartnerId HOST = PartnerId.of("host");
  private static final PartnerId P1 = PartnerId.of("p1");
  private static final PartnerId P2 = PartnerId.of("p2");
  private static final PartnerId P3 = PartnerId.of("p3");
  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

  /** Relationships among the parties of generated records: two of one pair, one reversed. */
  private static final List<Relationship> RELATIONSHIPS =
      List.of(
          alliance().id(RelationshipId.of("r1")).host(HOST).partner(P1).build(),
          alliance().id(RelationshipId.of("r2")).host(HOST).partner(P2).build(),
          alliance().id(RelationshipId.of("r3")).host(P3).partner(HOST).build(),
          alliance().id(RelationshipId.of("r4")).host(HOST).partner(P1).build(),
          alliance().id(RelationshipId.of("r5")).host(P1).partner(P2).build());

  @Property(tries = 200)
  void shufflingTheRecordsChangesNothing(
      @ForAll("leads") List<Lead> leads,
      @ForAll("opportunities") List<Opportunity> opportunities,
      @ForAll("asOfDates") LocalDate asOf,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<Lead> shuffledLeads = new ArrayList<>(leads);
    Collections.shuffle(shuffledLeads, random);
    List<Opportunity> shuffledOpportunities = new ArrayList<>(opportunities);
    Collections.shuffle(shuffledOpportunities, random);
    List<Relationship> shuffledRelationships = new ArrayList<>(RELATIONSHIPS);
    Collections.shuffle(shuffledRelationships, random);
    var observed = OBSERVER.observe(RELATIONSHIPS, leads, opportunities, asOf);
    var shuffled =
        OBSERVER.observe(shuffledRelationships, shuffledLeads, shuffledOpportunities, asOf);
    assertEquals(observed, shuffled);
    assertEquals(List.copyOf(observed.keySet()), List.copyOf(shuffled.keySet()));
  }

  @Property(tries = 200)
  void countsOfDisjointPartsAddUpToTheCountsOfTheWhole(
      @ForAll("leads") List<Lead> leads,
      @ForAll("opportunities") List<Opportunity> opportunities,
      @ForAll("asOfDates") LocalDate asOf,
      @ForAll @IntRange(min = 0, max = 30) int leadCut,
      @ForAll @IntRange(min = 0, max = 30) int opportunityCut) {
    int l = Math.min(leadCut, leads.size());
    int o = Math.min(opportunityCut, opportunities.size());
    var whole = OBSERVER.count(RELATIONSHIPS, leads, opportunities, asOf);
    var first =
        OBSERVER.count(RELATIONSHIPS, leads.subList(0, l), opportunities.subList(0, o), asOf);
    var second =
        OBSERVER.count(
            RELATIONSHIPS,
            leads.subList(l, leads.size()),
            opportunities.subList(o, opportunities.size()),
            asOf);
    assertEquals(whole.keySet(), first.keySet());
    whole.forEach((id, evidence) -> assertEquals(evidence, first.get(id).plus(second.get(id))));
    var observed = OBSERVER.observe(RELATIONSHIPS, leads, opportunities, asOf);
    for (Relationship relationship : RELATIONSHIPS) {
      assertEquals(
          observed.get(relationship.id()),
          OBSERVER.classify(relationship, whole.get(relationship.id())));
    }
  }

  @Property(tries = 200)
  void theOnePassCountAgreesWithTheDefinitionRecordByRecord(
      @ForAll("leads") List<Lead> leads,
      @ForAll("opportunities") List<Opportunity> opportunities,
      @ForAll("asOfDates") LocalDate asOf) {
    var observed = OBSERVER.observe(RELATIONSHIPS, leads, opportunities, asOf);
    Statistics.label("some record counted")
        .collect(observed.values().stream().anyMatch(o -> o.evidence().total() > 0))
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 30));
    Statistics.label("some motion read")
        .collect(
            observed.values().stream().anyMatch(o -> o.observed() != ObservedMotion.UNDETERMINED))
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
    for (Relationship relationship : RELATIONSHIPS) {
      MotionEvidence expected = byDefinition(relationship, leads, opportunities, asOf);
      assertEquals(expected, observed.get(relationship.id()).evidence(), relationship.id()::value);
      assertEquals(
          OBSERVER.classify(relationship, expected),
          OBSERVER.observe(relationship, leads, opportunities, asOf));
    }
  }

  /**
   * Each count as {@link MotionEvidence} defines it, checking every record for the relationship.
   */
  private static MotionEvidence byDefinition(
      Relationship relationship,
      List<Lead> leads,
      List<Opportunity> opportunities,
      LocalDate asOf) {
    PartnerId h = relationship.host();
    PartnerId p = relationship.partner();
    int[] counts = new int[6];
    for (Lead lead : leads) {
      if (inWindow(lead.received(), asOf)) {
        counts[0] += lead.source().equals(h) && lead.sharedWith().contains(p) ? 1 : 0;
        counts[1] += lead.source().equals(p) && lead.sharedWith().contains(h) ? 1 : 0;
      }
    }
    for (Opportunity o : opportunities) {
      if (inWindow(o.created(), asOf)) {
        boolean hostToPartner = o.owner().equals(h) && involved(o, p, null);
        boolean partnerToHost = o.owner().equals(p) && involved(o, h, null);
        counts[2] += hostToPartner ? 1 : 0;
        counts[3] += partnerToHost ? 1 : 0;
        boolean coSold =
            (o.owner().equals(h) && involved(o, p, InvolvementRole.CO_SELLER))
                || (o.owner().equals(p) && involved(o, h, InvolvementRole.CO_SELLER));
        counts[4] += coSold ? 1 : 0;
        counts[5] += o.owner().equals(h) && o.account().id().value().equals(p.value()) ? 1 : 0;
      }
    }
    return new MotionEvidence(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
  }

  private static boolean involved(Opportunity o, PartnerId party, InvolvementRole role) {
    for (Involvement involvement : o.involvements()) {
      if (involvement.party().equals(party) && (role == null || involvement.role() == role)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inWindow(LocalDate date, LocalDate asOf) {
    return date.isAfter(asOf.minusYears(1)) && !date.isAfter(asOf);
  }

  @Provide
  static Arbitrary<List<Lead>> leads() {
    return Combinators.combine(ModelArbitraries.leads(), Arbitraries.integers().between(0, 900))
        .as((lead, day) -> lead.withReceived(FROM.plusDays(day)))
        .list()
        .ofMaxSize(25);
  }

  @Provide
  static Arbitrary<List<Opportunity>> opportunities() {
    Arbitrary<Opportunity> owned =
        Arbitraries.oneOf(
            ModelArbitraries.opportunities().createdBetween(FROM, FROM.plusDays(900)),
            ModelArbitraries.opportunities()
                .owner(P1)
                .parties(HOST, P2, P3)
                .createdBetween(FROM, FROM.plusDays(900)),
            ModelArbitraries.opportunities()
                .owner(P3)
                .parties(HOST, P1)
                .createdBetween(FROM, FROM.plusDays(900)));
    Arbitrary<String> buyers = Arbitraries.of("", "", "p1", "p2", "p3", "host");
    return Combinators.combine(owned, buyers)
        .as(
            (opportunity, buyer) ->
                buyer.isEmpty()
                    ? opportunity
                    : opportunity.withAccount(Account.of(AccountId.of(buyer), "Buyer " + buyer)))
        .list()
        .ofMaxSize(25);
  }

  @Provide
  static Arbitrary<LocalDate> asOfDates() {
    return Arbitraries.integers().between(0, 1_000).map(FROM::plusDays);
  }
}
