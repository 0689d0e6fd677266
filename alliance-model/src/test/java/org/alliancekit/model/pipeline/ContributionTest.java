package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.ISV;
import static org.alliancekit.model.pipeline.Fixtures.PLATFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionTest {

  @Test
  void keepsKindsInDeclarationOrder() {
    Contribution isv =
        Contribution.of(ISV, ContributionKind.JOINT_GO_TO_MARKET, ContributionKind.RESALE);
    assertEquals(ISV, isv.party());
    assertEquals(
        ImmutableList.of(ContributionKind.RESALE, ContributionKind.JOINT_GO_TO_MARKET),
        isv.kinds().asList());
    assertTrue(isv.includes(ContributionKind.RESALE));
    assertFalse(isv.includes(ContributionKind.PLATFORM));
  }

  @Test
  void repeatedKindsCollapse() {
    assertEquals(
        ImmutableSet.of(ContributionKind.SERVICES),
        Contribution.of(ISV, ContributionKind.SERVICES, ContributionKind.SERVICES).kinds());
  }

  @Test
  void rejectsContributionWithoutKind() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Contribution.of(ISV, List.of()));
    assertEquals("contribution of isv must name at least one kind", e.getMessage());
  }

  @Test
  void equalityIsByPartyAndKinds() {
    new EqualsTester()
        .addEqualityGroup(
            Contribution.of(ISV, ContributionKind.RESALE),
            Contribution.of(ISV, List.of(ContributionKind.RESALE)))
        .addEqualityGroup(Contribution.of(PLATFORM, ContributionKind.RESALE))
        .addEqualityGroup(
            Contribution.of(ISV, ContributionKind.RESALE, ContributionKind.JOINT_GO_TO_MARKET))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Contribution.class);
    Fixtures.nullPointerTester()
        .testAllPublicInstanceMethods(Contribution.of(ISV, ContributionKind.RESALE));
  }
}
