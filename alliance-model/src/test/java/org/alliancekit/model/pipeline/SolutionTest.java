package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.HOST;
import static org.alliancekit.model.pipeline.Fixtures.ISV;
import static org.alliancekit.model.pipeline.Fixtures.PLATFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SolutionTest {
  private static final Contribution ISV_PART =
      Contribution.of(ISV, ContributionKind.RESALE, ContributionKind.JOINT_GO_TO_MARKET);
  private static final Contribution PLATFORM_PART =
      Contribution.of(PLATFORM, ContributionKind.PLATFORM, ContributionKind.JOINT_GO_TO_MARKET);
  private static final Contribution HOST_PART = Contribution.of(HOST, ContributionKind.SERVICES);

  /** The integrator stacks resale, joint go-to-market with the ISV and with the platform. */
  private static final Solution STACKED =
      Solution.of(
          SolutionId.of("claims-on-cloud"), "Claims on Cloud", ISV_PART, PLATFORM_PART, HOST_PART);

  @Test
  void contributorsOfEachKindInOrder() {
    assertEquals(ImmutableSet.of(ISV), STACKED.contributorsOf(ContributionKind.RESALE));
    assertEquals(
        ImmutableSet.of(ISV, PLATFORM),
        STACKED.contributorsOf(ContributionKind.JOINT_GO_TO_MARKET));
    assertEquals(ImmutableSet.of(PLATFORM), STACKED.contributorsOf(ContributionKind.PLATFORM));
    assertEquals(ImmutableSet.of(HOST), STACKED.contributorsOf(ContributionKind.SERVICES));
    assertEquals(
        ImmutableSet.of(),
        Solution.of(SolutionId.of("services-only"), "Services only", HOST_PART)
            .contributorsOf(ContributionKind.RESALE));
  }

  @Test
  void partiesAndContributionOfAParty() {
    assertEquals(ImmutableSet.of(ISV, PLATFORM, HOST), STACKED.parties());
    assertEquals(Optional.of(PLATFORM_PART), STACKED.contributionOf(PLATFORM));
    assertEquals(Optional.empty(), STACKED.contributionOf(Fixtures.ACME));
  }

  @Test
  void rejectsSolutionWithoutContribution() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Solution.of(SolutionId.of("empty"), "Empty"));
    assertEquals("solution Empty must have at least one contribution", e.getMessage());
  }

  @Test
  void rejectsPartyContributingTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Solution.of(
                    SolutionId.of("twice"),
                    "Twice",
                    ISV_PART,
                    HOST_PART,
                    Contribution.of(ISV, ContributionKind.SERVICES)));
    assertEquals("solution Twice lists isv as contributor more than once", e.getMessage());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> STACKED.withName("\t"));
    assertEquals("solution name '\t' must not be blank", e.getMessage());
  }

  @Test
  void builderAndFactoryAgree() {
    assertEquals(
        STACKED,
        Solution.builder()
            .id(SolutionId.of("claims-on-cloud"))
            .name("Claims on Cloud")
            .addContributions(ISV_PART, PLATFORM_PART)
            .addContribution(HOST_PART)
            .build());
  }

  @Test
  void equalityIsByNameAndContributionsInOrder() {
    new EqualsTester()
        .addEqualityGroup(
            STACKED,
            Solution.of(
                SolutionId.of("claims-on-cloud"),
                "Claims on Cloud",
                ISV_PART,
                PLATFORM_PART,
                HOST_PART))
        .addEqualityGroup(
            Solution.of(SolutionId.of("claims"), "Claims", ISV_PART, PLATFORM_PART, HOST_PART))
        .addEqualityGroup(
            Solution.of(
                SolutionId.of("other"), "Claims on Cloud", ISV_PART, PLATFORM_PART, HOST_PART))
        .addEqualityGroup(
            Solution.of(
                SolutionId.of("claims-on-cloud"),
                "Claims on Cloud",
                HOST_PART,
                ISV_PART,
                PLATFORM_PART))
        .addEqualityGroup(
            Solution.of(SolutionId.of("claims-on-cloud"), "Claims on Cloud", ISV_PART))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Solution.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(STACKED);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Solution.builder());
  }
}
