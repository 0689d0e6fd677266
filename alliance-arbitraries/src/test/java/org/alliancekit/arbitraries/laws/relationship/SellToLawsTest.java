package org.alliancekit.arbitraries.laws.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.relationship.SellTo;

/** Laws of {@link SellTo}, between any two different generated parties. */
class SellToLawsTest {
  @Property
  void rebuiltFromItsComponentsIsEqual(@ForAll("sellTos") SellTo motion) {
    assertEquals(motion, SellTo.of(motion.seller(), motion.buyer()));
  }

  @Provide
  Arbitrary<SellTo> sellTos() {
    return Combinators.combine(ModelArbitraries.partnerIds(), ModelArbitraries.partnerIds())
        .filter((seller, buyer) -> !seller.equals(buyer))
        .as(SellTo::of);
  }
}
