package org.alliancekit.pipeline.comparison;

import static org.alliancekit.pipeline.comparison.Fixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PointerTest {

  @Test
  void ofHasNoPipelinesOrOpportunities() {
    Pointer pointer = Pointer.of(PointerKind.AMOUNT_DIFFERS, "o1 differs");
    assertEquals(ImmutableList.of(), pointer.pipelines());
    assertEquals(ImmutableList.of(), pointer.opportunities());
  }

  @Test
  void rejectsBlankMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Pointer.of(PointerKind.STAGE_DIFFERS, "  "));
    assertEquals("pointer message of kind STAGE_DIFFERS must not be blank", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Pointer.of(PointerKind.AMOUNT_DIFFERS, "m"),
            Pointer.builder().kind(PointerKind.AMOUNT_DIFFERS).message("m").build())
        .addEqualityGroup(Pointer.of(PointerKind.STAGE_DIFFERS, "m"))
        .addEqualityGroup(Pointer.of(PointerKind.AMOUNT_DIFFERS, "n"))
        .addEqualityGroup(
            Pointer.builder()
                .kind(PointerKind.AMOUNT_DIFFERS)
                .message("m")
                .addOpportunities(ids("o1").get(0))
                .build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Pointer.class);
    tester.testAllPublicInstanceMethods(Pointer.of(PointerKind.AMOUNT_DIFFERS, "m"));
    tester.testAllPublicInstanceMethods(Pointer.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("pointers") Pointer pointer) {
    assertEquals(pointer, Pointer.builder().from(pointer).build());
  }

  @Property
  void withMessageRoundTrips(@ForAll("pointers") Pointer pointer) {
    Pointer other = pointer.withMessage("other");
    assertEquals("other", other.message());
    assertEquals(pointer, other.withMessage(pointer.message()));
  }

  @Provide
  Arbitrary<Pointer> pointers() {
    return Combinators.combine(
            Arbitraries.of(PointerKind.class),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
            Arbitraries.of("alliance", "jv", "jv+a").list().ofMaxSize(3))
        .as(
            (kind, message, pipelines) ->
                Pointer.builder().kind(kind).message(message).pipelines(pipelines).build());
  }
}
