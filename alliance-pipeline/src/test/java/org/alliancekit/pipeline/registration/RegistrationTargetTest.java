package org.alliancekit.pipeline.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.junit.jupiter.api.Test;

class RegistrationTargetTest {

  @Test
  void describesItselfForMessages() {
    assertEquals("account a-1", RegistrationTarget.account(AccountId.of("a-1")).toString());
    assertEquals(
        "opportunity o-1", RegistrationTarget.opportunity(OpportunityId.of("o-1")).toString());
  }

  @Test
  void ordersAccountsBeforeOpportunitiesThenById() {
    RegistrationTarget a2 = RegistrationTarget.account(AccountId.of("a-2"));
    RegistrationTarget a1 = RegistrationTarget.account(AccountId.of("a-1"));
    RegistrationTarget o0 = RegistrationTarget.opportunity(OpportunityId.of("0"));
    List<RegistrationTarget> targets = new ArrayList<>(List.of(o0, a2, a1));
    targets.sort(RegistrationTarget.ORDER);
    assertEquals(List.of(a1, a2, o0), targets);
  }

  @Test
  void rejectsMissingId() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new RegistrationTarget.OfAccount(null));
    assertEquals("id", e.getMessage());
  }

  @Test
  void accountAndOpportunityOfTheSameTextDiffer() {
    new EqualsTester()
        .addEqualityGroup(
            RegistrationTarget.account(AccountId.of("x")),
            new RegistrationTarget.OfAccount(AccountId.of("x")))
        .addEqualityGroup(RegistrationTarget.opportunity(OpportunityId.of("x")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(RegistrationTarget.class);
  }
}
