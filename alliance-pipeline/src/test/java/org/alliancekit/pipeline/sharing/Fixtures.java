package org.alliancekit.pipeline.sharing;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;

/** Sample values and generators for the sharing tests. */
final class Fixtures {
  static final PartnerId HOST = PartnerId.of("host");
  static final PartnerId ACME = PartnerId.of("acme");
  static final Account NORTHWIND = Account.of(AccountId.of("a-1"), "Northwind");
  static final Account CONTOSO = Account.of(AccountId.of("a-2"), "Contoso");
  static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);
  static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
  static final byte[] KEY =
      "a secret of more than sixteen bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private Fixtures() {}

  static Stage coSell(String name) {
    return StageModels.coSell().get(name);
  }

  /** An open opportunity owned by the host on Northwind, co-sold with Acme. */
  static Opportunity.Builder opportunity(String id) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(NORTHWIND)
        .name("Claims platform")
        .amount(Money.of(250_000, "EUR"))
        .stage(coSell("Qualified"))
        .created(JAN_10)
        .expectedClose(LocalDate.of(2024, 6, 30))
        .owner(HOST)
        .addInvolvements(Involvement.of(ACME, InvolvementRole.CO_SELLER))
        .origin(Origin.PARTNER_INFLUENCED);
  }

  /** A new lead from Acme on Northwind, shared with the host. */
  static Lead.Builder lead(String id) {
    return Lead.builder()
        .id(LeadId.of(id))
        .account(NORTHWIND)
        .source(ACME)
        .received(JAN_10)
        .addSharedWith(HOST);
  }

  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(PartnerId.class, ACME)
        .setDefault(AccountId.class, NORTHWIND.id())
        .setDefault(Account.class, NORTHWIND)
        .setDefault(LocalDate.class, JAN_10)
        .setDefault(OpportunityId.class, OpportunityId.of("o-1"))
        .setDefault(LeadId.class, LeadId.of("l-1"))
        .setDefault(Stage.class, coSell("Qualified"))
        .setDefault(MonetaryAmount.class, Money.of(100, "EUR"))
        .setDefault(CurrencyUnit.class, Monetary.getCurrency("EUR"))
        .setDefault(Involvement.class, Involvement.of(ACME, InvolvementRole.CO_SELLER))
        .setDefault(Opportunity.class, opportunity("o-1").build())
        .setDefault(Lead.class, lead("l-1").build())
        .setDefault(
            Pipeline.class, Pipeline.builder().owner(PipelineOwner.party(HOST)).asOf(AS_OF).build())
        .setDefault(SharingPolicy.class, SharingPolicy.full())
        .setDefault(RecordPolicy.class, RecordPolicy.full())
        .setDefault(Set.class, Set.of())
        .setDefault(byte[].class, KEY.clone());
  }

  // ---- generators ----

  static Arbitrary<RecordPolicy> recordPolicies() {
    Arbitrary<FieldTreatment> treatment = Arbitraries.of(FieldTreatment.class);
    return Combinators.combine(
            Arbitraries.of(Visibility.class), treatment, treatment, treatment, treatment, treatment)
        .as(
            (visibility, id, account, amount, contacts, name) ->
                RecordPolicy.of(visibility)
                    .with(SharedField.ID, id)
                    .with(SharedField.ACCOUNT, account)
                    .with(SharedField.AMOUNT, amount)
                    .with(SharedField.CONTACTS, contacts)
                    .with(SharedField.NAME, name));
  }

  static Arbitrary<SharingPolicy> sharingPolicies() {
    return Combinators.combine(recordPolicies(), recordPolicies()).as(SharingPolicy::of);
  }
}
