package org.alliancekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.function.Function;
import java.util.stream.Stream;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every identifier type shares, checked for each of them. */
class IdsTest {

  static Stream<Arguments> ids() {
    return Stream.of(
        id("partner id", PartnerId.class, PartnerId::of, PartnerId::parse),
        id("account id", AccountId.class, AccountId::of, AccountId::parse),
        id("relationship id", RelationshipId.class, RelationshipId::of, RelationshipId::parse),
        id("joint venture id", JointVentureId.class, JointVentureId::of, JointVentureId::parse),
        id("network id", NetworkId.class, NetworkId::of, NetworkId::parse),
        id("assessment id", AssessmentId.class, AssessmentId::of, AssessmentId::parse),
        id("opportunity id", OpportunityId.class, OpportunityId::of, OpportunityId::parse),
        id("lead id", LeadId.class, LeadId::of, LeadId::parse));
  }

  private static <T> Arguments id(
      String label, Class<T> type, Function<String, T> of, Function<String, T> parse) {
    return Arguments.of(label, type, of, parse);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void textRoundTripsThroughParse(
      String label, Class<?> type, Function<String, ?> of, Function<String, ?> parse) {
    Object id = of.apply("acme-42");
    assertEquals("acme-42", id.toString());
    assertEquals(id, parse.apply(id.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void equalityIsByText(
      String label, Class<?> type, Function<String, ?> of, Function<String, ?> parse) {
    new EqualsTester()
        .addEqualityGroup(of.apply("a"), parse.apply("a"))
        .addEqualityGroup(of.apply("A"))
        .addEqualityGroup(of.apply("a b"))
        .testEquals();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsBlankText(
      String label, Class<?> type, Function<String, ?> of, Function<String, ?> parse) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of.apply(" "));
    assertEquals(label + " ' ' must not be blank", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsSurroundingWhitespace(
      String label, Class<?> type, Function<String, ?> of, Function<String, ?> parse) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> of.apply("acme "));
    assertEquals(label + " 'acme ' must not start or end with whitespace", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsControlCharacters(
      String label, Class<?> type, Function<String, ?> of, Function<String, ?> parse) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> of.apply("ac\u0000me"));
    assertEquals(label + " 'ac?me' must not contain control characters", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsTextLongerThan256Characters(
      String label, Class<?> type, Function<String, ?> of, Function<String, ?> parse) {
    of.apply(Strings.repeat("x", 256));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> of.apply(Strings.repeat("x", 257)));
    assertEquals(
        label + " of length 257 is longer than the 256 characters allowed", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  @SuppressWarnings("unchecked")
  void ordersByText(
      String label, Class<?> type, Function<String, ?> of, Function<String, ?> parse) {
    Comparable<Object> a = (Comparable<Object>) of.apply("a");
    assertTrue(a.compareTo(of.apply("b")) < 0);
    assertEquals(0, a.compareTo(of.apply("a")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsNull(String label, Class<?> type, Function<String, ?> of, Function<String, ?> parse) {
    new NullPointerTester().testAllPublicStaticMethods(type);
    new NullPointerTester().testAllPublicInstanceMethods(of.apply("a"));
  }
}
