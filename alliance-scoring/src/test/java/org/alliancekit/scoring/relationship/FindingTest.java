package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.alliancekit.scoring.relationship.Fixtures.REL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static Finding.Builder sponsorMissing() {
    return Finding.builder()
        .kind(FindingKind.NO_EXECUTIVE_SPONSOR)
        .severity(Severity.HIGH)
        .message("relationship rel-1 has no executive sponsor on the host side (hq)")
        .relationship(REL)
        .addParties(HQ);
  }

  @Test
  void keepsPartiesInIdOrder() {
    Finding finding = sponsorMissing().addParties(ACME).build();
    assertEquals(List.of(ACME, HQ), finding.parties().asList());
  }

  @Test
  void rejectsFindingWithoutParty() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Finding.builder()
                    .kind(FindingKind.CHANNEL_CONFLICT)
                    .severity(Severity.HIGH)
                    .message("account a is worked twice")
                    .build());
    assertEquals("CHANNEL_CONFLICT finding must name at least one party", e.getMessage());
  }

  @Test
  void rejectsBlankMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sponsorMissing().message(" ").build());
    assertEquals("NO_EXECUTIVE_SPONSOR finding message must not be blank", e.getMessage());
  }

  @Test
  void missingSeverityIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Finding.builder()
                    .kind(FindingKind.SIZE_IMBALANCE)
                    .message("m")
                    .addParties(HQ)
                    .build());
    assertTrue(e.getMessage().contains("severity"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(sponsorMissing().build(), sponsorMissing().addParties(HQ).build())
        .addEqualityGroup(sponsorMissing().severity(Severity.LOW).build())
        .addEqualityGroup(sponsorMissing().addParties(ACME).build())
        .addEqualityGroup(sponsorMissing().account(Fixtures.account("a")).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Finding.class);
    tester.testAllPublicInstanceMethods(sponsorMissing().build());
    tester.testAllPublicInstanceMethods(Finding.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("findings") Finding finding) {
    assertEquals(finding, Finding.builder().from(finding).build());
  }

  @Property
  void withSeverityRoundTrips(@ForAll("findings") Finding finding) {
    Finding changed = finding.withSeverity(Severity.LOW);
    assertEquals(Severity.LOW, changed.severity());
    assertEquals(finding, changed.withSeverity(finding.severity()));
  }

  @Provide
  static Arbitrary<Finding> findings() {
    return Combinators.combine(
            Arbitraries.of(FindingKind.class),
            Arbitraries.of(Severity.class),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30),
            Arbitraries.of(HQ, ACME).set().ofMinSize(1),
            Arbitraries.of("a1", "a2").map(Fixtures::account).optional())
        .as(
            (kind, severity, message, parties, account) ->
                Finding.builder()
                    .kind(kind)
                    .severity(severity)
                    .message(message)
                    .parties(parties)
                    .account(account)
                    .build());
  }
}
