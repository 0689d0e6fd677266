package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.attribution.Participant;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.InvolvementRole;

class DealArbitraryTest {

  @Provide
  Arbitrary<List<Participant>> deals() {
    return AllianceArbitraries.deals();
  }

  @Property(tries = 300)
  void dealsNumberTheirPartiesAndGiveEachOneOrTwoRoles(@ForAll("deals") List<Participant> deal) {
    Map<PartnerId, List<String>> roles = new LinkedHashMap<>();
    deal.forEach(p -> roles.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p.role()));
    assertEquals(Values.partners(roles.size()), List.copyOf(roles.keySet()), deal.toString());
    assertTrue(1 <= roles.size() && roles.size() <= 6, deal.toString());
    for (List<String> played : roles.values()) {
      assertTrue(1 <= played.size() && played.size() <= 2, deal.toString());
      assertEquals(played.size(), Set.copyOf(played).size(), "no role twice: " + deal);
      for (String role : played) {
        InvolvementRole.valueOf(role);
      }
    }
    Set<Set<String>> distinct = new HashSet<>();
    roles.values().forEach(played -> distinct.add(Set.copyOf(played)));
    Statistics.label("parties alike").collect(distinct.size() < roles.size());
    Statistics.label("a party in two roles").collect(deal.size() > roles.size());
    Statistics.label("parties alike")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
    Statistics.label("a party in two roles")
        .coverage(coverage -> coverage.check(true).count(c -> c > 0));
  }

  @Provide
  Arbitrary<List<Participant>> constrained() {
    return AllianceArbitraries.deals().parties(3, 4).roles("REFERRER", "RESELLER").rolesPerParty(1);
  }

  @Property(tries = 100)
  void partiesRolesAndRolesPerPartyCanBeConstrained(@ForAll("constrained") List<Participant> deal) {
    assertTrue(3 <= deal.size() && deal.size() <= 4, deal.toString());
    deal.forEach(p -> assertTrue(Set.of("REFERRER", "RESELLER").contains(p.role())));
  }

  @Example
  void rejectsBadSettings() {
    DealArbitrary deals = AllianceArbitraries.deals();
    assertEquals(
        "party count range 0..2 must lie within 1..99 and not be empty",
        assertThrows(IllegalArgumentException.class, () -> deals.parties(0, 2)).getMessage());
    assertEquals(
        "roles to choose from must not be empty",
        assertThrows(IllegalArgumentException.class, deals::roles).getMessage());
    assertEquals(
        "role ' x' must not start or end with whitespace",
        assertThrows(IllegalArgumentException.class, () -> deals.roles(" x")).getMessage());
    assertEquals(
        "roles per party 0 must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> deals.rolesPerParty(0)).getMessage());
    assertThrows(NullPointerException.class, () -> deals.roles((String) null));
  }
}
