package org.alliancekit.io.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;

/**
 * The accounts the rows of one read name, by the text of their id, one object per id and name: the
 * many opportunities and leads of one account share it. A row whose account id was met before finds
 * the account, and with it the id, in one look-up. Confined to one read.
 */
final class SharedAccounts {
  private final Map<String, Account> byIdText = new HashMap<>();
  // The account id() found last: of() for the same row's id then needs no second look-up.
  private Account found;

  /**
   * The id of the account a row names in {@code column}: the id of the account met before with the
   * same text, else the cell read as the column says (a problem is recorded on the row).
   */
  Optional<AccountId> id(Row row, Column<?, AccountId> column) {
    Account known = byIdText.get(row.stripped(column.name()));
    found = known;
    return known != null ? Optional.of(known.id()) : row.get(column);
  }

  /** The account with this id and name; the same object for every row that gives both. */
  Account of(AccountId id, String name) {
    Account known = found != null && found.id() == id ? found : byIdText.get(id.value());
    if (known != null && known.name().equals(name)) {
      return known;
    }
    Account account = Account.of(id, name);
    if (known == null) {
      byIdText.put(id.value(), account);
    }
    return account;
  }
}
