package org.alliancekit.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.alliancekit.model.Testers;
import org.junit.jupiter.api.Test;

class AccountTest {
  private static final AccountId BANK = AccountId.of("bank");

  @Test
  void buildsWithOptionalDetails() {
    Account a =
        Account.builder()
            .id(BANK)
            .name("Big Bank")
            .country(CountryCode.of("FR"))
            .industry("Banking")
            .segment("enterprise")
            .build();
    assertEquals("Banking", a.industry().orElseThrow());
    assertEquals(
        Account.of(BANK, "Big Bank"),
        a.withCountry(java.util.Optional.empty())
            .withIndustry(java.util.Optional.empty())
            .withSegment(java.util.Optional.empty()));
  }

  @Test
  void rejectsBlankIndustry() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Account.builder().id(BANK).name("Big Bank").industry(" ").build());
    assertEquals("account industry ' ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsSegmentWithControlCharacters() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Account.builder().id(BANK).name("Big Bank").segment("enter\rprise").build());
    assertEquals(
        "account segment 'enter?prise' must not contain control characters", e.getMessage());
  }

  @Test
  void rejectsNameWithControlCharacters() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Account.of(BANK, "Big\tBank"));
    assertEquals("account name 'Big?Bank' must not contain control characters", e.getMessage());
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Account.of(BANK, "Big Bank"), Account.of(BANK, "Big Bank"))
        .addEqualityGroup(Account.of(BANK, "Other Bank"))
        .addEqualityGroup(Account.of(AccountId.of("b2"), "Big Bank"))
        .testEquals();
    Testers.nullPointerTester().testAllPublicStaticMethods(Account.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(Account.of(BANK, "Big Bank"));
    Testers.nullPointerTester().testAllPublicInstanceMethods(Account.builder());
  }
}
