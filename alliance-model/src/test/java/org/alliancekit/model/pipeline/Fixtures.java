package org.alliancekit.model.pipeline;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;
import org.javamoney.moneta.Money;

/** Shared sample values for the pipeline tests. */
final class Fixtures {
  static final PartnerId HOST = PartnerId.of("host");
  static final PartnerId ACME = PartnerId.of("acme");
  static final PartnerId ISV = PartnerId.of("isv");
  static final PartnerId PLATFORM = PartnerId.of("platform");
  static final Account NORTHWIND = Account.of(AccountId.of("a-1"), "Northwind");
  static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);

  private Fixtures() {}

  /** A stage of the co-sell preset. */
  static Stage coSell(String name) {
    return StageModels.coSell().get(name);
  }

  /** An open opportunity owned by the host, in stage Qualified, created on 10 January 2024. */
  static Opportunity.Builder opportunity(String id) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(NORTHWIND)
        .name("Claims platform")
        .amount(Money.of(250_000, "EUR"))
        .stage(coSell("Qualified"))
        .created(JAN_10)
        .expectedClose(LocalDate.of(2024, 6, 30))
        .owner(HOST);
  }

  /** A new lead from Acme, shared with the host, received on 10 January 2024. */
  static Lead.Builder lead(String id) {
    return Lead.builder()
        .id(LeadId.of(id))
        .account(NORTHWIND)
        .source(ACME)
        .received(JAN_10)
        .addSharedWith(HOST);
  }

  /** A NullPointerTester that knows a valid instance of every type the package's methods take. */
  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(PartnerId.class, ACME)
        .setDefault(SolutionId.class, SolutionId.of("claims"))
        .setDefault(Account.class, NORTHWIND)
        .setDefault(LocalDate.class, JAN_10)
        .setDefault(OpportunityId.class, OpportunityId.of("o-1"))
        .setDefault(LeadId.class, LeadId.of("l-1"))
        .setDefault(Stage.class, coSell("Qualified"))
        .setDefault(StageModel.class, StageModels.coSell())
        .setDefault(MonetaryAmount.class, Money.of(100, "EUR"))
        .setDefault(CurrencyUnit.class, Monetary.getCurrency("EUR"))
        .setDefault(Involvement.class, Involvement.of(ACME, InvolvementRole.CO_SELLER))
        .setDefault(StageChange.class, StageChange.of(JAN_10, coSell("Qualified")))
        .setDefault(Contribution.class, Contribution.of(ISV, ContributionKind.RESALE))
        .setDefault(
            Solution.class,
            Solution.of(
                SolutionId.of("claims"), "Claims", Contribution.of(ISV, ContributionKind.RESALE)))
        .setDefault(DealRegistration.class, DealRegistration.pending(ACME, JAN_10))
        .setDefault(Opportunity.class, opportunity("o-1").build())
        .setDefault(Lead.class, lead("l-1").build())
        .setDefault(PipelineOwner.class, PipelineOwner.party(HOST))
        .setDefault(RelationshipId.class, RelationshipId.of("r-1"))
        .setDefault(JointVentureId.class, JointVentureId.of("jv-1"));
  }
}
