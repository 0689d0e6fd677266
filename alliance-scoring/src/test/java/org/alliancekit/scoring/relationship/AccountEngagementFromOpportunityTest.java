package org.alliancekit.scoring.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
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

class AccountEngagementFromOpportunityTest {
  private static final PartnerId HOST = PartnerId.of("hq");
  private static final PartnerId ACME = PartnerId.of("acme");
  private static final AccountId BANK = AccountId.of("bank");

  private static Opportunity.Builder opportunity(String id) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(BANK, "Big Bank"))
        .name("Core banking")
        .amount(Money.of(100_000, "EUR"))
        .stage(StageModels.coSell().get("Qualified"))
        .created(LocalDate.of(2026, 1, 5))
        .expectedClose(LocalDate.of(2026, 6, 30))
        .owner(HOST);
  }

  @Test
  void directDealWithPartnerInvolvedIsAConflict() {
    Opportunity deal =
        opportunity("o-1").addInvolvements(Involvement.of(ACME, InvolvementRole.CO_SELLER)).build();
    ImmutableList<AccountEngagement> engagements = AccountEngagement.fromOpportunity(deal);
    assertEquals(
        ImmutableList.of(
            AccountEngagement.of(BANK, HOST, EngagementKind.DIRECT).withOpportunity(deal.id()),
            AccountEngagement.of(BANK, ACME, EngagementKind.PARTNER).withOpportunity(deal.id())),
        engagements);
    ImmutableList<Finding> findings = RelationshipChecks.standard().channelConflicts(engagements);
    assertEquals(1, findings.size());
    assertEquals(FindingKind.CHANNEL_CONFLICT, findings.get(0).kind());
  }

  @Test
  void partnerSourcedDealHasNoDirectEngagement() {
    Opportunity deal =
        opportunity("o-2")
            .origin(Origin.PARTNER_SOURCED)
            .addInvolvements(Involvement.of(ACME, InvolvementRole.ORIGINATOR))
            .build();
    assertEquals(
        ImmutableList.of(
            AccountEngagement.of(BANK, ACME, EngagementKind.PARTNER).withOpportunity(deal.id())),
        AccountEngagement.fromOpportunity(deal));
    assertEquals(
        ImmutableList.of(),
        RelationshipChecks.standard()
            .channelConflicts(AccountEngagement.fromOpportunities(ImmutableList.of(deal))));
  }
}
