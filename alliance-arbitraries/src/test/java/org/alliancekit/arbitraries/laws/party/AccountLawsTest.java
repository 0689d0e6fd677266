package org.alliancekit.arbitraries.laws.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.Account;

/** Laws of {@link Account}, on generated customer accounts. */
class AccountLawsTest {
  @Property
  void builderFromCopiesEverything(@ForAll("accounts") Account account) {
    assertEquals(account, Account.builder().from(account).build());
  }

  @Provide
  Arbitrary<Account> accounts() {
    return ModelArbitraries.accounts();
  }
}
