package org.alliancekit.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void knownRatingHasValue() {
    Rating rating = Rating.of("Co1", 7);
    assertEquals("Co1", rating.code());
    assertEquals(OptionalDouble.of(7), rating.value());
    assertEquals(7.0, rating.valueOrNaN());
    assertTrue(rating.isKnown());
    assertEquals(Optional.empty(), rating.evidence());
  }

  @Test
  void unknownRatingHasNoValueAndIsNotZero() {
    Rating rating = Rating.unknown("O40");
    assertEquals(OptionalDouble.empty(), rating.value());
    assertTrue(Double.isNaN(rating.valueOrNaN()));
    assertFalse(rating.isKnown());
    assertFalse(rating.equals(Rating.of("O40", 0)));
  }

  @Test
  void builderLeavesValueUnknownUnlessSet() {
    assertEquals(Rating.unknown("S25"), Rating.builder().code("S25").build());
    assertEquals(
        Rating.of("S25", 9).withEvidence("Sponsor chairs the quarterly review"),
        Rating.builder()
            .code("S25")
            .value(9)
            .evidence("Sponsor chairs the quarterly review")
            .build());
  }

  @Test
  void rejectsNanValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rating.of("Co1", Double.NaN));
    assertEquals("rating value NaN for Co1 must be a finite number", e.getMessage());
  }

  @Test
  void rejectsInfiniteValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Rating.unknown("Co1").withValue(Double.NEGATIVE_INFINITY));
    assertEquals("rating value -Infinity for Co1 must be a finite number", e.getMessage());
  }

  @Test
  void rejectsCodeWithSurroundingWhitespace() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rating.of("Co1 ", 5));
    assertEquals("rating code 'Co1 ' must not start or end with whitespace", e.getMessage());
  }

  @Test
  void rejectsBlankEvidence() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rating.of("Co1", 5).withEvidence(" "));
    assertEquals("rating evidence ' ' must not be blank", e.getMessage());
  }

  @Test
  void negativeZeroIsStoredAsZero() {
    Rating rating = Rating.of("Co1", -0.0);
    assertEquals(Rating.of("Co1", 0.0), rating);
    assertEquals(
        Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(rating.value().getAsDouble()));
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(rating.valueOrNaN()));
  }

  @Test
  void missingCodeIsNamed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Rating.builder().value(3).build());
    assertTrue(e.getMessage().contains("code"), e.getMessage());
  }

  @Test
  void equalityIsByCodeValueAndEvidence() {
    new EqualsTester()
        .addEqualityGroup(Rating.of("Co1", 7), Rating.of("Co1", 7.0))
        .addEqualityGroup(Rating.of("Co1", 8))
        .addEqualityGroup(Rating.of("Co5", 7))
        .addEqualityGroup(Rating.unknown("Co1"))
        .addEqualityGroup(Rating.of("Co1", 7).withEvidence("Joint plan signed"))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Rating.class);
    tester.testAllPublicInstanceMethods(Rating.of("Co1", 7));
    tester.testAllPublicInstanceMethods(Rating.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("ratings") Rating rating) {
    assertEquals(rating, Rating.builder().from(rating).build());
  }

  @Property
  void valueOrNaNIsTheValueOrNaNWhenUnknown(@ForAll("ratings") Rating rating) {
    double expected = rating.value().isPresent() ? rating.value().getAsDouble() : Double.NaN;
    assertEquals(Double.valueOf(expected), Double.valueOf(rating.valueOrNaN()));
    assertEquals(
        Double.valueOf(expected), Double.valueOf(rating.withEvidence("seen").valueOrNaN()));
  }

  @Property
  void withValueRoundTrips(@ForAll("ratings") Rating rating) {
    Rating changed = rating.withValue(42);
    assertEquals(OptionalDouble.of(42), changed.value());
    assertEquals(rating.evidence(), changed.evidence());
    assertEquals(rating, changed.withValue(rating.value()));
  }

  @Provide
  Arbitrary<Rating> ratings() {
    return Combinators.combine(
            Arbitraries.of("Co1", "T14", "S25", "Cu31", "O52"),
            Arbitraries.doubles().between(-1e9, 1e9).optional(),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30).optional())
        .as(
            (code, value, evidence) ->
                Rating.builder()
                    .code(code)
                    .value(value.map(OptionalDouble::of).orElse(OptionalDouble.empty()))
                    .evidence(evidence)
                    .build());
  }
}
