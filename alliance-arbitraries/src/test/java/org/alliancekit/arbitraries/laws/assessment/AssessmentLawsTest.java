package org.alliancekit.arbitraries.laws.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;

/** Laws of {@link Assessment}, on generated assessments of any catalog, scale and side. */
class AssessmentLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("assessments") Assessment assessment) {
    assertEquals(assessment, Assessment.builder().from(assessment).build());
  }

  @Property
  void withSideRoundTrips(@ForAll("assessments") Assessment assessment) {
    Assessment other = assessment.withSide(Side.INDEPENDENT);
    assertEquals(Side.INDEPENDENT, other.side());
    assertEquals(assessment.ratings(), other.ratings());
    assertEquals(assessment, other.withSide(assessment.side()));
  }

  @Property
  void coverageIsKnownShareAndCodesPartitionTheCatalog(
      @ForAll("assessments") Assessment assessment) {
    FactorCatalog catalog = assessment.catalog();
    assertEquals((double) assessment.knownRatings().size() / catalog.size(), assessment.coverage());
    assertTrue(assessment.coverage() >= 0 && assessment.coverage() <= 1);
    assertEquals(
        catalog.size(),
        assessment.knownRatings().size()
            + assessment.unknownCodes().size()
            + assessment.unratedCodes().size());
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return ModelArbitraries.assessments();
  }
}
