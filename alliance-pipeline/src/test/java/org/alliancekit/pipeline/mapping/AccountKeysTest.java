package org.alliancekit.pipeline.mapping;

import static org.alliancekit.pipeline.mapping.Fixtures.ACME;
import static org.alliancekit.pipeline.mapping.Fixtures.GLOBEX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AccountKeysTest {
  private static final MatchKey A = MatchKey.of("a");
  private static final MatchKey B = MatchKey.of("b");
  private static final MatchKey C = MatchKey.of("c");

  @Test
  void keepsKeysInKeyOrder() {
    assertEquals(
        ImmutableList.of(A, B, C), AccountKeys.of(GLOBEX, List.of(C, A, B)).keys().asList());
  }

  @Test
  void commonKeysAreTheIntersectionInKeyOrder() {
    AccountKeys mine = AccountKeys.of(GLOBEX, List.of(C, A));
    AccountKeys theirs = AccountKeys.of(ACME, List.of(B, C, A));
    assertEquals(ImmutableList.of(A, C), mine.commonWith(theirs).asList());
    assertEquals(mine.commonWith(theirs), theirs.commonWith(mine));
    assertEquals(ImmutableSet.of(), mine.commonWith(AccountKeys.of(ACME, List.of(B))));
  }

  @Test
  void equalityIsByPartyAndKeys() {
    new EqualsTester()
        .addEqualityGroup(
            AccountKeys.of(GLOBEX, List.of(A, B)), AccountKeys.of(GLOBEX, List.of(B, A)))
        .addEqualityGroup(AccountKeys.of(ACME, List.of(A, B)))
        .addEqualityGroup(AccountKeys.of(GLOBEX, List.of(A)))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(AccountKeys.class);
    tester.testAllPublicInstanceMethods(AccountKeys.of(GLOBEX, List.of(A)));
    tester.testAllPublicInstanceMethods(AccountKeys.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("keys") AccountKeys keys) {
    assertEquals(keys, AccountKeys.builder().from(keys).build());
  }

  @Property
  void withPartyRoundTrips(@ForAll("keys") AccountKeys keys) {
    assertEquals(keys, keys.withParty(ACME).withParty(keys.party()));
    assertEquals(ACME, keys.withParty(ACME).party());
  }

  /** The common keys are the keys in both sets, in key order, plain or keyed. */
  @Property
  void commonKeysAreBothSetsKeysInKeyOrder(
      @ForAll("mixedKeys") Set<MatchKey> mine, @ForAll("mixedKeys") Set<MatchKey> theirs) {
    TreeSet<MatchKey> expected = new TreeSet<>(mine);
    expected.retainAll(theirs);
    ImmutableSet<MatchKey> common =
        AccountKeys.of(GLOBEX, mine).commonWith(AccountKeys.of(ACME, theirs));
    assertEquals(List.copyOf(expected), common.asList());
  }

  /** Keys from a small pool of plain texts and keyed digests, so that the two sets overlap. */
  @Provide
  Arbitrary<Set<MatchKey>> mixedKeys() {
    Arbitrary<MatchKey> plain = Arbitraries.of("a", "b", "name:x", "ff").map(MatchKey::of);
    Arbitrary<MatchKey> keyed =
        Arbitraries.longs().between(0, 5).map(word -> MatchKey.ofWords(word << 60, word, 0, -word));
    return Arbitraries.oneOf(plain, keyed).set().ofMaxSize(8);
  }

  @Provide
  Arbitrary<AccountKeys> keys() {
    return Arbitraries.strings()
        .alpha()
        .ofMinLength(1)
        .ofMaxLength(6)
        .map(MatchKey::of)
        .set()
        .ofMaxSize(5)
        .map(set -> AccountKeys.of(GLOBEX, set));
  }
}
