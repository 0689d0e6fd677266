package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.ACME;
import static org.alliancekit.model.pipeline.Fixtures.HOST;
import static org.alliancekit.model.pipeline.Fixtures.ISV;
import static org.alliancekit.model.pipeline.Fixtures.JAN_10;
import static org.alliancekit.model.pipeline.Fixtures.PLATFORM;
import static org.alliancekit.model.pipeline.Fixtures.coSell;
import static org.alliancekit.model.pipeline.Fixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class OpportunityTest {
  private static final Involvement ACME_ORIGINATES =
      Involvement.of(ACME, InvolvementRole.ORIGINATOR);
  private static final Involvement ACME_CO_SELLS = Involvement.of(ACME, InvolvementRole.CO_SELLER);
  private static final Involvement ISV_PROVIDES =
      Involvement.of(ISV, InvolvementRole.TECHNOLOGY_PROVIDER);
  private static final Involvement HOST_ORIGINATES =
      Involvement.of(HOST, InvolvementRole.ORIGINATOR);

  private static StageChange on(int day, String stage) {
    return StageChange.of(JAN_10.plusDays(day), coSell(stage));
  }

  @Test
  void buildsWithRequiredAttributesOnly() {
    Opportunity o = opportunity("o-1").build();
    assertEquals(OpportunityId.of("o-1"), o.id());
    assertEquals(Origin.DIRECT, o.origin());
    assertEquals(ImmutableList.of(), o.involvements());
    assertEquals(Optional.empty(), o.solution());
    assertEquals(Optional.empty(), o.registration());
    assertEquals(ImmutableList.of(), o.stageHistory());
    assertEquals(Outcome.OPEN, o.outcome());
    assertEquals(Monetary.getCurrency("EUR"), o.currency());
    assertFalse(o.isPartnerInvolved());
  }

  @Test
  void missingAttributeIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Opportunity.builder().id(OpportunityId.of("o-1")).name("Claims").build());
    assertTrue(e.getMessage().contains("account"), e.getMessage());
    assertTrue(e.getMessage().contains("expectedClose"), e.getMessage());
  }

  @Test
  void zeroAmountIsAllowed() {
    assertTrue(opportunity("o-1").amount(Money.of(0, "USD")).build().amount().isZero());
  }

  @Test
  void rejectsNegativeAmount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> opportunity("o-1").amount(Money.of(-1, "EUR")).build());
    assertEquals("amount of opportunity o-1 EUR -1 must not be negative", e.getMessage());
  }

  @Test
  void rejectsAnAmountFinerThanTheMinorUnit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> opportunity("o-1").amount(Money.of(new BigDecimal("100.005"), "EUR")).build());
    assertEquals(
        "amount of opportunity o-1 EUR 100.005 has more decimal places than the 2 of EUR's minor"
            + " unit: round it first (for example to 100.00) or correct it",
        e.getMessage());
    // Trailing zeros are no extra precision.
    assertEquals(
        Money.of(new BigDecimal("100.5"), "EUR"),
        opportunity("o-1").amount(Money.of(new BigDecimal("100.500"), "EUR")).build().amount());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> opportunity("o-1").name("").build());
    assertEquals("opportunity name '' must not be blank", e.getMessage());
  }

  @Test
  void expectedCloseMayBeTheCreationDay() {
    assertEquals(JAN_10, opportunity("o-1").expectedClose(JAN_10).build().expectedClose());
  }

  @Test
  void rejectsExpectedCloseBeforeCreation() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> opportunity("o-1").expectedClose(JAN_10.minusDays(1)).build());
    assertEquals(
        "opportunity o-1 is expected to close on 2024-01-09, before it was created on 2024-01-10",
        e.getMessage());
  }

  @Test
  void partnersAreTheDistinctInvolvedPartiesOtherThanTheOwnerInOrder() {
    Opportunity o =
        opportunity("o-1")
            .addInvolvements(HOST_ORIGINATES, ISV_PROVIDES, ACME_ORIGINATES, ACME_CO_SELLS)
            .build();
    assertEquals(ImmutableSet.of(ISV, ACME), o.partners());
    assertTrue(o.isPartnerInvolved());
    assertEquals(ImmutableList.of(ACME_ORIGINATES, ACME_CO_SELLS), o.involvementsOf(ACME));
    assertEquals(ImmutableList.of(HOST_ORIGINATES), o.involvementsOf(HOST));
    assertEquals(ImmutableList.of(), o.involvementsOf(PLATFORM));
  }

  @Test
  void ownerAloneIsNoPartner() {
    Opportunity o = opportunity("o-1").addInvolvement(HOST_ORIGINATES).build();
    assertEquals(ImmutableSet.of(), o.partners());
    assertFalse(o.isPartnerInvolved());
  }

  @Test
  void samePartyMayPlaySeveralRoles() {
    Opportunity o = opportunity("o-1").addInvolvements(ACME_ORIGINATES, ACME_CO_SELLS).build();
    assertEquals(2, o.involvements().size());
  }

  @Test
  void rejectsPartyTwiceInTheSameRole() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                opportunity("o-1")
                    .addInvolvements(
                        ACME_CO_SELLS,
                        ISV_PROVIDES,
                        Involvement.of(ACME, InvolvementRole.CO_SELLER, JAN_10))
                    .build());
    assertEquals("opportunity o-1 lists acme as CO_SELLER more than once", e.getMessage());
  }

  @Test
  void checksALongListOfInvolvementsForAPartyTwiceInTheSameRole() {
    List<Involvement> twenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      twenty.add(Involvement.of(PartnerId.of("p-" + i), InvolvementRole.CO_SELLER));
    }
    assertEquals(20, opportunity("o-1").addAllInvolvements(twenty).build().involvements().size());
    twenty.add(Involvement.of(PartnerId.of("p-3"), InvolvementRole.CO_SELLER, JAN_10));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> opportunity("o-1").addAllInvolvements(twenty).build());
    assertEquals("opportunity o-1 lists p-3 as CO_SELLER more than once", e.getMessage());
  }

  @Test
  void partnerSourcedNeedsAnInvolvedPartner() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> opportunity("o-1").origin(Origin.PARTNER_SOURCED).build());
    assertEquals(
        "opportunity o-1 is PARTNER_SOURCED, so it needs at least one involved party other than"
            + " its owner host",
        e.getMessage());
  }

  @Test
  void referredToPartnerNeedsAPartyOtherThanTheOwner() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                opportunity("o-1")
                    .origin(Origin.REFERRED_TO_PARTNER)
                    .addInvolvement(Involvement.of(HOST, InvolvementRole.REFERRER))
                    .build());
    assertEquals(
        "opportunity o-1 is REFERRED_TO_PARTNER, so it needs at least one involved party other"
            + " than its owner host",
        e.getMessage());
  }

  @Test
  void partnerInfluencedNeedsAnInvolvedPartner() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> opportunity("o-1").build().withOrigin(Origin.PARTNER_INFLUENCED));
    assertEquals(
        "opportunity o-1 is PARTNER_INFLUENCED, so it needs at least one involved party other"
            + " than its owner host",
        e.getMessage());
  }

  @Test
  void partnerOriginsAreAcceptedWithAPartner() {
    for (Origin origin : Origin.values()) {
      Opportunity o = opportunity("o-1").addInvolvement(ACME_ORIGINATES).origin(origin).build();
      assertEquals(origin, o.origin());
    }
  }

  @Test
  void stageHistoryInOrderEndingAtTheCurrentStageIsAccepted() {
    Opportunity o =
        opportunity("o-1")
            .addStageHistory(on(0, "Prospect"), on(5, "Qualified"), on(5, "Technical Validation"))
            .addStageHistory(on(40, "Launched"))
            .stage(coSell("Launched"))
            .build();
    assertEquals(4, o.stageHistory().size());
    assertEquals(Outcome.WON, o.outcome());
  }

  @Test
  void closeDateIsTheFirstChangeIntoAClosedStageElseTheExpectedClose() {
    Opportunity won =
        opportunity("o-1")
            .addStageHistory(on(0, "Prospect"), on(40, "Launched"))
            .stage(coSell("Launched"))
            .build();
    // JAN_10 + 40 days: the day the deal entered its won stage, not the expected close.
    assertEquals(JAN_10.plusDays(40), won.closeDate());
    Opportunity noHistory = opportunity("o-2").stage(coSell("Launched")).build();
    assertEquals(LocalDate.of(2024, 6, 30), noHistory.closeDate());
    Opportunity open = opportunity("o-3").addStageHistory(on(1, "Qualified")).build();
    assertEquals(LocalDate.of(2024, 6, 30), open.closeDate());
  }

  @Test
  void stageHistoryMayRevisitAnEarlierStage() {
    Opportunity o =
        opportunity("o-1")
            .addStageHistory(on(1, "Qualified"), on(2, "Committed"), on(3, "Qualified"))
            .build();
    assertEquals(coSell("Qualified"), o.stage());
  }

  @Test
  void rejectsStageChangeBeforeCreation() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                opportunity("o-1").addStageHistory(on(-1, "Prospect"), on(3, "Qualified")).build());
    assertEquals(
        "opportunity o-1 entered stage Prospect on 2024-01-09, before it was created on"
            + " 2024-01-10",
        e.getMessage());
  }

  @Test
  void rejectsStageHistoryGoingBackInTime() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                opportunity("o-1").addStageHistory(on(4, "Prospect"), on(3, "Qualified")).build());
    assertEquals(
        "stage history of opportunity o-1 goes back in time: stage Qualified on 2024-01-13"
            + " follows 2024-01-14",
        e.getMessage());
  }

  @Test
  void rejectsStageHistoryNotEndingAtTheCurrentStage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                opportunity("o-1").addStageHistory(on(1, "Qualified"), on(9, "Committed")).build());
    assertEquals(
        "opportunity o-1 is at stage Qualified (OPEN, 0.2), but its stage history ends at"
            + " Committed (OPEN, 0.9)",
        e.getMessage());
  }

  @Test
  void rejectsHistoryEndingAtASameNamedStageWithAnotherProbability() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                opportunity("o-1")
                    .addStageHistory(StageChange.of(JAN_10, Stage.open("Qualified", 0.3)))
                    .build());
    assertEquals(
        "opportunity o-1 is at stage Qualified (OPEN, 0.2), but its stage history ends at"
            + " Qualified (OPEN, 0.3)",
        e.getMessage());
  }

  @Test
  void carriesSolutionAndRegistration() {
    Solution solution =
        Solution.of(
            SolutionId.of("claims"), "Claims", Contribution.of(ISV, ContributionKind.RESALE));
    DealRegistration registration = DealRegistration.pending(ACME, JAN_10);
    Opportunity o =
        opportunity("o-1")
            .addInvolvement(ACME_ORIGINATES)
            .origin(Origin.PARTNER_SOURCED)
            .solution(solution)
            .registration(registration)
            .build();
    assertEquals(Optional.of(solution), o.solution());
    assertEquals(Optional.of(registration), o.registration());
  }

  @Test
  void equalityIsByEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(opportunity("o-1").build(), opportunity("o-1").build())
        .addEqualityGroup(opportunity("o-2").build())
        .addEqualityGroup(
            opportunity("o-1").account(Account.of(AccountId.of("a-2"), "Contoso")).build())
        .addEqualityGroup(opportunity("o-1").name("Other").build())
        .addEqualityGroup(opportunity("o-1").amount(Money.of(250_000, "USD")).build())
        .addEqualityGroup(opportunity("o-1").stage(coSell("Committed")).build())
        .addEqualityGroup(opportunity("o-1").created(JAN_10.minusDays(1)).build())
        .addEqualityGroup(opportunity("o-1").expectedClose(LocalDate.of(2024, 7, 1)).build())
        .addEqualityGroup(opportunity("o-1").owner(ACME).build())
        .addEqualityGroup(opportunity("o-1").addInvolvement(ACME_CO_SELLS).build())
        .addEqualityGroup(
            opportunity("o-1")
                .addInvolvement(ACME_CO_SELLS)
                .origin(Origin.PARTNER_INFLUENCED)
                .build())
        .addEqualityGroup(
            opportunity("o-1").registration(DealRegistration.pending(ACME, JAN_10)).build())
        .addEqualityGroup(opportunity("o-1").addStageHistory(on(0, "Qualified")).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Opportunity.class);
    Fixtures.nullPointerTester()
        .testAllPublicInstanceMethods(opportunity("o-1").addInvolvement(ACME_CO_SELLS).build());
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Opportunity.builder());
  }
}
