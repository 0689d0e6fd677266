package org.alliancekit.pipeline.comparison;

import static org.alliancekit.pipeline.comparison.Fixtures.NORTH;
import static org.alliancekit.pipeline.comparison.Fixtures.SOUTH;
import static org.alliancekit.pipeline.comparison.Fixtures.opportunity;
import static org.alliancekit.pipeline.comparison.Fixtures.pipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class JointVenturePipelinesTest {
  private static final Pipeline A = pipeline(opportunity("o1", 1));
  private static final Pipeline B = pipeline(opportunity("o2", 2));

  private static JointVenturePipelines.Builder venture() {
    return JointVenturePipelines.builder().alliance(A).jointVenture(B).putWithParent(NORTH, A);
  }

  @Test
  void namesPipelinesAllianceJointVentureThenEachParent() {
    JointVenturePipelines pipelines = venture().putWithParent(SOUTH, B).build();
    assertEquals(
        ImmutableList.of("alliance", "jv", "jv+north", "jv+south"),
        pipelines.named().keySet().asList());
    assertEquals(B, pipelines.named().get("jv+south"));
    assertEquals("jv+acme", JointVenturePipelines.pairwiseName(PartnerId.of("acme")));
  }

  @Test
  void rejectsVentureWithoutAnyParentPipeline() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JointVenturePipelines.builder().alliance(A).jointVenture(B).build());
    assertEquals(
        "joint venture pipelines need the pipeline shared with at least one parent",
        e.getMessage());
  }

  @Test
  void missingAllianceIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> JointVenturePipelines.builder().jointVenture(B).putWithParent(NORTH, A).build());
    assertTrue(e.getMessage().contains("alliance"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(venture().build(), venture().build())
        .addEqualityGroup(venture().alliance(B).build())
        .addEqualityGroup(venture().putWithParent(SOUTH, B).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(JointVenturePipelines.class);
    tester.testAllPublicInstanceMethods(venture().build());
    tester.testAllPublicInstanceMethods(JointVenturePipelines.builder());
  }

  @Property(tries = 50)
  void copyThroughBuilderFromIsEqual(@ForAll("ventures") JointVenturePipelines pipelines) {
    assertEquals(pipelines, JointVenturePipelines.builder().from(pipelines).build());
  }

  @Property(tries = 50)
  void withAllianceRoundTrips(@ForAll("ventures") JointVenturePipelines pipelines) {
    JointVenturePipelines other = pipelines.withAlliance(pipeline());
    assertEquals(pipeline(), other.alliance());
    assertEquals(pipelines, other.withAlliance(pipelines.alliance()));
  }

  @Provide
  Arbitrary<JointVenturePipelines> ventures() {
    return Arbitraries.of("north", "south", "east")
        .set()
        .ofMinSize(1)
        .map(
            parents -> {
              JointVenturePipelines.Builder builder =
                  JointVenturePipelines.builder().alliance(A).jointVenture(B);
              parents.forEach(parent -> builder.putWithParent(PartnerId.of(parent), A));
              return builder.build();
            });
  }
}
