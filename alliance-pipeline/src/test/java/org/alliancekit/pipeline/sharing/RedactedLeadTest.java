package org.alliancekit.pipeline.sharing;

import static org.alliancekit.pipeline.sharing.Fixtures.ACME;
import static org.alliancekit.pipeline.sharing.Fixtures.HOST;
import static org.alliancekit.pipeline.sharing.Fixtures.JAN_10;
import static org.alliancekit.pipeline.sharing.Fixtures.NORTHWIND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.OpportunityId;
import org.junit.jupiter.api.Test;

class RedactedLeadTest {

  private static RedactedLead.Builder minimal() {
    return RedactedLead.builder().received(JAN_10).status(LeadStatus.NEW);
  }

  @Test
  void everyGovernedFieldMayBeAbsent() {
    RedactedLead lead = minimal().build();
    assertEquals(LeadStatus.NEW, lead.status());
    assertEquals(0, lead.sharedWith().size());
  }

  @Test
  void rejectsSourceShownTogetherWithItsPseudonym() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> minimal().source(ACME).sourcePseudonym("ab12").build());
    assertEquals("redacted lead shows both the source and its pseudonym", e.getMessage());
  }

  @Test
  void rejectsConvertedOpportunityShownTogetherWithItsPseudonym() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                minimal()
                    .status(LeadStatus.CONVERTED)
                    .convertedOpportunity(OpportunityId.of("o-1"))
                    .convertedOpportunityPseudonym("ab12")
                    .build());
    assertEquals(
        "redacted lead shows both the converted opportunity and its pseudonym", e.getMessage());
  }

  @Test
  void rejectsSharedWithWithoutSource() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> minimal().addSharedWith(HOST).build());
    assertEquals("redacted lead lists 1 parties shared with without the source", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(minimal().build(), minimal().build())
        .addEqualityGroup(minimal().id(LeadId.of("l-1")).build())
        .addEqualityGroup(minimal().account(NORTHWIND).build())
        .addEqualityGroup(minimal().status(LeadStatus.ACCEPTED).build())
        .addEqualityGroup(minimal().source(ACME).addSharedWith(HOST).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RedactedLead.class);
    tester.testAllPublicInstanceMethods(minimal().source(ACME).build());
    tester.testAllPublicInstanceMethods(RedactedLead.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("leads") RedactedLead lead) {
    assertEquals(lead, RedactedLead.builder().from(lead).build());
  }

  @Property
  void withStatusRoundTrips(@ForAll("leads") RedactedLead lead) {
    RedactedLead rejected = lead.withStatus(LeadStatus.REJECTED);
    assertEquals(LeadStatus.REJECTED, rejected.status());
    assertEquals(lead, rejected.withStatus(lead.status()));
  }

  @Provide
  Arbitrary<RedactedLead> leads() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).optional(),
            Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).optional(),
            Arbitraries.of(LeadStatus.class))
        .as(
            (id, sourcePseudonym, status) ->
                minimal()
                    .id(id.map(LeadId::of))
                    .sourcePseudonym(sourcePseudonym)
                    .status(status)
                    .build());
  }
}
