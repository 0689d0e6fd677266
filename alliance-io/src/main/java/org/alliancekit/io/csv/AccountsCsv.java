package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code accounts.csv}: one row per end customer account.
 *
 * <table>
 *   <caption>Columns of accounts.csv</caption>
 *   <tr><th>column</th><th>required</th><th>value</th></tr>
 *   <tr><td>account_id</td><td>yes</td><td>the account's id, unique in the file</td></tr>
 *   <tr><td>name</td><td>yes</td><td>the customer's name, kept as written</td></tr>
 *   <tr><td>country</td><td>no</td><td>ISO 3166 alpha-2 code of the customer's country</td></tr>
 *   <tr><td>industry</td><td>no</td><td>free text, such as {@code Banking}</td></tr>
 *   <tr><td>segment</td><td>no</td><td>free text, such as {@code enterprise}</td></tr>
 * </table>
 *
 * <p>Columns may come in any order; the optional ones may be left out of the header, and a blank
 * cell of one reads as unknown. An id listed again is reported as {@link
 * org.alliancekit.model.batch.ProblemKind#DUPLICATE} at the later line and that row left out. The
 * file holds every field of an {@link Account}; an industry or segment with surrounding whitespace
 * cannot be written, since the cell is read back stripped.
 *
 * <p>Rows are read as described in {@link PortfolioReader}: every good row becomes an account,
 * every bad row is reported with its line and left out. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class AccountsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "accounts.csv";

  /** Column {@code account_id}. */
  public static final String ACCOUNT_ID = "account_id";

  /** Column {@code name}. */
  public static final String NAME = "name";

  /** Column {@code country}. */
  public static final String COUNTRY = "country";

  /** Column {@code industry}. */
  public static final String INDUSTRY = "industry";

  /** Column {@code segment}. */
  public static final String SEGMENT = "segment";

  private static final Column<Account, AccountId> ID_COLUMN =
      Column.shared(Column.required(ACCOUNT_ID, Cells.ACCOUNT_ID, account -> account.id().value()));
  private static final Column<Account, String> NAME_COLUMN =
      Column.requiredText(NAME, Cells::name, Account::name);
  private static final Column<Account, CountryCode> COUNTRY_COLUMN =
      Column.optional(
          COUNTRY,
          CountryCode::parse,
          account -> account.country().map(CountryCode::alpha2).orElse(""));
  private static final Column<Account, String> INDUSTRY_COLUMN =
      Column.optional(
          INDUSTRY, Cells::name, account -> Cells.optionalText(INDUSTRY, account.industry()));
  private static final Column<Account, String> SEGMENT_COLUMN =
      Column.optional(
          SEGMENT, Cells::name, account -> Cells.optionalText(SEGMENT, account.segment()));
  private static final Columns<Account> TABLE =
      Columns.of(ID_COLUMN, NAME_COLUMN, COUNTRY_COLUMN, INDUSTRY_COLUMN, SEGMENT_COLUMN);

  /** The columns in the order they are written. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private AccountsCsv() {}

  /**
   * Reads accounts from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<Account> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads accounts from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<Account> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes the accounts, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IllegalArgumentException before anything is written, if an industry or segment has
   *     surrounding whitespace
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Account> accounts) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(accounts, "accounts");
    TABLE.write(out, accounts);
  }

  /**
   * Writes the accounts, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IllegalArgumentException before anything is written, for the reasons given at {@link
   *     #write(Writer, Iterable)}
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Account> accounts) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(accounts, "accounts");
    TABLE.write(file, accounts);
  }

  /** Turns rows into accounts, remembering the ids seen. */
  private static final class Collector extends RowCollector<Account> {
    final Map<AccountId, Long> seen = new HashMap<>();

    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<AccountId> id = row.get(ID_COLUMN);
      Optional<String> name = row.get(NAME_COLUMN);
      Optional<CountryCode> country = row.get(COUNTRY_COLUMN);
      Optional<String> industry = row.get(INDUSTRY_COLUMN);
      Optional<String> segment = row.get(SEGMENT_COLUMN);
      checkUnique(row, id, seen, ACCOUNT_ID, "account");
      if (rejected(row)) {
        return;
      }
      try {
        Account account =
            Account.builder()
                .id(id.orElseThrow())
                .name(name.orElseThrow())
                .country(country)
                .industry(industry)
                .segment(segment)
                .build();
        add(account, row.line());
        seen.put(account.id(), row.line());
      } catch (IllegalArgumentException | IllegalStateException e) {
        ruleBroken(row.line(), e);
      }
    }
  }
}
