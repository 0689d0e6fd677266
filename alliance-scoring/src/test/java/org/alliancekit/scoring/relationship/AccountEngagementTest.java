package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.alliancekit.scoring.relationship.Fixtures.account;
import static org.alliancekit.scoring.relationship.Fixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class AccountEngagementTest {

  @Test
  void holdsAccountPartyKindAndOptionalOpportunity() {
    AccountEngagement engagement =
        AccountEngagement.of(account("globex"), HQ, EngagementKind.DIRECT)
            .withOpportunity(opportunity("opp-7"));
    assertEquals(account("globex"), engagement.account());
    assertEquals(HQ, engagement.party());
    assertEquals(EngagementKind.DIRECT, engagement.kind());
    assertEquals(Optional.of(opportunity("opp-7")), engagement.opportunity());
  }

  @Test
  void missingKindIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AccountEngagement.builder().account(account("a")).party(HQ).build());
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    AccountEngagement direct = AccountEngagement.of(account("a"), HQ, EngagementKind.DIRECT);
    new EqualsTester()
        .addEqualityGroup(
            direct,
            AccountEngagement.builder()
                .account(account("a"))
                .party(HQ)
                .kind(EngagementKind.DIRECT)
                .build())
        .addEqualityGroup(AccountEngagement.of(account("b"), HQ, EngagementKind.DIRECT))
        .addEqualityGroup(AccountEngagement.of(account("a"), ACME, EngagementKind.DIRECT))
        .addEqualityGroup(AccountEngagement.of(account("a"), HQ, EngagementKind.PARTNER))
        .addEqualityGroup(direct.withOpportunity(opportunity("o")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(AccountEngagement.class);
    tester.testAllPublicInstanceMethods(
        AccountEngagement.of(account("a"), HQ, EngagementKind.DIRECT));
    tester.testAllPublicInstanceMethods(AccountEngagement.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("engagements") AccountEngagement engagement) {
    assertEquals(engagement, AccountEngagement.builder().from(engagement).build());
  }

  @Property
  void withKindRoundTrips(@ForAll("engagements") AccountEngagement engagement) {
    EngagementKind other =
        engagement.kind() == EngagementKind.DIRECT ? EngagementKind.PARTNER : EngagementKind.DIRECT;
    AccountEngagement changed = engagement.withKind(other);
    assertEquals(other, changed.kind());
    assertEquals(engagement, changed.withKind(engagement.kind()));
  }

  @Provide
  static Arbitrary<AccountEngagement> engagements() {
    return Combinators.combine(
            Arbitraries.of("a1", "a2", "a3").map(Fixtures::account),
            Arbitraries.of("hq", "acme", "globex").map(PartnerId::of),
            Arbitraries.of(EngagementKind.class),
            Arbitraries.of("o1", "o2", "o3", "o4").map(Fixtures::opportunity).optional())
        .as(
            (account, party, kind, opportunity) ->
                AccountEngagement.of(account, party, kind).withOpportunity(opportunity));
  }
}
