package org.alliancekit.scoring.relationship;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Period;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;

/** Shared fixtures of the relationship tests. */
final class Fixtures {
  static final PartnerId HQ = PartnerId.of("hq");
  static final PartnerId ACME = PartnerId.of("acme");
  static final RelationshipId REL = RelationshipId.of("rel-1");

  private Fixtures() {}

  static Governance fullGovernance() {
    return Governance.builder()
        .hostSponsor("Ada Host")
        .partnerSponsor("Pat Partner")
        .hostAllianceManager("Hal Host")
        .partnerAllianceManager("Pia Partner")
        .build();
  }

  /** A fully governed sell-with alliance between hq and acme. */
  static Relationship.Builder alliance() {
    return Relationship.builder()
        .id(REL)
        .host(HQ)
        .partner(ACME)
        .motion(SellWith.of("platform", "implementation", true))
        .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
        .formality(Formality.quidProQuo(Period.ofYears(2)))
        .governance(fullGovernance())
        .start(LocalDate.of(2024, 1, 1));
  }

  static Partner company(PartnerId id, long employees) {
    return Partner.builder()
        .id(id)
        .name("Company " + id)
        .addKinds(PartnerKind.ISV)
        .size(CompanySize.of(employees))
        .build();
  }

  static AccountId account(String id) {
    return AccountId.of(id);
  }

  static OpportunityId opportunity(String id) {
    return OpportunityId.of(id);
  }

  static MonetaryAmount eur(long amount) {
    return Money.of(amount, "EUR");
  }

  /** A tester that knows a sample of every type these tests pass around. */
  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(PartnerId.class, HQ)
        .setDefault(AccountId.class, account("a"))
        .setDefault(RelationshipId.class, REL)
        .setDefault(OpportunityId.class, opportunity("o"))
        .setDefault(RegistrationId.class, RegistrationId.of("reg"))
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(CurrencyUnit.class, Monetary.getCurrency("EUR"))
        .setDefault(MonetaryAmount.class, eur(1))
        .setDefault(Relationship.class, alliance().build())
        .setDefault(Partner.class, company(HQ, 100))
        .setDefault(RelationshipBehaviour.class, RelationshipBehaviour.builder().build())
        .setDefault(LocalDate.class, LocalDate.of(2026, 3, 31))
        .setDefault(MotionEvidence.class, MotionEvidence.none())
        .setDefault(
            MotionObservation.class,
            MotionObserver.standard().classify(alliance().build(), MotionEvidence.none()));
  }
}
