package org.alliancekit.model.venture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class JointVentureTest {
  private static final JointVentureId JV = JointVentureId.of("jv-1");
  private static final PartnerId ACME = PartnerId.of("acme");
  private static final PartnerId GLOBEX = PartnerId.of("globex");
  private static final PartnerId INITECH = PartnerId.of("initech");

  private static Ownership share(PartnerId owner, String share) {
    return Ownership.of(owner, new BigDecimal(share));
  }

  private static JointVenture.Builder sixtyForty() {
    return JointVenture.builder()
        .id(JV)
        .name("Acme Globex Cloud")
        .addOwners(share(ACME, "0.6"), share(GLOBEX, "0.4"));
  }

  @Test
  void buildsWithOwnersInOrder() {
    JointVenture jv = sixtyForty().founded(LocalDate.of(2021, 3, 1)).build();
    assertEquals(ImmutableList.of(share(ACME, "0.6"), share(GLOBEX, "0.4")), jv.owners());
    assertEquals(ImmutableSet.of(ACME, GLOBEX).asList(), jv.ownerIds().asList());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 1)), jv.founded());
  }

  @Test
  void shareOfIsTheOwnersShareOrZero() {
    JointVenture jv = sixtyForty().build();
    assertEquals(new BigDecimal("0.6"), jv.shareOf(ACME));
    assertEquals(new BigDecimal("0.4"), jv.shareOf(GLOBEX));
    assertEquals(BigDecimal.ZERO, jv.shareOf(INITECH));
    assertTrue(jv.isOwner(ACME));
    assertFalse(jv.isOwner(INITECH));
  }

  @Test
  void acceptsSharesOfDifferentScalesSummingToOne() {
    JointVenture jv =
        JointVenture.builder()
            .id(JV)
            .name("Three Parents")
            .addOwners(share(ACME, "0.50"), share(GLOBEX, "0.25"), share(INITECH, "0.250000"))
            .build();
    assertEquals(3, jv.owners().size());
  }

  @Test
  void rejectsOwnerSharesNotSummingToOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JointVenture.builder()
                    .id(JV)
                    .name("Short")
                    .addOwners(share(ACME, "0.5"), share(GLOBEX, "0.4"))
                    .build());
    assertEquals("owner shares of joint venture jv-1 sum to 0.9, not 1", e.getMessage());
  }

  @Test
  void rejectsOwnerSharesAboveOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> sixtyForty().addOwner(share(INITECH, "0.1")).build());
    assertEquals("owner shares of joint venture jv-1 sum to 1.1, not 1", e.getMessage());
  }

  @Test
  void rejectsThirdsThatDoNotSumExactlyToOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JointVenture.builder()
                    .id(JV)
                    .name("Thirds")
                    .addOwners(
                        share(ACME, "0.333"), share(GLOBEX, "0.333"), share(INITECH, "0.333"))
                    .build());
    assertEquals("owner shares of joint venture jv-1 sum to 0.999, not 1", e.getMessage());
  }

  @Test
  void rejectsSingleOwner() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JointVenture.builder().id(JV).name("Solo").addOwner(share(ACME, "1")).build());
    assertEquals("joint venture jv-1 must have at least two owners, has 1", e.getMessage());
  }

  @Test
  void rejectsOwnerListedTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JointVenture.builder()
                    .id(JV)
                    .name("Twice")
                    .addOwners(share(ACME, "0.5"), share(ACME, "0.5"))
                    .build());
    assertEquals("joint venture jv-1 lists owner acme more than once", e.getMessage());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sixtyForty().name(" ").build());
    assertEquals("joint venture name ' ' must not be blank", e.getMessage());
  }

  @Test
  void missingIdIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                JointVenture.builder()
                    .name("No id")
                    .addOwners(share(ACME, "0.5"), share(GLOBEX, "0.5"))
                    .build());
    assertTrue(e.getMessage().contains("id"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(sixtyForty().build(), sixtyForty().build())
        .addEqualityGroup(sixtyForty().id(JointVentureId.of("jv-2")).build())
        .addEqualityGroup(sixtyForty().name("Other").build())
        .addEqualityGroup(
            sixtyForty().owners(List.of(share(GLOBEX, "0.4"), share(ACME, "0.6"))).build())
        .addEqualityGroup(
            sixtyForty().owners(List.of(share(ACME, "0.5"), share(GLOBEX, "0.5"))).build())
        .addEqualityGroup(sixtyForty().founded(LocalDate.of(2020, 1, 1)).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(PartnerId.class, ACME)
            .setDefault(Ownership.class, share(ACME, "1"));
    tester.testAllPublicStaticMethods(JointVenture.class);
    tester.testAllPublicInstanceMethods(sixtyForty().build());
    tester.testAllPublicInstanceMethods(JointVenture.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("jointVentures") JointVenture jv) {
    assertEquals(jv, JointVenture.builder().from(jv).build());
  }

  @Property
  void withNameRoundTrips(@ForAll("jointVentures") JointVenture jv) {
    JointVenture renamed = jv.withName("Renamed");
    assertEquals("Renamed", renamed.name());
    assertEquals(jv, renamed.withName(jv.name()));
  }

  @Property
  void sharesOfOwnersSumToOne(@ForAll("jointVentures") JointVenture jv) {
    BigDecimal sum =
        jv.ownerIds().stream().map(jv::shareOf).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.compareTo(BigDecimal.ONE));
  }

  /** Joint ventures of two to five owners whose shares, in hundredths, add up to one. */
  @Provide
  Arbitrary<JointVenture> jointVentures() {
    Arbitrary<List<Integer>> cuts =
        Arbitraries.integers()
            .between(1, 99)
            .set()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(set -> set.stream().sorted().toList());
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
            cuts,
            Arbitraries.integers().between(0, 20_000).optional())
        .as(
            (id, name, cutPoints, foundedDay) -> {
              List<Ownership> owners = new ArrayList<>();
              int previous = 0;
              List<Integer> bounds = new ArrayList<>(cutPoints);
              bounds.add(100);
              for (int i = 0; i < bounds.size(); i++) {
                owners.add(
                    Ownership.of(
                        PartnerId.of("owner-" + i),
                        BigDecimal.valueOf(bounds.get(i) - previous, 2)));
                previous = bounds.get(i);
              }
              return JointVenture.builder()
                  .id(JointVentureId.of(id))
                  .name(name)
                  .owners(owners)
                  .founded(foundedDay.map(day -> LocalDate.of(1990, 1, 1).plusDays(day)))
                  .build();
            });
  }
}
