package org.alliancekit.pipeline.mapping;

import static org.alliancekit.pipeline.mapping.Fixtures.SECRET;
import static org.alliancekit.pipeline.mapping.Fixtures.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeyProducerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Northwind Traders, Inc.  | northwind traders",
        "NORTHWIND TRADERS LTD    | northwind traders",
        "Société Générale S.A.    | societe generale",
        "The Boots Company PLC    | boots",
        "AT&T Inc.                | at and t",
        "Müller GmbH & Co. KG     | muller gmbh and",
        "Ltd                      | ltd",
        "The                      | the",
        "!!!                      | !!!",
      })
  void normalisesCompanyNames(String name, String expected) {
    assertEquals(expected, MatchKeyProducer.normalizeName(name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.Northwind.com/about | northwind.com",
        "sales@northwind.com             | northwind.com",
        "northwind.com.                  | northwind.com",
        "http://northwind.com:8080/x?y=1 | northwind.com",
        "WWW.NORTHWIND.CO.UK             | northwind.co.uk",
      })
  void normalisesDomains(String domain, String expected) {
    assertEquals(expected, MatchKeyProducer.normalizeDomain(domain));
  }

  @Test
  void rejectsDomainWithoutHostName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MatchKeyProducer.normalizeDomain("https://"));
    assertEquals("domain 'https://' has no host name", e.getMessage());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MatchKeyProducer.normalizeName(" "));
    assertEquals("account name ' ' must not be blank", e.getMessage());
  }

  @Test
  void plainKeysAreTaggedNormalisedText() {
    AccountEntry entry =
        AccountEntry.builder()
            .account(account("a-1", "Northwind Traders Ltd"))
            .status(AccountStatus.CUSTOMER)
            .domain("www.northwind.com")
            .build();
    assertEquals(
        ImmutableSet.of(MatchKey.of("name:northwind traders"), MatchKey.of("domain:northwind.com")),
        MatchKeyProducer.plain().keysOf(entry));
    assertEquals(
        ImmutableSet.of(MatchKey.of("name:contoso")),
        MatchKeyProducer.plain()
            .keysOf(AccountEntry.of(account("a-2", "Contoso"), AccountStatus.PROSPECT)));
  }

  @Test
  void keyedKeysAreHmacsOfThePlainKeys() {
    AccountEntry entry = AccountEntry.of(account("a-1", "Contoso Ltd"), AccountStatus.CUSTOMER);
    String expected =
        Hashing.hmacSha256(SECRET).hashString("name:contoso", StandardCharsets.UTF_8).toString();
    assertEquals(
        ImmutableSet.of(MatchKey.of(expected)), MatchKeyProducer.hmacSha256(SECRET).keysOf(entry));
  }

  @Test
  void keyedKeysOfABookAreTheHmacsOfItsAccountsInKeyOrderEachOnce() {
    // Two records of the same company (one key), one with a domain (two keys): three keys, each
    // the HMAC-SHA256 of the tagged text in hexadecimal, in key order.
    AccountBook book =
        AccountBook.of(
            Fixtures.GLOBEX,
            java.util.List.of(
                AccountEntry.of(account("a-1", "Northwind Ltd"), AccountStatus.CUSTOMER),
                AccountEntry.builder()
                    .account(account("a-2", "Contoso"))
                    .status(AccountStatus.PROSPECT)
                    .domain("www.contoso.com")
                    .build(),
                AccountEntry.of(account("a-3", "NORTHWIND"), AccountStatus.PROSPECT)));
    java.util.List<String> expected =
        java.util.stream.Stream.of("name:northwind", "name:contoso", "domain:contoso.com")
            .map(text -> Hashing.hmacSha256(SECRET).hashString(text, StandardCharsets.UTF_8))
            .map(Object::toString)
            .sorted()
            .toList();
    assertEquals(
        expected,
        MatchKeyProducer.hmacSha256(SECRET).keysOf(book).keys().stream()
            .map(MatchKey::value)
            .toList());
  }

  @Test
  void keysOfABookAreSortedAndCarryOnlyKeys() {
    AccountBook book =
        AccountBook.of(
            Fixtures.GLOBEX,
            java.util.List.of(
                AccountEntry.of(account("a-1", "Northwind"), AccountStatus.CUSTOMER),
                AccountEntry.of(account("a-2", "Contoso"), AccountStatus.PROSPECT)));
    assertEquals(
        AccountKeys.of(
            Fixtures.GLOBEX,
            ImmutableSet.of(MatchKey.of("name:contoso"), MatchKey.of("name:northwind"))),
        MatchKeyProducer.plain().keysOf(book));
  }

  @Test
  void rejectsShortSecret() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MatchKeyProducer.hmacSha256(new byte[8]));
    assertEquals(
        "match key secret of 8 bytes is shorter than the 16 bytes required", e.getMessage());
  }

  @Test
  void toStringNeverShowsTheSecret() {
    assertEquals("MatchKeyProducer{HMAC-SHA256}", MatchKeyProducer.hmacSha256(SECRET).toString());
    assertEquals("MatchKeyProducer{plain}", MatchKeyProducer.plain().toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(MatchKeyProducer.class);
    tester.testAllPublicInstanceMethods(MatchKeyProducer.plain());
  }

  /**
   * A book's keys are the keys of its entries, each made on its own (through Guava's HMAC), each
   * once and in key order; the same for plain keys.
   */
  @Property(tries = 300)
  void keysOfABookAreTheSortedKeysOfItsEntries(@ForAll("books") AccountBook book) {
    for (MatchKeyProducer producer :
        List.of(MatchKeyProducer.plain(), MatchKeyProducer.hmacSha256(SECRET))) {
      TreeSet<MatchKey> expected = new TreeSet<>();
      book.entries().forEach(entry -> expected.addAll(producer.keysOf(entry)));
      AccountKeys keys = producer.keysOf(book);
      assertEquals(List.copyOf(expected), keys.keys().asList());
      assertEquals(book.party(), keys.party());
    }
  }

  @Provide
  Arbitrary<AccountBook> books() {
    return Fixtures.books(Fixtures.GLOBEX, "g");
  }
}
