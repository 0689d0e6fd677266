package org.alliancekit.pipeline.registration;

import static org.alliancekit.pipeline.registration.Fixtures.A1;
import static org.alliancekit.pipeline.registration.Fixtures.AS_OF;
import static org.alliancekit.pipeline.registration.Fixtures.O1;
import static org.alliancekit.pipeline.registration.Fixtures.pending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class RegistrationClaimTest {
  private static final Opportunity OPPORTUNITY =
      Opportunity.builder()
          .id(OpportunityId.of("o-1"))
          .account(Account.of(AccountId.of("a-1"), "Northwind"))
          .name("Claims platform")
          .amount(Money.of(1, "EUR"))
          .stage(StageModels.coSell().get("Qualified"))
          .created(LocalDate.of(2024, 1, 10))
          .expectedClose(LocalDate.of(2024, 6, 30))
          .owner(PartnerId.of("host"))
          .build();

  @Test
  void exposesPartyAndSubmissionOfItsRegistration() {
    RegistrationClaim claim = pending(O1, "acme", AS_OF);
    assertEquals(PartnerId.of("acme"), claim.party());
    assertEquals(AS_OF, claim.submitted());
  }

  @Test
  void claimsFromAnOpportunityTargetItOrItsAccount() {
    DealRegistration registration = DealRegistration.pending(PartnerId.of("acme"), AS_OF);
    Opportunity registered = OPPORTUNITY.withRegistration(registration);
    assertEquals(
        Optional.of(RegistrationClaim.of(O1, registration)),
        RegistrationClaim.onOpportunity(registered));
    assertEquals(
        Optional.of(RegistrationClaim.of(A1, registration)),
        RegistrationClaim.onAccountOf(registered));
    assertTrue(RegistrationClaim.onOpportunity(OPPORTUNITY).isEmpty());
    assertTrue(RegistrationClaim.onAccountOf(OPPORTUNITY).isEmpty());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(pending(O1, "acme", AS_OF), pending(O1, "acme", AS_OF))
        .addEqualityGroup(pending(A1, "acme", AS_OF))
        .addEqualityGroup(pending(O1, "globex", AS_OF))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester().setDefault(Opportunity.class, OPPORTUNITY);
    tester.testAllPublicStaticMethods(RegistrationClaim.class);
    tester.testAllPublicInstanceMethods(pending(O1, "acme", AS_OF));
    tester.testAllPublicInstanceMethods(RegistrationClaim.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("claims") RegistrationClaim claim) {
    assertEquals(claim, RegistrationClaim.builder().from(claim).build());
  }

  @Property
  void withTargetRoundTrips(@ForAll("claims") RegistrationClaim claim) {
    RegistrationClaim other = claim.withTarget(A1);
    assertEquals(A1, other.target());
    assertEquals(claim, other.withTarget(claim.target()));
  }

  @Provide
  Arbitrary<RegistrationClaim> claims() {
    return Fixtures.claims();
  }
}
