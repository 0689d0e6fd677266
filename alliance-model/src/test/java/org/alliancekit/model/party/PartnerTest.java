package org.alliancekit.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.alliancekit.model.Testers;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PartnerTest {
  private static final PartnerId ACME = PartnerId.of("acme");

  private static Partner.Builder acme() {
    return Partner.builder()
        .id(ACME)
        .name("Acme Integration")
        .addKinds(PartnerKind.SYSTEMS_INTEGRATOR);
  }

  @Test
  void buildsWithRequiredAttributesOnly() {
    Partner partner = acme().build();
    assertEquals(ACME, partner.id());
    assertEquals(Optional.empty(), partner.headquarters());
    assertEquals(Optional.empty(), partner.sizeClass());
    assertTrue(partner.is(PartnerKind.SYSTEMS_INTEGRATOR));
    assertFalse(partner.is(PartnerKind.ISV));
  }

  @Test
  void rejectsPartnerWithoutKind() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Partner.builder().id(ACME).name("Acme").build());
    assertEquals("partner acme must have at least one kind", e.getMessage());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acme().name("  ").build());
    assertEquals("partner name '  ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsControlCharactersInRegion() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acme().addRegions("EM\nEA").build());
    assertEquals("partner region 'EM?EA' must not contain control characters", e.getMessage());
  }

  @Test
  void rejectsBlankSegment() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acme().addSegments(" ").build());
    assertEquals("partner segment ' ' must not be blank", e.getMessage());
  }

  @Test
  void partnerOfUnknownSizeIsNeverDavidOrGoliath() {
    Partner unknown = acme().build();
    Partner david = acme().id(PartnerId.of("david")).size(CompanySize.of(40)).build();
    assertFalse(unknown.isDavidAndGoliathWith(david));
    assertFalse(david.isDavidAndGoliathWith(unknown));
  }

  @Test
  void missingIdIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Partner.builder().name("Acme").addKinds(PartnerKind.ISV).build());
    assertTrue(e.getMessage().contains("id"), e.getMessage());
  }

  @Test
  void largeAndSmallPartnersAreDavidAndGoliath() {
    Partner goliath = acme().size(CompanySize.of(80_000, Money.of(20_000_000_000L, "USD"))).build();
    Partner david = acme().id(PartnerId.of("david")).size(CompanySize.of(40)).build();
    Partner peer = acme().id(PartnerId.of("peer")).size(CompanySize.of(60_000)).build();
    assertTrue(goliath.isDavidAndGoliathWith(david));
    assertTrue(david.isDavidAndGoliathWith(goliath));
    assertFalse(goliath.isDavidAndGoliathWith(peer));
    assertFalse(goliath.isDavidAndGoliathWith(acme().build()));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(acme().build(), acme().build())
        .addEqualityGroup(acme().name("Other").build())
        .addEqualityGroup(acme().addKinds(PartnerKind.RESELLER).build())
        .addEqualityGroup(acme().headquarters(CountryCode.of("GB")).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Testers.nullPointerTester();
    tester.testAllPublicStaticMethods(Partner.class);
    tester.testAllPublicInstanceMethods(acme().build());
    tester.testAllPublicInstanceMethods(Partner.builder());
  }
}
