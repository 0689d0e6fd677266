package org.alliancekit.pipeline.comparison;

import static org.alliancekit.pipeline.comparison.Fixtures.eur;
import static org.alliancekit.pipeline.comparison.Fixtures.slice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PipelineOverlapTest {
  private static final VennRegion ONLY_A = VennRegion.of(ImmutableSet.of("a"), slice(eur(5), "o1"));
  private static final VennRegion BOTH =
      VennRegion.of(ImmutableSet.of("a", "b"), slice(eur(7), "o2"));
  private static final Pointer POINTER = Pointer.of(PointerKind.ONLY_IN_ONE_PIPELINE, "o1 in a");

  private static PipelineOverlap.Builder overlap() {
    return PipelineOverlap.builder().addPipelineNames("a", "b").addRegions(ONLY_A, BOTH);
  }

  @Test
  void queriesCombineRegions() {
    PipelineOverlap overlap = overlap().addPointers(POINTER).build();
    assertEquals(slice(eur(12), "o1", "o2"), overlap.total("a"));
    assertEquals(slice(eur(7), "o2"), overlap.total("b"));
    assertEquals(PipelineSlice.empty(), overlap.only("b"));
    assertEquals(slice(eur(5), "o1"), overlap.difference("a", "b"));
    assertEquals(ImmutableList.of(POINTER), overlap.pointers(PointerKind.ONLY_IN_ONE_PIPELINE));
    assertEquals(ImmutableList.of(), overlap.pointers(PointerKind.AMOUNT_DIFFERS));
  }

  @Test
  void rejectsDuplicatePipelineNames() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PipelineOverlap.builder().addPipelineNames("a", "a").build());
    assertEquals("compared pipeline names [a, a] are not unique", e.getMessage());
  }

  @Test
  void rejectsRegionOfUnknownPipeline() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                overlap()
                    .addRegions(VennRegion.of(ImmutableSet.of("c"), slice(eur(1), "o3")))
                    .build());
    assertEquals("region [c] names pipeline 'c', which is not among [a, b]", e.getMessage());
  }

  @Test
  void rejectsRegionListedTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                overlap()
                    .addRegions(VennRegion.of(ImmutableSet.of("a"), slice(eur(1), "o3")))
                    .build());
    assertEquals("region [a] is listed twice", e.getMessage());
  }

  @Test
  void rejectsOpportunityInTwoRegions() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                overlap()
                    .addRegions(VennRegion.of(ImmutableSet.of("b"), slice(eur(1), "o1")))
                    .build());
    assertEquals("opportunity o1 lies in more than one region", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(overlap().build(), overlap().build())
        .addEqualityGroup(overlap().addPointers(POINTER).build())
        .addEqualityGroup(PipelineOverlap.builder().addPipelineNames("a", "b").build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester().setDefault(String.class, "a");
    tester.testAllPublicStaticMethods(PipelineOverlap.class);
    tester.testAllPublicInstanceMethods(overlap().build());
    tester.testAllPublicInstanceMethods(PipelineOverlap.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("overlaps") PipelineOverlap overlap) {
    assertEquals(overlap, PipelineOverlap.builder().from(overlap).build());
  }

  @Property
  void withPointersRoundTrips(@ForAll("overlaps") PipelineOverlap overlap) {
    PipelineOverlap other = overlap.withPointers(POINTER);
    assertEquals(ImmutableList.of(POINTER), other.pointers());
    assertEquals(overlap, other.withPointers(overlap.pointers()));
  }

  @Provide
  Arbitrary<PipelineOverlap> overlaps() {
    return Arbitraries.of(ONLY_A, BOTH)
        .set()
        .flatMap(
            regions ->
                Arbitraries.of(PointerKind.class)
                    .list()
                    .ofMaxSize(2)
                    .map(
                        kinds -> {
                          PipelineOverlap.Builder builder =
                              PipelineOverlap.builder()
                                  .addPipelineNames("a", "b")
                                  .addAllRegions(regions);
                          kinds.forEach(kind -> builder.addPointers(Pointer.of(kind, "m")));
                          return builder.build();
                        }));
  }
}
