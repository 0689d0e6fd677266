package org.alliancekit.pipeline.comparison;

import static org.alliancekit.pipeline.comparison.Fixtures.EUR;
import static org.alliancekit.pipeline.comparison.Fixtures.USD;
import static org.alliancekit.pipeline.comparison.Fixtures.eur;
import static org.alliancekit.pipeline.comparison.Fixtures.ids;
import static org.alliancekit.pipeline.comparison.Fixtures.slice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.pipeline.OpportunityId;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PipelineSliceTest {

  @Test
  void keepsOpportunitiesInIdOrderAndCurrenciesInCodeOrder() {
    PipelineSlice slice =
        PipelineSlice.of(
            ids("o3", "o1", "o2"),
            ImmutableMap.of(USD, Money.of(5, "USD"), EUR, Money.of(7, "EUR")));
    assertEquals(ids("o1", "o2", "o3"), slice.opportunities());
    assertEquals(ImmutableList.of(EUR, USD), slice.value().keySet().asList());
    assertEquals(3, slice.count());
  }

  @Test
  void emptySliceHasNothing() {
    assertTrue(PipelineSlice.empty().isEmpty());
    assertEquals(0, PipelineSlice.empty().count());
    assertEquals(ImmutableMap.of(), PipelineSlice.empty().value());
  }

  @Test
  void plusAddsDisjointSlicesPerCurrency() {
    // EUR 100 + EUR 50 = EUR 150; USD 40 carried over.
    PipelineSlice sum =
        slice(eur(100), "o1")
            .plus(
                PipelineSlice.of(
                    ids("o2", "o0"),
                    ImmutableMap.of(EUR, Money.of(50, "EUR"), USD, Money.of(40, "USD"))));
    assertEquals(ids("o0", "o1", "o2"), sum.opportunities());
    assertEquals(Money.of(150, "EUR"), sum.value().get(EUR));
    assertEquals(Money.of(40, "USD"), sum.value().get(USD));
  }

  @Test
  void rejectsPlusOfOverlappingSlices() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> slice(eur(100), "o1").plus(slice(eur(100), "o1")));
    assertEquals("opportunity o1 is in both slices, so it would count twice", e.getMessage());
  }

  @Test
  void rejectsOpportunityListedTwice() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> slice(eur(1), "o1", "o1"));
    assertEquals("opportunity o1 is listed twice in the slice", e.getMessage());
  }

  @Test
  void rejectsTotalUnderTheWrongCurrency() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PipelineSlice.of(ids("o1"), ImmutableMap.of(EUR, Money.of(5, "USD"))));
    assertEquals("total USD 5 is filed under currency EUR", e.getMessage());
  }

  @Test
  void rejectsNegativeTotal() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PipelineSlice.of(ids("o1"), ImmutableMap.of(EUR, Money.of(-5, "EUR"))));
    assertEquals("total EUR -5 must not be negative", e.getMessage());
  }

  @Test
  void equalityIsByValueWhateverTheAmountType() {
    new EqualsTester()
        .addEqualityGroup(
            slice(eur(100), "o1", "o2"),
            slice(eur(100), "o2", "o1"),
            PipelineSlice.of(ids("o1", "o2"), ImmutableMap.of(EUR, FastMoney.of(100, "EUR"))),
            PipelineSlice.of(
                ids("o1", "o2"), ImmutableMap.of(EUR, Money.of(new BigDecimal("100.00"), "EUR"))))
        .addEqualityGroup(slice(eur(101), "o1", "o2"))
        .addEqualityGroup(slice(eur(100), "o1"))
        .addEqualityGroup(PipelineSlice.empty())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(PipelineSlice.class);
    tester.testAllPublicInstanceMethods(slice(eur(1), "o1"));
    tester.testAllPublicInstanceMethods(PipelineSlice.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("slices") PipelineSlice slice) {
    assertEquals(slice, PipelineSlice.builder().from(slice).build());
  }

  @Property
  void withOpportunitiesRoundTrips(@ForAll("slices") PipelineSlice slice) {
    PipelineSlice other = slice.withOpportunities(ids("zz"));
    assertEquals(ids("zz"), other.opportunities());
    assertEquals(slice, other.withOpportunities(slice.opportunities()));
  }

  @Provide
  Arbitrary<PipelineSlice> slices() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).set().ofMaxSize(4),
            Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.of("EUR", "USD", "GBP"))
        .as(
            (ids, minor, currency) ->
                PipelineSlice.of(
                    ids.stream().map(OpportunityId::of).toList(),
                    ImmutableMap.of(
                        Money.of(0, currency).getCurrency(),
                        Money.of(BigDecimal.valueOf(minor, 2), currency))));
  }
}
