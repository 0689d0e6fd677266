package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.alliancekit.scoring.relationship.Fixtures.REL;
import static org.alliancekit.scoring.relationship.Fixtures.alliance;
import static org.alliancekit.scoring.relationship.Records.AS_OF;
import static org.alliancekit.scoring.relationship.Records.IN_WINDOW;
import static org.alliancekit.scoring.relationship.Records.QUALIFIED;
import static org.alliancekit.scoring.relationship.Records.lead;
import static org.alliancekit.scoring.relationship.Records.opportunity;
import static org.alliancekit.scoring.relationship.Records.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class MotionObserverTest {
  private static final MotionObserver OBSERVER = MotionObserver.standard();
  private static final Relationship ALLIANCE = alliance().build();
  private static final PartnerId GLOBEX = PartnerId.of("globex");

  private static MotionObservation observe(List<Lead> leads, List<Opportunity> opportunities) {
    return OBSERVER.observe(ALLIANCE, leads, opportunities, AS_OF);
  }

  /** hq owns two deals acme co-sells, acme owns one hq co-sells. */
  private static List<Opportunity> coSoldBothWays() {
    return List.of(
        shared("o1", HQ, ACME, InvolvementRole.CO_SELLER),
        shared("o2", HQ, ACME, InvolvementRole.CO_SELLER),
        shared("o3", ACME, HQ, InvolvementRole.CO_SELLER));
  }

  // The rules, one by one

  @Test
  void opportunitiesBothWaysAndCoSoldAreSellWith() {
    MotionObservation result = observe(List.of(), coSoldBothWays());
    // hq to acme 2 (o1, o2), acme to hq 1 (o3), co-sold 3; total 2 + 1 + 3 = 6 >= 3.
    assertEquals(new MotionEvidence(0, 0, 2, 1, 3, 0), result.evidence());
    assertEquals(6, result.evidence().total());
    assertEquals(ObservedMotion.SELL_WITH, result.observed());
    assertEquals(Optional.empty(), result.channel());
    assertEquals(MotionKind.SELL_WITH, result.declared());
    assertEquals(REL, result.relationship());
    assertEquals(
        "sell-with: opportunities flow both ways and at least one was co-sold; counts: leads hq to"
            + " acme 0, leads acme to hq 0, opportunities hq to acme 2, opportunities acme to hq 1,"
            + " co-sold 3, acme as buyer 0",
        result.reason());
  }

  @Test
  void hostLeadsAnsweredByPartnerOpportunitiesMakeThePartnerTheChannel() {
    MotionObservation result =
        observe(
            List.of(
                lead("l1", HQ, ACME, IN_WINDOW),
                lead("l2", HQ, ACME, IN_WINDOW),
                lead("l3", HQ, ACME, IN_WINDOW)),
            List.of(
                shared("o1", ACME, HQ, InvolvementRole.TECHNOLOGY_PROVIDER),
                shared("o2", ACME, HQ, InvolvementRole.DISTRIBUTOR)));
    // Leads hq to acme 3, opportunities acme to hq 2, nothing else: total 5.
    assertEquals(new MotionEvidence(3, 0, 0, 2, 0, 0), result.evidence());
    assertEquals(ObservedMotion.SELL_THROUGH, result.observed());
    assertEquals(Optional.of(ACME), result.channel());
    assertTrue(
        result
            .reason()
            .startsWith(
                "sell-through with channel acme: hq shares leads but no opportunities and acme"
                    + " shares opportunities but no leads; counts: leads hq to acme 3,"),
        result.reason());
  }

  @Test
  void partnerLeadsAnsweredByHostOpportunitiesMakeTheHostTheChannel() {
    MotionObservation result =
        observe(
            List.of(lead("l1", ACME, HQ, IN_WINDOW), lead("l2", ACME, HQ, IN_WINDOW)),
            List.of(
                shared("o1", HQ, ACME, InvolvementRole.RESELLER),
                shared("o2", HQ, ACME, InvolvementRole.DISTRIBUTOR)));
    // Leads acme to hq 2, opportunities hq to acme 2: total 4.
    assertEquals(new MotionEvidence(0, 2, 2, 0, 0, 0), result.evidence());
    assertEquals(ObservedMotion.SELL_THROUGH, result.observed());
    assertEquals(Optional.of(HQ), result.channel());
  }

  @Test
  void hostOpportunitiesWithThePartnerAsBuyerAreSellTo() {
    List<Opportunity> sales =
        List.of(
            opportunity("o1", HQ, "acme", IN_WINDOW, QUALIFIED).build(),
            opportunity("o2", HQ, "acme", IN_WINDOW, QUALIFIED).build(),
            opportunity("o3", HQ, "acme", IN_WINDOW, Records.WON).build());
    MotionObservation result = observe(List.of(), sales);
    // Three opportunities of hq at account "acme", the text of acme's partner id: total 3.
    assertEquals(new MotionEvidence(0, 0, 0, 0, 0, 3), result.evidence());
    assertEquals(ObservedMotion.SELL_TO, result.observed());
    assertEquals(
        "sell-to: opportunities of hq name acme as buyer and nothing else flows; counts: leads hq"
            + " to acme 0, leads acme to hq 0, opportunities hq to acme 0, opportunities acme to hq"
            + " 0, co-sold 0, acme as buyer 3",
        result.reason());
  }

  @Test
  void thePartnersOwnOpportunitiesAtTheHostsAccountDoNotMakeItABuyer() {
    // Only the host's opportunities name the partner as buyer; acme selling to "hq" counts nothing.
    MotionObservation result =
        observe(
            List.of(),
            List.of(
                opportunity("o1", ACME, "hq", IN_WINDOW, QUALIFIED).build(),
                opportunity("o2", ACME, "hq", IN_WINDOW, QUALIFIED).build(),
                opportunity("o3", ACME, "hq", IN_WINDOW, QUALIFIED).build()));
    assertEquals(MotionEvidence.none(), result.evidence());
  }

  @Test
  void fewerThanThreeEventsAreUndetermined() {
    MotionObservation result =
        observe(
            List.of(lead("l1", HQ, ACME, IN_WINDOW), lead("l2", HQ, ACME, IN_WINDOW)), List.of());
    // 2 events < 3.
    assertEquals(2, result.evidence().total());
    assertEquals(ObservedMotion.UNDETERMINED, result.observed());
    assertEquals(Optional.empty(), result.channel());
    assertTrue(
        result.reason().startsWith("undetermined: 2 events in all, fewer than the 3 needed;"),
        result.reason());
  }

  @Test
  void oneCoSoldOpportunityIsTwoEventsAndStillUndetermined() {
    // o1 counts as hq to acme 1 and co-sold 1: total 2 < 3.
    MotionObservation result =
        observe(List.of(), List.of(shared("o1", HQ, ACME, InvolvementRole.CO_SELLER)));
    assertEquals(new MotionEvidence(0, 0, 1, 0, 1, 0), result.evidence());
    assertEquals(ObservedMotion.UNDETERMINED, result.observed());
  }

  @Test
  void aStraySingleLeadDoesNotFlipAClearAlliance() {
    List<Lead> stray = List.of(lead("l1", ACME, HQ, IN_WINDOW));
    MotionObservation result = observe(stray, coSoldBothWays());
    // Rule 2 comes before the others: leads acme to hq 1 changes nothing.
    assertEquals(new MotionEvidence(0, 1, 2, 1, 3, 0), result.evidence());
    assertEquals(ObservedMotion.SELL_WITH, result.observed());
  }

  @Test
  void aStrayLeadBackLeavesTheChannelWithTheMostEvidence() {
    MotionObservation result =
        observe(
            List.of(
                lead("l1", HQ, ACME, IN_WINDOW),
                lead("l2", HQ, ACME, IN_WINDOW),
                lead("l3", HQ, ACME, IN_WINDOW),
                lead("l4", ACME, HQ, IN_WINDOW)),
            List.of(
                shared("o1", ACME, HQ, InvolvementRole.DISTRIBUTOR),
                shared("o2", ACME, HQ, InvolvementRole.DISTRIBUTOR)));
    // Leads flow both ways, so rule 3 does not apply. Scores: sell-with = co-sold = 0;
    // channel acme = leads hq to acme 3 + opportunities acme to hq 2 = 5;
    // channel hq = leads acme to hq 1 + opportunities hq to acme 0 = 1; sell-to = 0. 5 wins.
    assertEquals(new MotionEvidence(3, 1, 0, 2, 0, 0), result.evidence());
    assertEquals(ObservedMotion.SELL_THROUGH, result.observed());
    assertEquals(Optional.of(ACME), result.channel());
    assertTrue(
        result
            .reason()
            .startsWith(
                "sell-through with channel acme: it has the most evidence (sell-with 0,"
                    + " sell-through with channel acme 5, sell-through with channel hq 1, sell-to"
                    + " 0);"),
        result.reason());
  }

  @Test
  void aStrayLeadDoesNotHideAPartnerThatBuys() {
    MotionObservation result =
        observe(
            List.of(lead("l1", HQ, ACME, IN_WINDOW)),
            List.of(
                opportunity("o1", HQ, "acme", IN_WINDOW, QUALIFIED).build(),
                opportunity("o2", HQ, "acme", IN_WINDOW, QUALIFIED).build(),
                opportunity("o3", HQ, "acme", IN_WINDOW, QUALIFIED).build()));
    // Rule 4 needs nothing else to flow; by evidence sell-to 3 beats channel acme 1 + 0 = 1.
    assertEquals(new MotionEvidence(1, 0, 0, 0, 0, 3), result.evidence());
    assertEquals(ObservedMotion.SELL_TO, result.observed());
  }

  @Test
  void opportunitiesSwappedButNeverCoSoldTieAndAreUndetermined() {
    MotionObservation result =
        observe(
            List.of(),
            List.of(
                shared("o1", HQ, ACME, InvolvementRole.INFLUENCER),
                shared("o2", HQ, ACME, InvolvementRole.DELIVERY),
                shared("o3", ACME, HQ, InvolvementRole.INFLUENCER),
                shared("o4", ACME, HQ, InvolvementRole.DELIVERY)));
    // No co-selling, so rule 2 fails; no leads, so rule 3 fails. Scores: sell-with 0,
    // channel acme 0 + 2 = 2, channel hq 0 + 2 = 2, sell-to 0: a tie at 2.
    assertEquals(new MotionEvidence(0, 0, 2, 2, 0, 0), result.evidence());
    assertEquals(ObservedMotion.UNDETERMINED, result.observed());
    assertTrue(
        result
            .reason()
            .startsWith(
                "undetermined: no pattern has more evidence than every other (sell-with 0,"
                    + " sell-through with channel acme 2, sell-through with channel hq 2,"
                    + " sell-to 0);"),
        result.reason());
  }

  @Test
  void coSellingOneWayOnlyTiesWithTheChannelAndIsUndetermined() {
    MotionObservation result =
        observe(
            List.of(),
            List.of(
                shared("o1", HQ, ACME, InvolvementRole.CO_SELLER),
                shared("o2", HQ, ACME, InvolvementRole.CO_SELLER)));
    // hq to acme 2, co-sold 2: total 4. Scores: sell-with 2, channel hq 0 + 2 = 2: a tie.
    assertEquals(new MotionEvidence(0, 0, 2, 0, 2, 0), result.evidence());
    assertEquals(ObservedMotion.UNDETERMINED, result.observed());
  }

  // The window: asOf.minusYears(1) < date <= asOf

  @Test
  void aLeadReceivedExactlyTwelveMonthsBeforeTheAsOfDateIsLeftOut() {
    LocalDate yearBefore = AS_OF.minusYears(1); // 2025-03-31
    MotionObservation result =
        observe(
            List.of(
                lead("l1", HQ, ACME, yearBefore),
                lead("l2", HQ, ACME, IN_WINDOW),
                lead("l3", HQ, ACME, IN_WINDOW)),
            List.of());
    assertEquals(2, result.evidence().leadsHostToPartner());
  }

  @Test
  void aLeadReceivedADayLaterIsCounted() {
    LocalDate dayLater = AS_OF.minusYears(1).plusDays(1); // 2025-04-01
    MotionObservation result =
        observe(
            List.of(
                lead("l1", HQ, ACME, dayLater),
                lead("l2", HQ, ACME, IN_WINDOW),
                lead("l3", HQ, ACME, IN_WINDOW)),
            List.of());
    assertEquals(3, result.evidence().leadsHostToPartner());
  }

  @Test
  void theAsOfDateIsInsideAndTheDayAfterOutside() {
    MotionObservation result =
        observe(
            List.of(lead("l1", HQ, ACME, AS_OF), lead("l2", HQ, ACME, AS_OF.plusDays(1))),
            List.of(
                opportunity("o1", ACME, "c1", AS_OF, QUALIFIED)
                    .addInvolvements(Involvement.of(HQ, InvolvementRole.RESELLER))
                    .build(),
                opportunity("o2", ACME, "c2", AS_OF.plusDays(1), QUALIFIED)
                    .addInvolvements(Involvement.of(HQ, InvolvementRole.RESELLER))
                    .build()));
    assertEquals(new MotionEvidence(1, 0, 0, 1, 0, 0), result.evidence());
  }

  @Test
  void opportunitiesCountByTheirCreationDateWithTheSameWindow() {
    MotionObservation result =
        observe(
            List.of(),
            List.of(
                opportunity("o1", HQ, "c1", AS_OF.minusYears(1), QUALIFIED)
                    .addInvolvements(Involvement.of(ACME, InvolvementRole.CO_SELLER))
                    .build(),
                opportunity("o2", HQ, "c2", AS_OF.minusYears(1).plusDays(1), QUALIFIED)
                    .addInvolvements(Involvement.of(ACME, InvolvementRole.CO_SELLER))
                    .build()));
    // Only o2: hq to acme 1, co-sold 1.
    assertEquals(new MotionEvidence(0, 0, 1, 0, 1, 0), result.evidence());
  }

  @Test
  void onALeapDayTheWindowStartsAfterTheTwentyEighthOfFebruary() {
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    // 2024-02-29 minus one year is 2023-02-28, which is left out; 2023-03-01 is in.
    MotionObservation result =
        OBSERVER.observe(
            ALLIANCE,
            List.of(
                lead("l1", HQ, ACME, LocalDate.of(2023, 2, 28)),
                lead("l2", HQ, ACME, LocalDate.of(2023, 3, 1))),
            List.of(),
            leapDay);
    assertEquals(1, result.evidence().leadsHostToPartner());
  }

  // Which records count for which relationship

  @Test
  void recordsOfOtherPairsAndTheOwnersOwnInvolvementCountNothing() {
    Opportunity ownRole =
        opportunity("o1", HQ, "c1", IN_WINDOW, QUALIFIED)
            .addInvolvements(Involvement.of(HQ, InvolvementRole.ORIGINATOR))
            .build();
    MotionObservation result =
        observe(
            List.of(lead("l1", HQ, GLOBEX, IN_WINDOW), lead("l2", GLOBEX, ACME, IN_WINDOW)),
            List.of(ownRole, shared("o2", GLOBEX, ACME, InvolvementRole.CO_SELLER)));
    assertEquals(MotionEvidence.none(), result.evidence());
  }

  @Test
  void aPartyInSeveralRolesCountsOnceAndCoSellsOnce() {
    Opportunity deal =
        opportunity("o1", HQ, "c1", IN_WINDOW, QUALIFIED)
            .addInvolvements(
                Involvement.of(ACME, InvolvementRole.ORIGINATOR),
                Involvement.of(ACME, InvolvementRole.CO_SELLER),
                Involvement.of(ACME, InvolvementRole.DELIVERY))
            .build();
    assertEquals(
        new MotionEvidence(0, 0, 1, 0, 1, 0), observe(List.of(), List.of(deal)).evidence());
  }

  @Test
  void aLeadSharedWithSeveralPartiesCountsForEachRelationship() {
    Relationship withGlobex = alliance().id(RelationshipId.of("rel-2")).partner(GLOBEX).build();
    Lead wide = Lead.builder().from(lead("l1", HQ, ACME, IN_WINDOW)).addSharedWith(GLOBEX).build();
    var result = OBSERVER.observe(List.of(withGlobex, ALLIANCE), List.of(wide), List.of(), AS_OF);
    assertEquals(1, result.get(REL).evidence().leadsHostToPartner());
    assertEquals(1, result.get(RelationshipId.of("rel-2")).evidence().leadsHostToPartner());
  }

  @Test
  void everyRelationshipOfAPairCountsTheRecordsInItsOwnOrientation() {
    Relationship reversed =
        alliance().id(RelationshipId.of("rel-0")).host(ACME).partner(HQ).build();
    List<Lead> leads = List.of(lead("l1", HQ, ACME, IN_WINDOW));
    var result = OBSERVER.observe(List.of(ALLIANCE, reversed), leads, coSoldBothWays(), AS_OF);
    assertEquals(List.of(RelationshipId.of("rel-0"), REL), List.copyOf(result.keySet()));
    // rel-1 (hq hosts): leads hq to acme 1, hq to acme 2, acme to hq 1, co-sold 3.
    assertEquals(new MotionEvidence(1, 0, 2, 1, 3, 0), result.get(REL).evidence());
    // rel-0 (acme hosts): the same records seen from acme.
    assertEquals(
        new MotionEvidence(0, 1, 1, 2, 3, 0), result.get(RelationshipId.of("rel-0")).evidence());
  }

  @Test
  void resultsComeInRelationshipIdOrderWhateverTheInputOrder() {
    List<Relationship> relationships = new ArrayList<>();
    for (String id : List.of("r3", "r1", "r2")) {
      relationships.add(alliance().id(RelationshipId.of(id)).build());
    }
    assertEquals(
        List.of(RelationshipId.of("r1"), RelationshipId.of("r2"), RelationshipId.of("r3")),
        List.copyOf(OBSERVER.observe(relationships, List.of(), List.of(), AS_OF).keySet()));
  }

  @Test
  void rejectsTwoRelationshipsWithTheSameId() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OBSERVER.observe(List.of(ALLIANCE, ALLIANCE), List.of(), List.of(), AS_OF));
    assertEquals(
        "relationship id rel-1 appears more than once among the relationships observed",
        e.getMessage());
  }

  @Test
  void classifyReadsTheMotionFromCountsAlone() {
    // The rules on counts: leads hq to acme 4, acme to hq 0, opportunities acme to hq 1.
    MotionObservation result = OBSERVER.classify(ALLIANCE, new MotionEvidence(4, 0, 0, 1, 0, 0));
    assertEquals(ObservedMotion.SELL_THROUGH, result.observed());
    assertEquals(Optional.of(ACME), result.channel());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(MotionObserver.class);
    tester.testAllPublicInstanceMethods(OBSERVER);
  }

  @Test
  void rejectsNullRecords() {
    List<Lead> leads = new ArrayList<>();
    leads.add(null);
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> OBSERVER.observe(ALLIANCE, leads, List.of(), AS_OF));
    assertEquals("leads must not hold null", e.getMessage());
  }

  @Test
  void describesItself() {
    assertEquals("MotionObserver.standard()", OBSERVER.toString());
  }
}
