package org.alliancekit.pipeline.mapping;

import static org.alliancekit.pipeline.mapping.Fixtures.ACME;
import static org.alliancekit.pipeline.mapping.Fixtures.EUR;
import static org.alliancekit.pipeline.mapping.Fixtures.GLOBEX;
import static org.alliancekit.pipeline.mapping.Fixtures.SECRET;
import static org.alliancekit.pipeline.mapping.Fixtures.account;
import static org.alliancekit.pipeline.mapping.Fixtures.entry;
import static org.alliancekit.pipeline.mapping.Fixtures.opportunity;
import static org.alliancekit.pipeline.mapping.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AccountMappingTest {
  private static final AccountMapping PLAIN = AccountMapping.using(MatchKeyProducer.plain());

  // Globex (left):
  //   g1 Northwind Traders  CUSTOMER  northwind.com   n1 open EUR 100, n2 won EUR 50
  //   g2 Contoso Ltd        PROSPECT                  c1 open EUR 200
  //   g3 Fabrikam           CUSTOMER
  //   g4 Tailspin Toys      PROSPECT                  t1 open EUR 70
  //   g5 NORTHWIND TRADERS INC  PROSPECT (a duplicate of g1 by name)  n3 open USD 30
  // Acme (right):
  //   a1 Northwind          CUSTOMER  https://www.Northwind.com/contact  x1 open EUR 80
  //   a2 Contoso Limited    CUSTOMER                  x2 open GBP 10, x3 lost GBP 99
  //   a3 Fabrikam, Inc.     PROSPECT
  //   a4 Litware            CUSTOMER                  x4 open EUR 5
  private static final AccountBook LEFT =
      AccountBook.of(
          GLOBEX,
          List.of(
              entry(
                  "g1",
                  "Northwind Traders",
                  AccountStatus.CUSTOMER,
                  Optional.of("northwind.com"),
                  open("n1", "g1", "Northwind Traders", Money.of(100, "EUR")),
                  opportunity(
                      "n2", account("g1", "Northwind Traders"), Money.of(50, "EUR"), false)),
              entry(
                  "g2",
                  "Contoso Ltd",
                  AccountStatus.PROSPECT,
                  Optional.empty(),
                  open("c1", "g2", "Contoso Ltd", Money.of(200, "EUR"))),
              entry("g3", "Fabrikam", AccountStatus.CUSTOMER, Optional.empty()),
              entry(
                  "g4",
                  "Tailspin Toys",
                  AccountStatus.PROSPECT,
                  Optional.empty(),
                  open("t1", "g4", "Tailspin Toys", Money.of(70, "EUR"))),
              entry(
                  "g5",
                  "NORTHWIND TRADERS INC",
                  AccountStatus.PROSPECT,
                  Optional.empty(),
                  open("n3", "g5", "NORTHWIND TRADERS INC", Money.of(30, "USD")))));
  private static final AccountBook RIGHT =
      AccountBook.of(
          ACME,
          List.of(
              entry(
                  "a1",
                  "Northwind",
                  AccountStatus.CUSTOMER,
                  Optional.of("https://www.Northwind.com/contact"),
                  open("x1", "a1", "Northwind", Money.of(80, "EUR"))),
              entry(
                  "a2",
                  "Contoso Limited",
                  AccountStatus.CUSTOMER,
                  Optional.empty(),
                  open("x2", "a2", "Contoso Limited", Money.of(10, "GBP")),
                  opportunity("x3", account("a2", "Contoso Limited"), Money.of(99, "GBP"), false)
                      .withStage(StageModels.coSell().get("Closed Lost"))),
              entry("a3", "Fabrikam, Inc.", AccountStatus.PROSPECT, Optional.empty()),
              entry(
                  "a4",
                  "Litware",
                  AccountStatus.CUSTOMER,
                  Optional.empty(),
                  open("x4", "a4", "Litware", Money.of(5, "EUR")))));

  private static Opportunity open(String id, String accountId, String name, Money amount) {
    return opportunity(id, account(accountId, name), amount, true);
  }

  private static ImmutableList<AccountId> accounts(String... ids) {
    return java.util.Arrays.stream(ids).map(AccountId::of).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<OpportunityId> opportunities(String... ids) {
    return java.util.Arrays.stream(ids)
        .map(OpportunityId::of)
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void mapsTheHandBuiltBooks() {
    AccountMap map = PLAIN.map(LEFT, RIGHT);
    assertEquals(
        List.of(
            // g1 and a1 share the domain northwind.com; g5 shares g1's name "northwind traders".
            // g1 is a customer, so globex counts as a customer of the group.
            AccountMatch.builder()
                .cell(MappingCell.CUSTOMER_OF_BOTH)
                .left(accounts("g1", "g5"))
                .right(accounts("a1"))
                .leftOpen(opportunities("n1", "n3"))
                .rightOpen(opportunities("x1"))
                .leftOpenValue(value(Money.of(100, "EUR"), Money.of(30, "USD")))
                .rightOpenValue(value(Money.of(80, "EUR")))
                .build(),
            // "Fabrikam" and "Fabrikam, Inc." both normalise to "fabrikam".
            AccountMatch.builder()
                .cell(MappingCell.CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT)
                .left(accounts("g3"))
                .right(accounts("a3"))
                .build(),
            // "Contoso Ltd" and "Contoso Limited" both normalise to "contoso"; x3 is lost.
            AccountMatch.builder()
                .cell(MappingCell.PROSPECT_OF_LEFT_CUSTOMER_OF_RIGHT)
                .left(accounts("g2"))
                .right(accounts("a2"))
                .leftOpen(opportunities("c1"))
                .rightOpen(opportunities("x2"))
                .leftOpenValue(value(Money.of(200, "EUR")))
                .rightOpenValue(value(Money.of(10, "GBP")))
                .build(),
            AccountMatch.builder()
                .cell(MappingCell.LEFT_ONLY)
                .left(accounts("g4"))
                .leftOpen(opportunities("t1"))
                .leftOpenValue(value(Money.of(70, "EUR")))
                .build(),
            AccountMatch.builder()
                .cell(MappingCell.RIGHT_ONLY)
                .right(accounts("a4"))
                .rightOpen(opportunities("x4"))
                .rightOpenValue(value(Money.of(5, "EUR")))
                .build()),
        map.matches());
    CellSummary both = map.cell(MappingCell.CUSTOMER_OF_BOTH);
    assertEquals(1, both.matches());
    assertEquals(2, both.leftAccounts());
    assertEquals(1, both.rightAccounts());
    assertEquals(2, both.leftOpenOpportunities());
    assertEquals(value(Money.of(100, "EUR"), Money.of(30, "USD")), both.leftOpenValue());
    assertEquals(0, map.cell(MappingCell.PROSPECT_OF_BOTH).matches());
    assertEquals(ImmutableMap.of(), map.cell(MappingCell.PROSPECT_OF_BOTH).leftOpenValue());
    assertEquals(List.of(MappingCell.values()), ImmutableList.copyOf(map.cells().keySet()));
  }

  @Test
  void swappingTheBooksMirrorsTheMap() {
    AccountMap swapped = PLAIN.map(RIGHT, LEFT);
    assertEquals(PLAIN.map(LEFT, RIGHT).mirror(), swapped);
    assertEquals(
        accounts("g2"),
        swapped.matches(MappingCell.CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT).get(0).right());
  }

  @Test
  void keyedKeysMatchTheSameAccountsAsPlainKeys() {
    AccountMapping keyed = AccountMapping.using(MatchKeyProducer.hmacSha256(SECRET));
    assertEquals(PLAIN.map(LEFT, RIGHT), keyed.map(LEFT, RIGHT));
  }

  @Test
  void exchangingOnlyKeysRevealsOnlyTheOverlap() {
    MatchKeyProducer producer = MatchKeyProducer.hmacSha256(SECRET);
    AccountKeys globexKeys = producer.keysOf(LEFT);
    AccountKeys acmeKeys = producer.keysOf(RIGHT);
    // The keys carry no names.
    assertFalse(globexKeys.toString().toLowerCase(java.util.Locale.ROOT).contains("northwind"));
    // Globex keeps g1 (domain shared with a1), g5 (same name as g1), g2 and g3; not g4.
    AccountBook globexShared = producer.overlapping(LEFT, acmeKeys.keys());
    assertEquals(
        accounts("g1", "g2", "g3", "g5"),
        globexShared.entries().stream()
            .map(e -> e.account().id())
            .collect(ImmutableList.toImmutableList()));
    AccountBook acmeShared = producer.overlapping(RIGHT, globexKeys.keys());
    assertEquals(
        accounts("a1", "a2", "a3"),
        acmeShared.entries().stream()
            .map(e -> e.account().id())
            .collect(ImmutableList.toImmutableList()));
    AccountMap reduced = AccountMapping.using(producer).map(globexShared, acmeShared);
    AccountMap full = PLAIN.map(LEFT, RIGHT);
    assertEquals(
        full.matches().stream().filter(m -> m.cell().isShared()).toList(), reduced.matches());
    // Common keys: domain:northwind.com, name:contoso and name:fabrikam, keyed.
    assertEquals(3, globexKeys.commonWith(acmeKeys).size());
    assertEquals(globexKeys.commonWith(acmeKeys), acmeKeys.commonWith(globexKeys));
  }

  @Test
  void rejectsBooksOfTheSameParty() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PLAIN.map(LEFT, LEFT));
    assertEquals("account mapping needs two different parties, got globex twice", e.getMessage());
  }

  @Test
  void emptyBooksGiveAnEmptyMap() {
    AccountMap map = PLAIN.map(AccountBook.of(GLOBEX, List.of()), AccountBook.of(ACME, List.of()));
    assertTrue(map.matches().isEmpty());
    assertEquals(0, map.cell(MappingCell.LEFT_ONLY).leftAccounts());
  }

  @Test
  void toStringNamesTheProducerButNoKey() {
    assertEquals("AccountMapping{MatchKeyProducer{plain}}", PLAIN.toString());
    assertEquals(
        "AccountMapping{MatchKeyProducer{HMAC-SHA256}}",
        AccountMapping.using(MatchKeyProducer.hmacSha256(SECRET)).toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(AccountMapping.class);
    tester.testAllPublicInstanceMethods(PLAIN);
  }

  // ---- laws ----

  /** Overlap is symmetric: swapping the books gives the mirrored map. */
  @Property(tries = 300)
  void mappingIsSymmetric(
      @ForAll("globexBooks") AccountBook left, @ForAll("acmeBooks") AccountBook right) {
    assertEquals(PLAIN.map(left, right).mirror(), PLAIN.map(right, left));
  }

  /**
   * Every account lands in exactly one match, and the cells add up to each book's totals: no
   * account and no open opportunity is counted twice or lost.
   */
  @Property(tries = 300)
  void cellsPartitionTheBooks(
      @ForAll("globexBooks") AccountBook left, @ForAll("acmeBooks") AccountBook right) {
    AccountMap map = PLAIN.map(left, right);
    assertEquals(
        left.entries().stream().map(e -> e.account().id()).sorted().toList(),
        map.matches().stream().flatMap(m -> m.left().stream()).sorted().toList());
    assertEquals(
        right.entries().stream().map(e -> e.account().id()).sorted().toList(),
        map.matches().stream().flatMap(m -> m.right().stream()).sorted().toList());
    assertTotals(left, map, true);
    assertTotals(right, map, false);
  }

  private static void assertTotals(AccountBook book, AccountMap map, boolean left) {
    Map<CurrencyUnit, BigDecimal> expected = new HashMap<>();
    int open = 0;
    for (AccountEntry entry : book.entries()) {
      for (Opportunity o : entry.opportunities()) {
        if (o.outcome() == Outcome.OPEN) {
          open++;
          expected.merge(o.currency(), Fixtures.number(o.amount()), BigDecimal::add);
        }
      }
    }
    Map<CurrencyUnit, BigDecimal> actual = new HashMap<>();
    int actualOpen = 0;
    int accounts = 0;
    for (CellSummary cell : map.cells().values()) {
      actualOpen += left ? cell.leftOpenOpportunities() : cell.rightOpenOpportunities();
      accounts += left ? cell.leftAccounts() : cell.rightAccounts();
      (left ? cell.leftOpenValue() : cell.rightOpenValue())
          .values()
          .forEach(a -> actual.merge(a.getCurrency(), Fixtures.number(a), BigDecimal::add));
    }
    assertEquals(open, actualOpen);
    assertEquals(book.entries().size(), accounts);
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((c, sum) -> assertEquals(0, sum.compareTo(actual.get(c)), c.toString()));
  }

  /** Mapping only what overlaps on keys gives exactly the shared cells of the full mapping. */
  @Property(tries = 300)
  void keyExchangeLosesNothingOfTheOverlap(
      @ForAll("globexBooks") AccountBook left, @ForAll("acmeBooks") AccountBook right) {
    MatchKeyProducer producer = MatchKeyProducer.hmacSha256(SECRET);
    AccountBook leftShared = producer.overlapping(left, producer.keysOf(right).keys());
    AccountBook rightShared = producer.overlapping(right, producer.keysOf(left).keys());
    AccountMap reduced = AccountMapping.using(producer).map(leftShared, rightShared);
    AccountMap full = PLAIN.map(left, right);
    assertEquals(
        full.matches().stream().filter(m -> m.cell().isShared()).toList(), reduced.matches());
  }

  /**
   * The matches come in the map's order (by cell, then left accounts, then right accounts, each
   * list compared element by element), and a map built from them in any other order is the same.
   */
  @Property(tries = 300)
  void matchesAreInTheMapsOrder(
      @ForAll("globexBooks") AccountBook left, @ForAll("acmeBooks") AccountBook right) {
    Comparator<Iterable<AccountId>> accounts =
        Comparators.lexicographical(Comparator.<AccountId>naturalOrder());
    Comparator<AccountMatch> order =
        Comparator.comparing(AccountMatch::cell)
            .thenComparing(AccountMatch::left, accounts)
            .thenComparing(AccountMatch::right, accounts);
    for (MatchKeyProducer producer :
        List.of(MatchKeyProducer.plain(), MatchKeyProducer.hmacSha256(SECRET))) {
      AccountMap map = AccountMapping.using(producer).map(left, right);
      assertTrue(Comparators.isInStrictOrder(map.matches(), order), map.matches().toString());
      assertEquals(
          map,
          AccountMap.builder()
              .leftParty(map.leftParty())
              .rightParty(map.rightParty())
              .matches(map.matches().reverse())
              .build());
    }
  }

  /** Keyed keys match exactly the accounts plain keys match. */
  @Property(tries = 300)
  void keyedMappingIsThePlainMapping(
      @ForAll("globexBooks") AccountBook left, @ForAll("acmeBooks") AccountBook right) {
    assertEquals(
        PLAIN.map(left, right),
        AccountMapping.using(MatchKeyProducer.hmacSha256(SECRET)).map(left, right));
  }

  @Provide
  Arbitrary<AccountBook> globexBooks() {
    return Fixtures.books(GLOBEX, "g");
  }

  @Provide
  Arbitrary<AccountBook> acmeBooks() {
    return Fixtures.books(ACME, "a");
  }

  @Test
  void valuesAreExactSums() {
    // 0.10 + 0.20 EUR on one account: exactly 0.30, no binary floating point.
    AccountBook left =
        AccountBook.of(
            GLOBEX,
            List.of(
                entry(
                    "g1",
                    "Northwind",
                    AccountStatus.CUSTOMER,
                    Optional.empty(),
                    open("n1", "g1", "Northwind", Money.of(new BigDecimal("0.10"), "EUR")),
                    open("n2", "g1", "Northwind", Money.of(new BigDecimal("0.20"), "EUR")))));
    AccountBook right =
        AccountBook.of(
            ACME, List.of(entry("a1", "Northwind", AccountStatus.PROSPECT, Optional.empty())));
    CellSummary cell = PLAIN.map(left, right).cell(MappingCell.CUSTOMER_OF_LEFT_PROSPECT_OF_RIGHT);
    assertEquals(
        0, new BigDecimal("0.30").compareTo(Fixtures.number(cell.leftOpenValue().get(EUR))));
  }
}
