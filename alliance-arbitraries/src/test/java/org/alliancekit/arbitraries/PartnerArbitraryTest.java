package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import javax.money.Monetary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.party.SizeClass;

class PartnerArbitraryTest {

  @Provide
  Arbitrary<Partner> partners() {
    return ModelArbitraries.partners();
  }

  @Provide
  Arbitrary<Partner> smallIntegrators() {
    return ModelArbitraries.partners()
        .withId(PartnerId.of("acme"))
        .ofKinds(PartnerKind.SYSTEMS_INTEGRATOR, PartnerKind.RESELLER)
        .employeesBetween(10, 49)
        .revenueIn(Monetary.getCurrency("GBP"));
  }

  @Property(tries = 300)
  void partnersAreNamedAfterTheirIdsAndSometimesHaveASize(@ForAll("partners") Partner partner) {
    assertEquals("Partner " + partner.id(), partner.name());
    assertTrue(partner.id().value().matches("p[0-9]+"), partner.id().value());
    assertTrue(partner.kinds().size() <= 3);
    Statistics.label("size known").collect(partner.size().isPresent());
    Statistics.label("size known")
        .coverage(
            coverage -> {
              coverage.check(true).count(n -> n > 0);
              coverage.check(false).count(n -> n > 0);
            });
  }

  @Property(tries = 200)
  void kindsEmployeesIdAndCurrencyCanBeConstrained(@ForAll("smallIntegrators") Partner partner) {
    assertEquals(PartnerId.of("acme"), partner.id());
    assertTrue(
        EnumSet.of(PartnerKind.SYSTEMS_INTEGRATOR, PartnerKind.RESELLER)
            .containsAll(partner.kinds()));
    CompanySize size = partner.size().orElseThrow();
    assertEquals(SizeClass.SMALL, size.sizeClass());
    size.annualRevenue()
        .ifPresent(revenue -> assertEquals("GBP", revenue.getCurrency().getCurrencyCode()));
  }

  @Example
  void rejectsBadSettings() {
    PartnerArbitrary partners = ModelArbitraries.partners();
    assertEquals(
        "employee range 50..10 must be of zero or more and not empty",
        assertThrows(IllegalArgumentException.class, () -> partners.employeesBetween(50, 10))
            .getMessage());
    assertEquals(
        "employee range -1..10 must be of zero or more and not empty",
        assertThrows(IllegalArgumentException.class, () -> partners.employeesBetween(-1, 10))
            .getMessage());
    assertEquals(
        "partner kinds to choose from must not be empty",
        assertThrows(IllegalArgumentException.class, partners::ofKinds).getMessage());
    assertThrows(NullPointerException.class, () -> partners.withId(null));
    assertThrows(NullPointerException.class, () -> partners.revenueIn(null));
  }
}
