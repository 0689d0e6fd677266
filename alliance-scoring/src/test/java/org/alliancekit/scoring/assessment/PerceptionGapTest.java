package org.alliancekit.scoring.assessment;

import static org.alliancekit.scoring.assessment.GapFixtures.ACME;
import static org.alliancekit.scoring.assessment.GapFixtures.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class PerceptionGapTest {
  private static final double EPSILON = 1e-12;
  private static final RatingScale TEN = RatingScale.zeroToTen();

  /*
   * Worked by hand. The host rates on 0..10, the partner on 1..5 (normalised (v - 1) / 4):
   *   Co1: host 8 -> 0.8, partner 3 -> 0.5,  gap  0.3
   *   Co2: host 6 -> 0.6, partner 4 -> 0.75, gap -0.15
   *   T1:  host 9 -> 0.9, partner 1 -> 0,    gap  0.9
   *   S1:  host 5 -> 0.5, partner 5 -> 1,    gap -0.5
   *   S2:  host unknown, partner 3: not compared. O1: rated by neither.
   * Areas: COMMERCIAL host (0.8 + 0.6) / 2 = 0.7, partner (0.5 + 0.75) / 2 = 0.625, gap 0.075;
   *        TECHNICAL 0.9; STRATEGIC -0.5 (over S1 only); no CULTURAL, no OPERATIONAL.
   * Mean absolute gap (0.3 + 0.15 + 0.9 + 0.5) / 4 = 0.4625.
   */
  private static final Assessment HOST =
      assessment(
          "acme-host",
          Side.HOST,
          TEN,
          Rating.of("S1", 5),
          Rating.of("Co1", 8),
          Rating.of("Co2", 6),
          Rating.of("T1", 9),
          Rating.unknown("S2"));
  private static final Assessment PARTNER =
      assessment(
          "acme-partner",
          Side.PARTNER,
          RatingScale.likert5(),
          Rating.of("Co1", 3),
          Rating.of("Co2", 4),
          Rating.of("T1", 1),
          Rating.of("S1", 5),
          Rating.of("S2", 3));

  @Test
  void handMadePerceptionGap() {
    PerceptionGap gap = PerceptionGap.of(List.of(PARTNER, HOST));
    assertEquals(ACME, gap.relationship());
    assertEquals("SMALL", gap.catalog());
    assertEquals(
        List.of("Co1", "Co2", "T1", "S1"), gap.factors().stream().map(FactorGap::code).toList());
    assertGap(0.3, gap.factor("Co1"));
    assertGap(-0.15, gap.factor("Co2"));
    assertGap(0.9, gap.factor("T1"));
    assertGap(-0.5, gap.factor("S1"));
    assertEquals(Optional.empty(), gap.factor("S2"));
    assertEquals(FactorGap.of("T1", FactorCategory.TECHNICAL, 0.9, 0), gap.factor("T1").get());

    assertEquals(
        List.of(FactorCategory.COMMERCIAL, FactorCategory.TECHNICAL, FactorCategory.STRATEGIC),
        gap.areas().stream().map(AreaGap::category).toList());
    AreaGap commercial = gap.area(FactorCategory.COMMERCIAL).get();
    assertEquals(0.7, commercial.host(), EPSILON);
    assertEquals(0.625, commercial.partner(), EPSILON);
    assertEquals(0.075, commercial.gap(), EPSILON);
    assertEquals(2, commercial.factors());
    assertEquals(-0.5, gap.area(FactorCategory.STRATEGIC).get().gap(), EPSILON);
    assertEquals(1, gap.area(FactorCategory.STRATEGIC).get().factors());
    assertEquals(Optional.empty(), gap.area(FactorCategory.OPERATIONAL));

    assertEquals(0.4625, gap.meanAbsoluteGap().getAsDouble(), EPSILON);
    assertEquals(
        List.of("T1", "S1", "Co1", "Co2"),
        gap.largestFirst().stream().map(FactorGap::code).toList());
    assertEquals(
        List.of(FactorCategory.TECHNICAL, FactorCategory.STRATEGIC, FactorCategory.COMMERCIAL),
        gap.largestAreasFirst().stream().map(AreaGap::category).toList());
  }

  @Test
  void equalGapsKeepCatalogOrder() {
    // Co1: 0.4 - 0.6 and T1: 0.6 - 0.4 have the same absolute gap; Co1 comes first in the catalog.
    // S1: 0.3 - 0.3 = 0 comes last.
    PerceptionGap gap =
        PerceptionGap.between(
            List.of(
                assessment(
                    "h",
                    Side.HOST,
                    TEN,
                    Rating.of("T1", 6),
                    Rating.of("S1", 3),
                    Rating.of("Co1", 4))),
            List.of(
                assessment(
                    "p",
                    Side.PARTNER,
                    TEN,
                    Rating.of("S1", 3),
                    Rating.of("T1", 4),
                    Rating.of("Co1", 6))));
    assertEquals(
        List.of("Co1", "T1", "S1"), gap.largestFirst().stream().map(FactorGap::code).toList());
    assertEquals(
        List.of(FactorCategory.COMMERCIAL, FactorCategory.TECHNICAL, FactorCategory.STRATEGIC),
        gap.largestAreasFirst().stream().map(AreaGap::category).toList());
  }

  @Test
  void severalAssessmentsOfASideAreAveragedFirst() {
    // Host: Co1 6 and 8 on 0..10 average to 0.7; the partner's 5 is 0.5; gap 0.2.
    PerceptionGap gap =
        PerceptionGap.of(
            List.of(
                assessment("h1", Side.HOST, TEN, Rating.of("Co1", 6)),
                assessment("h2", Side.HOST, TEN, Rating.of("Co1", 8)),
                assessment("p1", Side.PARTNER, TEN, Rating.of("Co1", 5)),
                assessment("x1", Side.INDEPENDENT, TEN, Rating.of("Co1", 0))));
    assertEquals(0.7, gap.factor("Co1").get().host(), EPSILON);
    assertEquals(0.2, gap.factor("Co1").get().gap(), EPSILON);
  }

  @Test
  void noFactorRatedOnBothSidesGivesNoGaps() {
    PerceptionGap gap =
        PerceptionGap.between(
            List.of(assessment("h", Side.HOST, TEN, Rating.of("Co1", 6))),
            List.of(assessment("p", Side.PARTNER, TEN, Rating.of("Co2", 6))));
    assertEquals(ImmutableList.of(), gap.factors());
    assertEquals(ImmutableList.of(), gap.areas());
    assertEquals(OptionalDouble.empty(), gap.meanAbsoluteGap());
  }

  @Test
  void rejectsAMissingPartnerSide() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PerceptionGap.of(List.of(HOST, HOST.withId(AssessmentId.of("acme-host-2")))));
    assertEquals(
        "relationship acme has no PARTNER assessment; a perception gap needs at least one"
            + " assessment from each side",
        e.getMessage());
  }

  @Test
  void rejectsAMissingHostSide() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PerceptionGap.of(List.of(PARTNER)));
    assertEquals(
        "relationship acme has no HOST assessment; a perception gap needs at least one"
            + " assessment from each side",
        e.getMessage());
  }

  @Test
  void rejectsNoAssessments() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PerceptionGap.of(List.of()));
    assertEquals(
        "no assessments given; a perception gap needs at least one assessment from each side",
        e.getMessage());
  }

  @Test
  void rejectsAnEmptyViewInBetween() {
    IllegalArgumentException host =
        assertThrows(
            IllegalArgumentException.class,
            () -> PerceptionGap.between(List.of(), List.of(PARTNER)));
    assertEquals(
        "no host-side assessment given; a perception gap needs at least one assessment from each"
            + " side",
        host.getMessage());
    IllegalArgumentException partner =
        assertThrows(
            IllegalArgumentException.class, () -> PerceptionGap.between(List.of(HOST), List.of()));
    assertEquals(
        "no partner-side assessment given; a perception gap needs at least one assessment from"
            + " each side",
        partner.getMessage());
  }

  @Test
  void rejectsViewsOfDifferentRelationships() {
    Assessment globex = PARTNER.withRelationship(RelationshipId.of("globex"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PerceptionGap.between(List.of(HOST), List.of(globex)));
    assertEquals(
        "assessments acme-host and acme-partner are of different relationships, acme and globex;"
            + " only assessments of one relationship can be compared",
        e.getMessage());
  }

  @Test
  void rejectsTheSameAssessmentOnBothSides() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PerceptionGap.between(List.of(HOST), List.of(HOST)));
    assertEquals(
        "assessment id acme-host appears more than once; each assessment can be compared only once",
        e.getMessage());
  }

  @Test
  void rejectsRepeatedFactorsAndUnorderedAreas() {
    FactorGap co1 = FactorGap.of("Co1", FactorCategory.COMMERCIAL, 0.5, 0.5);
    IllegalArgumentException factors =
        assertThrows(
            IllegalArgumentException.class, () -> builder().addFactor(co1).addFactor(co1).build());
    assertEquals(
        "factor Co1 appears more than once in the perception gap of relationship acme",
        factors.getMessage());
    AreaGap technical = AreaGap.of(FactorCategory.TECHNICAL, 0.5, 0.5, 1);
    AreaGap commercial = AreaGap.of(FactorCategory.COMMERCIAL, 0.5, 0.5, 1);
    IllegalArgumentException areas =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder().addArea(technical).addArea(commercial).build());
    assertTrue(
        areas
            .getMessage()
            .startsWith("area gaps of relationship acme must be distinct and in category order"),
        areas.getMessage());
  }

  @Test
  void rejectsBlankCatalogName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder().catalog(" ").build());
    assertEquals("catalog name ' ' of a perception gap must not be blank", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    FactorGap co1 = FactorGap.of("Co1", FactorCategory.COMMERCIAL, 0.5, 0.25);
    new EqualsTester()
        .addEqualityGroup(builder().build(), builder().build())
        .addEqualityGroup(builder().addFactor(co1).build())
        .addEqualityGroup(
            builder().addArea(AreaGap.of(FactorCategory.COMMERCIAL, 0.5, 0.25, 1)).build())
        .addEqualityGroup(builder().catalog("OTHER").build())
        .addEqualityGroup(builder().relationship(RelationshipId.of("globex")).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = GapFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(PerceptionGap.class);
    tester.testAllPublicInstanceMethods(PerceptionGap.of(List.of(HOST, PARTNER)));
    tester.testAllPublicInstanceMethods(PerceptionGap.builder());
  }

  @Property
  void hostAgainstPartnerIsTheNegationOfPartnerAgainstHost(
      @ForAll("hostViews") List<Assessment> host,
      @ForAll("partnerViews") List<Assessment> partner) {
    PerceptionGap forward = PerceptionGap.between(host, partner);
    PerceptionGap backward = PerceptionGap.between(partner, host);
    assertEquals(forward.factors().size(), backward.factors().size());
    for (int i = 0; i < forward.factors().size(); i++) {
      FactorGap f = forward.factors().get(i);
      FactorGap b = backward.factors().get(i);
      assertEquals(f.code(), b.code());
      assertEquals(f.host(), b.partner());
      assertEquals(f.partner(), b.host());
      assertEquals(f.gap(), -b.gap(), 0.0);
    }
    assertEquals(forward.areas().size(), backward.areas().size());
    for (int i = 0; i < forward.areas().size(); i++) {
      assertEquals(forward.areas().get(i).category(), backward.areas().get(i).category());
      assertEquals(forward.areas().get(i).gap(), -backward.areas().get(i).gap(), 0.0);
    }
    assertEquals(forward.meanAbsoluteGap(), backward.meanAbsoluteGap());
    assertEquals(
        forward,
        PerceptionGap.of(ImmutableList.<Assessment>builder().addAll(partner).addAll(host).build()));
  }

  @Property
  void gapsAreOrderedLargestFirstAndStayInRange(
      @ForAll("hostViews") List<Assessment> host,
      @ForAll("partnerViews") List<Assessment> partner) {
    PerceptionGap gap = PerceptionGap.between(host, partner);
    ImmutableList<FactorGap> largest = gap.largestFirst();
    for (int i = 1; i < largest.size(); i++) {
      assertTrue(largest.get(i - 1).absoluteGap() >= largest.get(i).absoluteGap());
    }
    gap.meanAbsoluteGap().ifPresent(mean -> assertTrue(mean >= 0 && mean <= 1, "" + mean));
    gap.factors().forEach(f -> assertTrue(f.gap() >= -1 && f.gap() <= 1));
  }

  @Property
  void copyThroughBuilderFromIsEqual(
      @ForAll("hostViews") List<Assessment> host,
      @ForAll("partnerViews") List<Assessment> partner) {
    PerceptionGap gap = PerceptionGap.between(host, partner);
    assertEquals(gap, PerceptionGap.builder().from(gap).build());
  }

  @Property
  void withCatalogChangesOnlyTheCatalog(
      @ForAll("hostViews") List<Assessment> host,
      @ForAll("partnerViews") List<Assessment> partner) {
    PerceptionGap gap = PerceptionGap.between(host, partner);
    PerceptionGap renamed = gap.withCatalog("RENAMED");
    assertEquals("RENAMED", renamed.catalog());
    assertEquals(gap.factors(), renamed.factors());
    assertEquals(gap, renamed.withCatalog(gap.catalog()));
  }

  @Provide
  Arbitrary<List<Assessment>> hostViews() {
    return GapFixtures.views("h", Side.HOST);
  }

  @Provide
  Arbitrary<List<Assessment>> partnerViews() {
    return GapFixtures.views("p", Side.PARTNER);
  }

  private static PerceptionGap.Builder builder() {
    return PerceptionGap.builder().relationship(ACME).catalog("SMALL");
  }

  private static void assertGap(double expected, Optional<FactorGap> gap) {
    assertEquals(expected, gap.orElseThrow().gap(), EPSILON);
  }
}
