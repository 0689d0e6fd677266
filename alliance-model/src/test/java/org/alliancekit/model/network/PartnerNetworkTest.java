package org.alliancekit.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class PartnerNetworkTest {
  private static final NetworkId NET = NetworkId.of("net-1");
  private static final PartnerId VENDOR = PartnerId.of("vendor");
  private static final PartnerId ACME = PartnerId.of("acme");
  private static final PartnerId GLOBEX = PartnerId.of("globex");

  private static PartnerNetwork.Builder vendorDriven() {
    return PartnerNetwork.builder()
        .id(NET)
        .name("Cloud Partner Circle")
        .type(NetworkType.VENDOR_DRIVEN)
        .organizer(VENDOR)
        .addMembers(ACME, GLOBEX);
  }

  @Test
  void buildsVendorDrivenNetwork() {
    PartnerNetwork network = vendorDriven().addFocus("cloud migration").build();
    assertEquals(Optional.of(VENDOR), network.organizer());
    assertEquals(ImmutableList.of(ACME, GLOBEX), network.members().asList());
    assertEquals(ImmutableList.of("cloud migration"), network.focus().asList());
  }

  @Test
  void isMemberChecksMembersOnly() {
    PartnerNetwork network = vendorDriven().build();
    assertTrue(network.isMember(ACME));
    assertFalse(network.isMember(VENDOR));
  }

  @Test
  void peerToPeerNetworkNeedsNoOrganizer() {
    PartnerNetwork network =
        PartnerNetwork.builder()
            .id(NET)
            .name("Regional Peers")
            .type(NetworkType.PEER_TO_PEER)
            .addMembers(ACME, GLOBEX)
            .build();
    assertEquals(Optional.empty(), network.organizer());
  }

  @Test
  void rejectsVendorDrivenNetworkWithoutOrganizer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> vendorDriven().organizer(Optional.empty()).build());
    assertEquals("network net-1 of type VENDOR_DRIVEN must have an organizer", e.getMessage());
  }

  @Test
  void rejectsDistributorOrganizedNetworkWithoutOrganizer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                vendorDriven()
                    .type(NetworkType.DISTRIBUTOR_ORGANIZED)
                    .organizer(Optional.empty())
                    .build());
    assertEquals(
        "network net-1 of type DISTRIBUTOR_ORGANIZED must have an organizer", e.getMessage());
  }

  @Test
  void rejectsMarketplaceWithoutOrganizer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                vendorDriven()
                    .type(NetworkType.THIRD_PARTY_MARKETPLACE)
                    .organizer(Optional.empty())
                    .build());
    assertEquals(
        "network net-1 of type THIRD_PARTY_MARKETPLACE must have an organizer", e.getMessage());
  }

  @Test
  void rejectsNetworkWithoutMembers() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PartnerNetwork.builder()
                    .id(NET)
                    .name("Empty")
                    .type(NetworkType.PEER_TO_PEER)
                    .build());
    assertEquals("network net-1 must have at least one member", e.getMessage());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> vendorDriven().name("").build());
    assertEquals("network name '' must not be blank", e.getMessage());
  }

  @Test
  void rejectsBlankFocusTag() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> vendorDriven().addFocus("  ").build());
    assertEquals("network focus '  ' must not be blank", e.getMessage());
  }

  @Test
  void missingTypeIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> PartnerNetwork.builder().id(NET).name("Untyped").addMember(ACME).build());
    assertTrue(e.getMessage().contains("type"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(vendorDriven().build(), vendorDriven().build())
        .addEqualityGroup(vendorDriven().id(NetworkId.of("net-2")).build())
        .addEqualityGroup(vendorDriven().name("Other").build())
        .addEqualityGroup(vendorDriven().type(NetworkType.DISTRIBUTOR_ORGANIZED).build())
        .addEqualityGroup(vendorDriven().organizer(ACME).build())
        .addEqualityGroup(vendorDriven().addMember(VENDOR).build())
        .addEqualityGroup(vendorDriven().addFocus("security").build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester().setDefault(PartnerId.class, ACME);
    tester.testAllPublicStaticMethods(PartnerNetwork.class);
    tester.testAllPublicInstanceMethods(vendorDriven().build());
    tester.testAllPublicInstanceMethods(PartnerNetwork.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("networks") PartnerNetwork network) {
    assertEquals(network, PartnerNetwork.builder().from(network).build());
  }

  @Property
  void withNameRoundTrips(@ForAll("networks") PartnerNetwork network) {
    PartnerNetwork renamed = network.withName("Renamed");
    assertEquals("Renamed", renamed.name());
    assertEquals(network, renamed.withName(network.name()));
  }

  @Property
  void everyListedMemberIsAMember(@ForAll("networks") PartnerNetwork network) {
    for (PartnerId member : network.members()) {
      assertTrue(network.isMember(member));
    }
  }

  @Provide
  Arbitrary<PartnerNetwork> networks() {
    Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    Arbitrary<PartnerId> partners = names.map(PartnerId::of);
    return Combinators.combine(
            names,
            names,
            Arbitraries.of(NetworkType.class),
            partners,
            partners.set().ofMinSize(1).ofMaxSize(5),
            names.set().ofMaxSize(3))
        .as(
            (id, name, type, organizer, members, focus) ->
                PartnerNetwork.builder()
                    .id(NetworkId.of(id))
                    .name(name)
                    .type(type)
                    .organizer(
                        type == NetworkType.PEER_TO_PEER
                            ? Optional.empty()
                            : Optional.of(organizer))
                    .members(members)
                    .focus(focus)
                    .build());
  }
}
