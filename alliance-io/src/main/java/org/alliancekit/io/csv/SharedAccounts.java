package org.alliancekit.io.csv;

import java.util.HashMap;
import java.util.Map;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;

/**
 * The accounts the rows of one file name, one object per id and name: the many opportunities or
 * leads of one account share it. Confined to the reading of one file.
 */
final class SharedAccounts {
  private final Map<AccountId, Account> byId = new HashMap<>();

  /** The account with this id and name; the same object for every row that gives both. */
  Account of(AccountId id, String name) {
    Account known = byId.get(id);
    if (known != null && known.name().equals(name)) {
      return known;
    }
    Account account = Account.of(id, name);
    if (known == null) {
      byId.put(id, account);
    }
    return account;
  }
}
