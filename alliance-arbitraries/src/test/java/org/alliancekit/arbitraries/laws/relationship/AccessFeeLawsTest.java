package org.alliancekit.arbitraries.laws.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.relationship.AccessFee;

/**
 * Laws of {@link AccessFee.Fixed}, on generated positive amounts in any currency. (The margin law
 * draws percentages of its own and stays with the model's tests.)
 */
class AccessFeeLawsTest {
  @Property
  void fixedFeeRebuiltFromItsAmountIsEqual(@ForAll("fixedFees") AccessFee.Fixed fee) {
    assertEquals(fee, AccessFee.fixed(fee.amount()));
  }

  @Provide
  Arbitrary<AccessFee.Fixed> fixedFees() {
    return ModelArbitraries.currencies()
        .flatMap(ModelArbitraries::positiveAmounts)
        .map(AccessFee.Fixed::new);
  }
}
