package org.alliancekit.scoring.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class UpliftOrderTest {
  private static RelationshipPotential potential(
      String id, String revenue, String currency, double current, double attainable) {
    return RelationshipPotential.of(
        RelationshipId.of(id),
        SalesPotential.of(Money.of(new BigDecimal(revenue), currency), current, attainable));
  }

  private static int sign(int order) {
    return Integer.signum(order);
  }

  @Test
  void uplifts_one_cent_apart_are_ordered_by_their_exact_values() {
    // 100.00 x (0.6 - 0.3) / 0.3 = 100.00, and 100.01 x the same = 100.01: one cent apart, closer
    // than the estimate's bound, so the exact uplifts decide.
    UpliftOrder smaller = UpliftOrder.of(potential("a", "100.00", "GBP", 0.3, 0.6));
    UpliftOrder larger = UpliftOrder.of(potential("b", "100.01", "GBP", 0.3, 0.6));
    assertEquals(1, sign(smaller.compareTo(larger)));
    assertEquals(-1, sign(larger.compareTo(smaller)));
  }

  @Test
  void equal_uplifts_are_ordered_by_relationship_id() {
    // Doubling revenues of 0.004 and 0.003 GBP gives uplifts that both round to 0.00 GBP.
    UpliftOrder first = UpliftOrder.of(potential("a", "0.004", "GBP", 0.5, 1.0));
    UpliftOrder second = UpliftOrder.of(potential("b", "0.003", "GBP", 0.5, 1.0));
    assertEquals(-1, sign(first.compareTo(second)));
    assertEquals(1, sign(second.compareTo(first)));
  }

  @Test
  void far_apart_uplifts_are_ordered_without_pricing_them() {
    RelationshipPotential large = potential("a", "1000000", "GBP", 0.3, 0.6);
    RelationshipPotential small = potential("b", "10", "GBP", 0.3, 0.6);
    assertEquals(-1, sign(UpliftOrder.of(large).compareTo(UpliftOrder.of(small))));
  }

  @Test
  void a_currency_without_a_minor_unit_is_compared_exactly() {
    UpliftOrder a = UpliftOrder.of(potential("a", "1", "XXX", 0.3, 0.6));
    UpliftOrder b = UpliftOrder.of(potential("b", "2", "XXX", 0.3, 0.6));
    assertEquals(1, sign(a.compareTo(b)));
  }

  /** The key order is the exact order of {@link PotentialRanking#BY_UPLIFT}, near ties included. */
  @Property(tries = 300)
  void orders_as_the_exact_uplifts_do(@ForAll("portfolios") List<RelationshipPotential> portfolio) {
    List<RelationshipPotential> exact = new ArrayList<>(portfolio);
    exact.sort(PotentialRanking.BY_UPLIFT);
    List<UpliftOrder> keys = new ArrayList<>();
    for (RelationshipPotential potential : portfolio) {
      keys.add(UpliftOrder.of(potential));
    }
    Collections.sort(keys);
    List<RelationshipPotential> estimated = new ArrayList<>();
    for (UpliftOrder key : keys) {
      estimated.add(key.potential());
    }
    assertEquals(exact, estimated);
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < keys.size(); j++) {
        assertEquals(
            sign(
                PotentialRanking.BY_UPLIFT.compare(
                    keys.get(i).potential(), keys.get(j).potential())),
            sign(keys.get(i).compareTo(keys.get(j))));
      }
    }
  }

  @Property(tries = 100)
  void a_proportional_status_needs_no_pricing_and_agrees_with_the_uplift(
      @ForAll("potentials") RelationshipPotential potential) {
    SalesPotential sales = potential.potential();
    assertTrue(sales.isProportional());
    assertEquals(sales.uplift().isPresent(), sales.isDefined());
    assertEquals(
        sales.current() == 0.0
            && sales.attainable() != 0.0
            && sales.revenue().getNumber().doubleValue() != 0.0,
        !sales.isDefined());
  }

  @Provide
  Arbitrary<List<RelationshipPotential>> portfolios() {
    return potentials()
        .filter(p -> p.potential().isDefined())
        .list()
        .ofMinSize(0)
        .ofMaxSize(40)
        .uniqueElements(p -> p.relationship());
  }

  @Provide
  Arbitrary<RelationshipPotential> potentials() {
    // Few distinct revenues and scores, so that equal and one-cent-apart uplifts are common.
    Arbitrary<String> ids =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> revenues =
        Arbitraries.of("0", "0.01", "0.02", "1.00", "1.01", "99.99", "100", "100.01", "1000000")
            .injectDuplicates(0.2);
    Arbitrary<Double> scores = Arbitraries.of(0.0, 0.1, 0.3, 0.30000000000000004, 0.5, 0.6, 1.0);
    Arbitrary<String> currencies = Arbitraries.of("GBP", "JPY");
    return Combinators.combine(ids, revenues, currencies, scores, scores)
        .as(
            (id, revenue, currency, current, attainable) ->
                potential(id, revenue, currency, current, attainable));
  }
}
