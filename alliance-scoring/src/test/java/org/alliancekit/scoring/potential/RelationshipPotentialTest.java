package org.alliancekit.scoring.potential;

import static org.alliancekit.scoring.potential.Fixtures.gbp;
import static org.alliancekit.scoring.potential.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RelationshipPotentialTest {

  @Test
  void exposesUpliftAndStatusOfItsPotential() {
    RelationshipPotential defined =
        RelationshipPotential.of(id("a"), SalesPotential.of(gbp("1000000"), 0.3, 0.6));
    assertEquals(Optional.of(gbp("1000000.00")), defined.uplift());
    assertEquals(UpliftStatus.DEFINED, defined.status());
    RelationshipPotential undefined =
        RelationshipPotential.of(id("b"), SalesPotential.of(gbp("10"), 0.0, 0.6));
    assertEquals(Optional.empty(), undefined.uplift());
    assertEquals(UpliftStatus.UNDEFINED_ZERO_SCORE, undefined.status());
  }

  @Test
  void missingPotentialIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> RelationshipPotential.builder().relationship(id("a")).build());
    assertTrue(e.getMessage().contains("potential"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    SalesPotential potential = SalesPotential.of(gbp("1"), 0.3, 0.6);
    new EqualsTester()
        .addEqualityGroup(
            RelationshipPotential.of(id("a"), potential),
            RelationshipPotential.builder().relationship(id("a")).potential(potential).build())
        .addEqualityGroup(RelationshipPotential.of(id("b"), potential))
        .addEqualityGroup(RelationshipPotential.of(id("a"), SalesPotential.of(gbp("1"), 0.3, 0.7)))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RelationshipPotential.class);
    tester.testAllPublicInstanceMethods(
        RelationshipPotential.of(id("a"), SalesPotential.of(gbp("1"), 0.3, 0.6)));
    tester.testAllPublicInstanceMethods(RelationshipPotential.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("potentials") RelationshipPotential potential) {
    assertEquals(potential, RelationshipPotential.builder().from(potential).build());
  }

  @Property
  void withRelationshipRoundTrips(@ForAll("potentials") RelationshipPotential potential) {
    RelationshipPotential changed = potential.withRelationship(id("other"));
    assertEquals(id("other"), changed.relationship());
    assertEquals(potential, changed.withRelationship(potential.relationship()));
  }

  @Provide
  static Arbitrary<RelationshipPotential> potentials() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(Fixtures::id),
            SalesPotentialTest.potentials())
        .as(RelationshipPotential::of);
  }
}
