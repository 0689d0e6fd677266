package org.alliancekit.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Property
  void builderFromCopiesEverything(@ForAll("accounts") Account account) {
    assertEquals(account, Account.builder().from(account).build());
  }

  @Provide
  Arbitrary<Account> accounts() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30),
            Arbitraries.of("GB", "DE", "US", "JP").optional(),
            Arbitraries.of("Banking", "Retail").optional())
        .as(
            (id, name, country, industry) ->
                Account.builder()
                    .id(AccountId.of(id))
                    .name(name)
                    .country(country.map(CountryCode::of))
                    .industry(industry)
                    .build());
  }
}
