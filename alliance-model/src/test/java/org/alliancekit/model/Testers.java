package org.alliancekit.model;

import com.google.common.testing.NullPointerTester;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;
import org.javamoney.moneta.Money;

/** Shared test fixtures for the model's value types. */
public final class Testers {
  private Testers() {}

  /** A {@link NullPointerTester} that knows a sample of every model id and of money types. */
  public static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(PartnerId.class, PartnerId.of("p"))
        .setDefault(AccountId.class, AccountId.of("a"))
        .setDefault(RelationshipId.class, RelationshipId.of("r"))
        .setDefault(JointVentureId.class, JointVentureId.of("jv"))
        .setDefault(NetworkId.class, NetworkId.of("n"))
        .setDefault(AssessmentId.class, AssessmentId.of("as"))
        .setDefault(OpportunityId.class, OpportunityId.of("o"))
        .setDefault(LeadId.class, LeadId.of("l"))
        .setDefault(CountryCode.class, CountryCode.of("GB"))
        .setDefault(CurrencyUnit.class, Monetary.getCurrency("EUR"))
        .setDefault(MonetaryAmount.class, Money.of(1, "EUR"));
  }
}
