package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsCsvTest {
  private static final String FILE = "accounts.csv";
  private static final String HEADER = "account_id,name,country,industry,segment\n";

  private static final Account BANK =
      Account.builder()
          .id(AccountId.of("a1"))
          .name("Northwind Bank")
          .country(CountryCode.of("DE"))
          .industry("Banking")
          .segment("enterprise")
          .build();

  private static ReadResult<Account> read(String text) {
    return AccountsCsv.read(new StringReader(text), FILE);
  }

  @Test
  void readsGoodRows() {
    ReadResult<Account> result =
        read(HEADER + "a1,Northwind Bank,de,Banking,enterprise\n" + "a2, Contoso ,,,\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        ImmutableList.of(BANK, Account.of(AccountId.of("a2"), " Contoso ")), result.values());
    assertEquals(ImmutableList.of(2L, 3L), result.lines());
  }

  @Test
  void readsTheRequiredColumnsAloneInAnyOrderAndCase() {
    ReadResult<Account> result = read("Name,ACCOUNT_ID\nNorthwind Bank,a1\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        ImmutableList.of(Account.of(AccountId.of("a1"), "Northwind Bank")), result.values());
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<Account> result =
        read(
            HEADER
                + "a1,Northwind Bank,DE,Banking,enterprise\n" // 2
                + "a2,,DE,,\n" // 3
                + "a3,Contoso,Germany,,\n" // 4
                + ",Fabrikam,,,\n" // 5
                + "a1,Northwind Again,,,\n" // 6
                + "a4,Tailspin,,\"Air\u0007line\",\n" // 7
                + "a5,Wingtip,,,smb\n"); // 8
    assertProblems(
        result,
        at(FILE, 3, "name", ProblemKind.MISSING_VALUE),
        at(FILE, 4, "country", ProblemKind.INVALID_VALUE),
        at(FILE, 5, "account_id", ProblemKind.MISSING_VALUE),
        at(FILE, 6, "account_id", ProblemKind.DUPLICATE),
        at(FILE, 7, "industry", ProblemKind.INVALID_VALUE));
    assertEquals(ImmutableList.of(2L, 8L), result.lines());
    assertEquals(
        "account a1 is already listed on line 2", problemAt(result, 6, "account_id").message());
  }

  @Test
  void roundTripsEveryField(@TempDir Path dir) throws IOException {
    ImmutableList<Account> accounts =
        ImmutableList.of(
            BANK,
            Account.of(AccountId.of("a2"), " Contoso, \"the\" one "),
            Account.builder().id(AccountId.of("a3")).name("=Formula").segment("smb").build());
    StringWriter out = new StringWriter();
    AccountsCsv.write(out, accounts);
    ReadResult<Account> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(accounts, back.values());
    Path file = dir.resolve(AccountsCsv.FILE_NAME);
    AccountsCsv.write(file, accounts);
    assertEquals(accounts, AccountsCsv.read(file).values());
  }

  @Test
  void refusesTextTheCellCannotGiveBack() {
    assertEquals(
        "industry value ' Banking' cannot be written: surrounding whitespace is not kept",
        Refusals.refusal(
            out -> AccountsCsv.write(out, ImmutableList.of(BANK, BANK.withIndustry(" Banking")))));
  }

  @Test
  void reportsAMissingFile(@TempDir Path dir) {
    ReadResult<Account> result = AccountsCsv.read(dir.resolve(AccountsCsv.FILE_NAME));
    assertProblems(result, at(FILE, 0, "", ProblemKind.UNREADABLE_FILE));
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(AccountsCsv.class);
  }
}
