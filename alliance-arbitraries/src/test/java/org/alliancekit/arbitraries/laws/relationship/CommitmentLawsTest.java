package org.alliancekit.arbitraries.laws.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;

/** Laws of {@link Commitment}, on generated commitments of either party in any currency. */
class CommitmentLawsTest {
  private static final PartnerId HOST = PartnerId.of("hq");
  private static final PartnerId PARTNER = PartnerId.of("acme");

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("commitments") Commitment commitment) {
    assertEquals(commitment, Commitment.builder().from(commitment).build());
  }

  @Property
  void withStrengthRoundTrips(@ForAll("commitments") Commitment commitment) {
    CommitmentStrength other =
        commitment.strength() == CommitmentStrength.INTENT
            ? CommitmentStrength.COMMITMENT
            : CommitmentStrength.INTENT;
    Commitment changed = commitment.withStrength(other);
    assertEquals(other, changed.strength());
    assertEquals(commitment, changed.withStrength(commitment.strength()));
  }

  @Provide
  Arbitrary<Commitment> commitments() {
    return ModelArbitraries.currencies()
        .flatMap(currency -> ModelArbitraries.commitments(HOST, PARTNER, currency));
  }
}
