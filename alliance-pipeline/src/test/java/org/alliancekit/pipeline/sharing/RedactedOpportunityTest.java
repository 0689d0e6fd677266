package org.alliancekit.pipeline.sharing;

import static org.alliancekit.pipeline.sharing.Fixtures.ACME;
import static org.alliancekit.pipeline.sharing.Fixtures.HOST;
import static org.alliancekit.pipeline.sharing.Fixtures.JAN_10;
import static org.alliancekit.pipeline.sharing.Fixtures.NORTHWIND;
import static org.alliancekit.pipeline.sharing.Fixtures.coSell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Outcome;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class RedactedOpportunityTest {

  private static RedactedOpportunity.Builder minimal() {
    return RedactedOpportunity.builder()
        .stage(coSell("Qualified"))
        .created(JAN_10)
        .expectedClose(LocalDate.of(2024, 6, 30))
        .origin(Origin.DIRECT);
  }

  @Test
  void everyGovernedFieldMayBeAbsent() {
    RedactedOpportunity record = minimal().build();
    assertEquals(Outcome.OPEN, record.outcome());
    assertEquals(0, record.involvements().size());
  }

  @Test
  void outcomeFollowsTheStage() {
    assertEquals(Outcome.LOST, minimal().stage(coSell("Closed Lost")).build().outcome());
  }

  @Test
  void rejectsIdShownTogetherWithItsPseudonym() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> minimal().id(OpportunityId.of("o-1")).idPseudonym("ab12").build());
    assertEquals("redacted opportunity shows both the id and its pseudonym", e.getMessage());
  }

  @Test
  void rejectsAmountShownTogetherWithItsPseudonym() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> minimal().amount(Money.of(1, "EUR")).amountPseudonym("ab12").build());
    assertEquals("redacted opportunity shows both the amount and its pseudonym", e.getMessage());
  }

  @Test
  void rejectsInvolvementsWithoutOwner() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                minimal().addInvolvements(Involvement.of(ACME, InvolvementRole.CO_SELLER)).build());
    assertEquals("redacted opportunity lists 1 involvements without the owner", e.getMessage());
  }

  @Test
  void rejectsPartnerPseudonymsWithoutOwnerPseudonym() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> minimal().addPartnerPseudonyms("ab", "cd").build());
    assertEquals(
        "redacted opportunity lists 2 partner pseudonyms without the owner pseudonym",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(minimal().build(), minimal().build())
        .addEqualityGroup(minimal().id(OpportunityId.of("o-1")).build())
        .addEqualityGroup(minimal().idPseudonym("ab12").build())
        .addEqualityGroup(minimal().account(NORTHWIND).build())
        .addEqualityGroup(minimal().owner(HOST).build())
        .addEqualityGroup(minimal().origin(Origin.PARTNER_SOURCED).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RedactedOpportunity.class);
    tester.testAllPublicInstanceMethods(minimal().name("Claims").build());
    tester.testAllPublicInstanceMethods(RedactedOpportunity.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("records") RedactedOpportunity record) {
    assertEquals(record, RedactedOpportunity.builder().from(record).build());
  }

  @Property
  void withNameRoundTrips(@ForAll("records") RedactedOpportunity record) {
    RedactedOpportunity renamed = record.withName("Renamed");
    assertEquals("Renamed", renamed.name().orElseThrow());
    assertEquals(record, renamed.withName(record.name()));
  }

  @Provide
  Arbitrary<RedactedOpportunity> records() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).optional(),
            Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).optional(),
            Arbitraries.longs().between(0, 1_000_000).optional(),
            Arbitraries.of(Origin.class),
            Arbitraries.of("Prospect", "Qualified", "Launched"))
        .as(
            (name, accountPseudonym, amount, origin, stage) ->
                minimal()
                    .name(name)
                    .accountPseudonym(accountPseudonym)
                    .amount(amount.map(value -> Money.of(value, "EUR")))
                    .origin(origin)
                    .stage(coSell(stage))
                    .build());
  }
}
