package org.alliancekit.arbitraries.laws.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Relationship;

/** Laws of {@link Relationship}, on generated relationships of every motion. */
class RelationshipLawsTest {
  private static final PartnerId HOST = PartnerId.of("hq");
  private static final PartnerId PARTNER = PartnerId.of("acme");

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("relationships") Relationship relationship) {
    assertEquals(relationship, Relationship.builder().from(relationship).build());
  }

  @Property
  void withStartRoundTrips(@ForAll("relationships") Relationship relationship) {
    LocalDate later = relationship.start().plusDays(1);
    Relationship moved = relationship.withStart(later);
    assertEquals(later, moved.start());
    assertEquals(relationship, moved.withStart(relationship.start()));
  }

  @Property
  void counterpartOfCounterpartIsTheParty(@ForAll("relationships") Relationship relationship) {
    for (PartnerId party : relationship.parties()) {
      assertEquals(party, relationship.counterpart(relationship.counterpart(party)));
    }
    assertEquals(ImmutableSet.of(HOST, PARTNER), relationship.parties());
  }

  @Provide
  Arbitrary<Relationship> relationships() {
    return ModelArbitraries.relationships().between(HOST, PARTNER);
  }
}
