package org.alliancekit.pipeline.sharing;

import static org.alliancekit.pipeline.sharing.Fixtures.AS_OF;
import static org.alliancekit.pipeline.sharing.Fixtures.JAN_10;
import static org.alliancekit.pipeline.sharing.Fixtures.coSell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Origin;
import org.junit.jupiter.api.Test;

class RedactedPipelineTest {
  private static final RedactedOpportunity RECORD =
      RedactedOpportunity.builder()
          .stage(coSell("Qualified"))
          .created(JAN_10)
          .expectedClose(LocalDate.of(2024, 6, 30))
          .origin(Origin.DIRECT)
          .build();
  private static final RedactedLead LEAD =
      RedactedLead.builder().received(JAN_10).status(LeadStatus.NEW).build();

  private static RedactedPipeline.Builder full() {
    return RedactedPipeline.builder()
        .asOf(AS_OF)
        .opportunityVisibility(Visibility.FULL)
        .leadVisibility(Visibility.FULL)
        .opportunityCount(1)
        .leadCount(1)
        .addOpportunities(RECORD)
        .addLeads(LEAD);
  }

  private static RedactedPipeline.Builder nothing() {
    return RedactedPipeline.builder()
        .asOf(AS_OF)
        .opportunityVisibility(Visibility.NOTHING)
        .leadVisibility(Visibility.NOTHING);
  }

  @Test
  void fullViewListsRecordsAndCounts() {
    RedactedPipeline view = full().build();
    assertEquals(OptionalInt.of(1), view.opportunityCount());
    assertEquals(1, view.leads().size());
  }

  @Test
  void rejectsCountAtNothingVisibility() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> nothing().opportunityCount(3).build());
    assertEquals("opportunity count must be absent at NOTHING visibility", e.getMessage());
  }

  @Test
  void rejectsMissingCountAtCountsOnlyVisibility() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> nothing().leadVisibility(Visibility.COUNTS_ONLY).build());
    assertEquals("lead count must be present at COUNTS_ONLY visibility", e.getMessage());
  }

  @Test
  void rejectsRecordsAtCountsOnlyVisibility() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> full().opportunityVisibility(Visibility.COUNTS_ONLY).build());
    assertEquals(
        "opportunity visibility COUNTS_ONLY shows no records, but 1 opportunity records are listed",
        e.getMessage());
  }

  @Test
  void rejectsMoreRecordsThanTheCount() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> full().leadCount(0).build());
    assertEquals("lead records listed (1) exceed the lead count 0", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(full().build(), full().build())
        .addEqualityGroup(nothing().build())
        .addEqualityGroup(nothing().asOf(JAN_10).build())
        .addEqualityGroup(full().opportunityCount(5).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RedactedPipeline.class);
    tester.testAllPublicInstanceMethods(full().build());
    tester.testAllPublicInstanceMethods(RedactedPipeline.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("views") RedactedPipeline view) {
    assertEquals(view, RedactedPipeline.builder().from(view).build());
  }

  @Property
  void withAsOfRoundTrips(@ForAll("views") RedactedPipeline view) {
    RedactedPipeline moved = view.withAsOf(JAN_10);
    assertEquals(JAN_10, moved.asOf());
    assertEquals(view, moved.withAsOf(view.asOf()));
  }

  @Provide
  Arbitrary<RedactedPipeline> views() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 5),
            Arbitraries.of(Visibility.COUNTS_ONLY, Visibility.NOTHING))
        .as(
            (records, extra, leadVisibility) -> {
              RedactedPipeline.Builder builder =
                  RedactedPipeline.builder()
                      .asOf(AS_OF)
                      .opportunityVisibility(Visibility.OVERLAPPING_ACCOUNTS)
                      .opportunityCount(records + extra)
                      .leadVisibility(leadVisibility);
              for (int i = 0; i < records; i++) {
                builder.addOpportunities(RECORD);
              }
              if (leadVisibility.showsCounts()) {
                builder.leadCount(extra);
              }
              return builder.build();
            });
  }
}
