package org.alliancekit.pipeline.mapping;

import static org.alliancekit.pipeline.mapping.Fixtures.account;
import static org.alliancekit.pipeline.mapping.Fixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.Account;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AccountEntryTest {
  private static final Account NORTHWIND = account("a-1", "Northwind");

  @Test
  void ofHasNoDomainOrOpportunities() {
    AccountEntry entry = AccountEntry.of(NORTHWIND, AccountStatus.PROSPECT);
    assertEquals(Optional.empty(), entry.domain());
    assertEquals(0, entry.opportunities().size());
  }

  @Test
  void rejectsOpportunityOnAnotherAccount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AccountEntry.builder()
                    .account(NORTHWIND)
                    .status(AccountStatus.CUSTOMER)
                    .addOpportunities(
                        opportunity("o-1", account("a-2", "Contoso"), Money.of(1, "EUR"), true))
                    .build());
    assertEquals(
        "opportunity o-1 is on account a-2, not on account a-1 it is listed under", e.getMessage());
  }

  @Test
  void rejectsDomainWithoutHostName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AccountEntry.builder()
                    .account(NORTHWIND)
                    .status(AccountStatus.CUSTOMER)
                    .domain("http:// ")
                    .build());
    assertEquals("domain 'http:// ' has no host name", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            AccountEntry.of(NORTHWIND, AccountStatus.CUSTOMER),
            AccountEntry.of(NORTHWIND, AccountStatus.CUSTOMER))
        .addEqualityGroup(AccountEntry.of(NORTHWIND, AccountStatus.PROSPECT))
        .addEqualityGroup(
            AccountEntry.of(NORTHWIND, AccountStatus.CUSTOMER).withDomain("northwind.com"))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(AccountEntry.class);
    tester.testAllPublicInstanceMethods(AccountEntry.of(NORTHWIND, AccountStatus.CUSTOMER));
    tester.testAllPublicInstanceMethods(AccountEntry.builder());
  }

  @Property(tries = 100)
  void copyThroughBuilderFromIsEqual(@ForAll("entries") AccountEntry entry) {
    assertEquals(entry, AccountEntry.builder().from(entry).build());
  }

  @Property(tries = 100)
  void withStatusRoundTrips(@ForAll("entries") AccountEntry entry) {
    AccountEntry prospect = entry.withStatus(AccountStatus.PROSPECT);
    assertEquals(AccountStatus.PROSPECT, prospect.status());
    assertEquals(entry, prospect.withStatus(entry.status()));
  }

  @Provide
  Arbitrary<AccountEntry> entries() {
    return Fixtures.books(Fixtures.GLOBEX, "g")
        .filter(book -> !book.entries().isEmpty())
        .map(book -> book.entries().get(0));
  }
}
