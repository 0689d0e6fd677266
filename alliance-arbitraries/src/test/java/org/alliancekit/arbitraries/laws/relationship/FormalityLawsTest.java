package org.alliancekit.arbitraries.laws.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;

/** Laws of {@link Formality}, on generated formalities. */
class FormalityLawsTest {
  @Property
  void withCopiesRoundTrip(@ForAll("formalities") Formality formality) {
    assertEquals(
        formality, Formality.of(formality.kind()).withReviewCadence(formality.reviewCadence()));
    FormalityKind other =
        formality.kind() == FormalityKind.INFORMAL
            ? FormalityKind.CONTRACT
            : FormalityKind.INFORMAL;
    assertEquals(formality, formality.withKind(other).withKind(formality.kind()));
  }

  @Provide
  Arbitrary<Formality> formalities() {
    return ModelArbitraries.formalities();
  }
}
