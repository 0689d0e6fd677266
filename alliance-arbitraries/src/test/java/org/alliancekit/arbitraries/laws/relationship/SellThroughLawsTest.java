package org.alliancekit.arbitraries.laws.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.relationship.SellThrough;

/**
 * Laws of {@link SellThrough}, between any two different generated parties, with or without a
 * generated access fee in any currency.
 */
class SellThroughLawsTest {
  @Property
  void rebuiltFromItsComponentsIsEqual(@ForAll("sellThroughs") SellThrough motion) {
    assertEquals(motion, new SellThrough(motion.supplier(), motion.channel(), motion.accessFee()));
    assertEquals(
        motion,
        motion
            .accessFee()
            .map(fee -> SellThrough.of(motion.supplier(), motion.channel(), fee))
            .orElseGet(() -> SellThrough.of(motion.supplier(), motion.channel())));
  }

  @Provide
  Arbitrary<SellThrough> sellThroughs() {
    return Combinators.combine(
            ModelArbitraries.partnerIds(),
            ModelArbitraries.partnerIds(),
            ModelArbitraries.currencies().flatMap(ModelArbitraries::accessFees).optional())
        .filter((supplier, channel, fee) -> !supplier.equals(channel))
        .as(SellThrough::new);
  }
}
