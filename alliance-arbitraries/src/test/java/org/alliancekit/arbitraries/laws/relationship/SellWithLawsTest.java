package org.alliancekit.arbitraries.laws.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.relationship.SellWith;

/** Laws of {@link SellWith}, on the motions of generated sell-with relationships. */
class SellWithLawsTest {
  @Property
  void rebuiltFromItsComponentsIsEqual(@ForAll("sellWiths") SellWith motion) {
    assertEquals(
        motion, SellWith.of(motion.hostRole(), motion.partnerRole(), motion.sharesProspectData()));
  }

  @Provide
  Arbitrary<SellWith> sellWiths() {
    return ModelArbitraries.relationships()
        .withMotions(SellWith.class)
        .map(relationship -> (SellWith) relationship.motion());
  }
}
