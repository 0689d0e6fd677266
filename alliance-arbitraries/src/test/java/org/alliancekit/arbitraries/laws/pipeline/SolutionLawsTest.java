package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.pipeline.Solution;

/** Laws of {@link Solution}, on generated solutions. */
class SolutionLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("solutions") Solution solution) {
    assertEquals(solution, Solution.builder().from(solution).build());
  }

  @Property
  void withNameRoundTrips(@ForAll("solutions") Solution solution) {
    Solution renamed = solution.withName("Renamed");
    assertEquals(solution.contributions(), renamed.contributions());
    assertEquals(solution, renamed.withName(solution.name()));
  }

  @Provide
  Arbitrary<Solution> solutions() {
    return ModelArbitraries.solutions();
  }
}
