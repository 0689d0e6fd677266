package org.alliancekit.pipeline.mapping;

import static org.alliancekit.pipeline.mapping.Fixtures.GLOBEX;
import static org.alliancekit.pipeline.mapping.Fixtures.account;
import static org.alliancekit.pipeline.mapping.Fixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.pipeline.Opportunity;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AccountBookTest {
  private static final AccountEntry NORTHWIND =
      AccountEntry.of(account("a-1", "Northwind"), AccountStatus.CUSTOMER);

  @Test
  void rejectsAccountListedTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AccountBook.of(
                    GLOBEX, List.of(NORTHWIND, NORTHWIND.withStatus(AccountStatus.PROSPECT))));
    assertEquals("account a-1 is listed twice in the book of globex", e.getMessage());
  }

  @Test
  void rejectsOpportunityUnderTwoAccounts() {
    Account contoso = account("a-2", "Contoso");
    Opportunity onNorthwind = opportunity("o-1", NORTHWIND.account(), Money.of(1, "EUR"), true);
    Opportunity sameIdOnContoso = opportunity("o-1", contoso, Money.of(1, "EUR"), true);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AccountBook.of(
                    GLOBEX,
                    List.of(
                        NORTHWIND.withOpportunities(onNorthwind),
                        AccountEntry.of(contoso, AccountStatus.PROSPECT)
                            .withOpportunities(sameIdOnContoso))));
    assertEquals(
        "opportunity o-1 is listed twice in the book of globex, under accounts a-1 and a-2",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            AccountBook.of(GLOBEX, List.of(NORTHWIND)), AccountBook.of(GLOBEX, List.of(NORTHWIND)))
        .addEqualityGroup(AccountBook.of(GLOBEX, List.of()))
        .addEqualityGroup(AccountBook.of(Fixtures.ACME, List.of(NORTHWIND)))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(AccountBook.class);
    tester.testAllPublicInstanceMethods(AccountBook.of(GLOBEX, List.of(NORTHWIND)));
    tester.testAllPublicInstanceMethods(AccountBook.builder());
  }

  @Property(tries = 100)
  void copyThroughBuilderFromIsEqual(@ForAll("books") AccountBook book) {
    assertEquals(book, AccountBook.builder().from(book).build());
  }

  @Property(tries = 100)
  void withPartyRoundTrips(@ForAll("books") AccountBook book) {
    AccountBook other = book.withParty(Fixtures.ACME);
    assertEquals(Fixtures.ACME, other.party());
    assertEquals(book, other.withParty(book.party()));
  }

  @Provide
  Arbitrary<AccountBook> books() {
    return Fixtures.books(GLOBEX, "g");
  }
}
