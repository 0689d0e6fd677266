package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;

/** Laws of {@link Involvement}, on generated involvements. */
class InvolvementLawsTest {
  @Property
  void copyThroughFactoryIsEqual(@ForAll("involvements") Involvement involvement) {
    Involvement copy =
        involvement
            .since()
            .map(day -> Involvement.of(involvement.party(), involvement.role(), day))
            .orElseGet(() -> Involvement.of(involvement.party(), involvement.role()));
    assertEquals(involvement, copy);
  }

  @Property
  void withRoleRoundTrips(@ForAll("involvements") Involvement involvement) {
    Involvement changed = involvement.withRole(InvolvementRole.REFERRER);
    assertEquals(InvolvementRole.REFERRER, changed.role());
    assertEquals(involvement, changed.withRole(involvement.role()));
  }

  @Provide
  Arbitrary<Involvement> involvements() {
    return ModelArbitraries.involvements();
  }
}
