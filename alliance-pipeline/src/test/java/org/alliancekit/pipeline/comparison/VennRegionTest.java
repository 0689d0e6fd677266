package org.alliancekit.pipeline.comparison;

import static org.alliancekit.pipeline.comparison.Fixtures.eur;
import static org.alliancekit.pipeline.comparison.Fixtures.ids;
import static org.alliancekit.pipeline.comparison.Fixtures.slice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VennRegionTest {
  private static final VennRegion REGION =
      VennRegion.of(ImmutableSet.of("alliance", "jv"), slice(eur(150), "o1", "o2"));

  @Test
  void delegatesToItsSlice() {
    assertEquals(2, REGION.count());
    assertEquals(ids("o1", "o2"), REGION.opportunities());
    assertEquals(eur(150), REGION.value());
    assertTrue(REGION.isIn("jv"));
    assertFalse(REGION.isIn("jv+north"));
  }

  @Test
  void rejectsRegionOfNoPipeline() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VennRegion.of(ImmutableSet.of(), PipelineSlice.empty()));
    assertEquals("a Venn region must belong to at least one pipeline", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            REGION, VennRegion.of(ImmutableSet.of("alliance", "jv"), slice(eur(150), "o2", "o1")))
        .addEqualityGroup(VennRegion.of(ImmutableSet.of("jv"), slice(eur(150), "o1", "o2")))
        .addEqualityGroup(VennRegion.of(ImmutableSet.of("alliance", "jv"), slice(eur(1), "o1")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(VennRegion.class);
    tester.testAllPublicInstanceMethods(REGION);
    tester.testAllPublicInstanceMethods(VennRegion.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("regions") VennRegion region) {
    assertEquals(region, VennRegion.builder().from(region).build());
  }

  @Property
  void withSliceRoundTrips(@ForAll("regions") VennRegion region) {
    VennRegion empty = region.withSlice(PipelineSlice.empty());
    assertEquals(0, empty.count());
    assertEquals(region, empty.withSlice(region.slice()));
  }

  @Provide
  Arbitrary<VennRegion> regions() {
    return Arbitraries.of("alliance", "jv", "jv+a", "jv+b")
        .set()
        .ofMinSize(1)
        .flatMap(
            names ->
                Arbitraries.longs()
                    .between(0, 10_000)
                    .map(amount -> VennRegion.of(names, slice(eur(amount), "o1"))));
  }
}
