package org.alliancekit.pipeline.mapping;

import static org.alliancekit.pipeline.mapping.Fixtures.ACME;
import static org.alliancekit.pipeline.mapping.Fixtures.GLOBEX;
import static org.alliancekit.pipeline.mapping.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.AccountId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AccountMapTest {
  private static final AccountMatch LEFT_ONLY =
      AccountMatch.builder()
          .cell(MappingCell.LEFT_ONLY)
          .addLeft(AccountId.of("g4"))
          .leftOpenValue(value(Money.of(70, "EUR")))
          .build();
  private static final AccountMatch BOTH =
      AccountMatch.builder()
          .cell(MappingCell.CUSTOMER_OF_BOTH)
          .addLeft(AccountId.of("g1"))
          .addRight(AccountId.of("a1"))
          .leftOpenValue(value(Money.of(30, "EUR")))
          .build();

  private static AccountMap.Builder map() {
    return AccountMap.builder().leftParty(GLOBEX).rightParty(ACME);
  }

  @Test
  void sortsMatchesByCellAndSumsCells() {
    AccountMap map = map().addMatches(LEFT_ONLY, BOTH).build();
    assertEquals(ImmutableList.of(BOTH, LEFT_ONLY), map.matches());
    assertEquals(1, map.cell(MappingCell.CUSTOMER_OF_BOTH).matches());
    assertEquals(value(Money.of(70, "EUR")), map.cell(MappingCell.LEFT_ONLY).leftOpenValue());
    assertEquals(ImmutableList.of(LEFT_ONLY), map.matches(MappingCell.LEFT_ONLY));
  }

  @Test
  void mirrorSwapsPartiesMatchesAndCells() {
    AccountMap map = map().addMatches(LEFT_ONLY, BOTH).build();
    AccountMap mirrored = map.mirror();
    assertEquals(ACME, mirrored.leftParty());
    assertEquals(1, mirrored.cell(MappingCell.RIGHT_ONLY).rightAccounts());
    assertEquals(map.cell(MappingCell.LEFT_ONLY).mirror(), mirrored.cell(MappingCell.RIGHT_ONLY));
    assertEquals(map, mirrored.mirror());
  }

  @Test
  void rejectsTheSamePartyOnBothSides() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> map().rightParty(GLOBEX).build());
    assertEquals("account map needs two different parties, got globex twice", e.getMessage());
  }

  @Test
  void rejectsAccountInTwoMatches() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> map().addMatches(BOTH, BOTH.withCell(MappingCell.PROSPECT_OF_BOTH)).build());
    assertEquals("left account g1 is in two matches", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            map().addMatches(LEFT_ONLY, BOTH).build(), map().addMatches(BOTH, LEFT_ONLY).build())
        .addEqualityGroup(map().build())
        .addEqualityGroup(map().addMatches(BOTH).build())
        .addEqualityGroup(AccountMap.builder().leftParty(ACME).rightParty(GLOBEX).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(AccountMap.class);
    tester.testAllPublicInstanceMethods(map().build());
    tester.testAllPublicInstanceMethods(AccountMap.builder());
  }

  @Property(tries = 100)
  void copyThroughBuilderFromIsEqual(
      @ForAll("globexBooks") AccountBook left, @ForAll("acmeBooks") AccountBook right) {
    AccountMap map = AccountMapping.using(MatchKeyProducer.plain()).map(left, right);
    assertEquals(map, AccountMap.builder().from(map).build());
  }

  @Property(tries = 100)
  void withMatchesRoundTrips(
      @ForAll("globexBooks") AccountBook left, @ForAll("acmeBooks") AccountBook right) {
    AccountMap map = AccountMapping.using(MatchKeyProducer.plain()).map(left, right);
    AccountMap none = map.withMatches();
    assertEquals(0, none.matches().size());
    assertEquals(map, none.withMatches(map.matches()));
  }

  @Provide
  Arbitrary<AccountBook> globexBooks() {
    return Fixtures.books(GLOBEX, "g");
  }

  @Provide
  Arbitrary<AccountBook> acmeBooks() {
    return Fixtures.books(ACME, "a");
  }
}
