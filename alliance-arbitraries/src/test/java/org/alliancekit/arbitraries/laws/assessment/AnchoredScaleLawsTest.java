package org.alliancekit.arbitraries.laws.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.RatingScale;

/** Laws of {@link AnchoredScale}, on generated anchored scales. */
class AnchoredScaleLawsTest {
  @Property
  void everyAnchorValueNormalizesToItsFraction(@ForAll("scales") AnchoredScale scale) {
    double previous = -1;
    for (Anchor anchor : scale.anchors()) {
      assertTrue(scale.contains(anchor.value()));
      assertEquals(anchor.fraction(), scale.normalize(anchor.value()));
      assertEquals(Optional.of(anchor), scale.anchorAt(anchor.value()));
      assertTrue(scale.normalize(anchor.value()) > previous);
      previous = scale.normalize(anchor.value());
    }
  }

  @Property
  void copyThroughConstructorIsEqual(@ForAll("scales") AnchoredScale scale) {
    assertEquals(scale, RatingScale.anchored(scale.anchors()));
    assertEquals(scale, new AnchoredScale(ImmutableList.copyOf(scale.anchors())));
  }

  @Provide
  Arbitrary<AnchoredScale> scales() {
    return ModelArbitraries.anchoredScales();
  }
}
