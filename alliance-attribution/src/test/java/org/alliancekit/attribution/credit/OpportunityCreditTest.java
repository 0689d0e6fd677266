package org.alliancekit.attribution.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.RoleWeighted;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class OpportunityCreditTest {
  private static final PartnerId HOST = PartnerId.of("hq");
  private static final PartnerId ACME = PartnerId.of("acme");
  private static final PartnerId ISV = PartnerId.of("isv");

  private static Opportunity.Builder deal(String id) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(AccountId.of("bank"), "Big Bank"))
        .name("Core banking")
        .amount(Money.of(100_000, "EUR"))
        .stage(StageModels.coSell().get("Launched"))
        .created(LocalDate.of(2026, 1, 5))
        .expectedClose(LocalDate.of(2026, 6, 30))
        .owner(HOST);
  }

  @Test
  void sourcedDealCreditsItsOriginatorAndSplitsByRoleWithoutTheOwner() {
    Opportunity won =
        deal("o-1")
            .origin(Origin.PARTNER_SOURCED)
            .addInvolvements(
                Involvement.of(ACME, InvolvementRole.ORIGINATOR),
                Involvement.of(ISV, InvolvementRole.CO_SELLER),
                Involvement.of(HOST, InvolvementRole.CO_SELLER))
            .build();

    DealCredit credit = CreditClassifier.standard().classify(OpportunityCredit.facts(won));
    assertEquals(CreditMotion.PARTNER_SOURCED, credit.motion());
    assertEquals(Optional.of(ACME), credit.source());

    // Standard weights: originator 0.5, co-seller 0.3; the owner's own co-selling is left out,
    // so ACME gets 0.5 / 0.8 = 62.5% and the ISV 0.3 / 0.8 = 37.5% of EUR 100,000.
    MoneySplit split = OpportunityCredit.roleWeightedSplit(RoleWeighted.standard(), won);
    assertEquals(Money.of(62_500, "EUR"), split.parts().get(ACME));
    assertEquals(Money.of(37_500, "EUR"), split.parts().get(ISV));
    assertEquals(2, split.parts().size());
  }

  @Test
  void referredToPartnerClaimsNeitherSourcedNorInfluencedByOrigin() {
    Opportunity referred =
        deal("o-2")
            .origin(Origin.REFERRED_TO_PARTNER)
            .addInvolvements(Involvement.of(ACME, InvolvementRole.RESELLER))
            .build();
    DealFacts facts = OpportunityCredit.facts(referred);
    assertEquals(false, facts.partnerSourced());
    assertEquals(false, facts.partnerInfluenced());
    assertEquals(
        ImmutableList.of(Participant.of(ACME, "RESELLER")),
        OpportunityCredit.participants(referred));
  }

  @Test
  void directDealWithoutPartnersHasNothingToSplit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OpportunityCredit.roleWeightedSplit(RoleWeighted.standard(), deal("o-3").build()));
    assertEquals(
        "opportunity o-3 has no partner involved, so there is no partner credit to split",
        e.getMessage());
    assertEquals(
        CreditMotion.DIRECT,
        CreditClassifier.standard()
            .classify(OpportunityCredit.facts(deal("o-3").build()))
            .motion());
  }
}
