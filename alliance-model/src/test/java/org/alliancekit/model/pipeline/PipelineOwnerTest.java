package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.ACME;
import static org.alliancekit.model.pipeline.Fixtures.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;
import org.junit.jupiter.api.Test;

class PipelineOwnerTest {
  private static final RelationshipId R_1 = RelationshipId.of("r-1");
  private static final JointVentureId JV_1 = JointVentureId.of("jv-1");

  @Test
  void factoriesMakeTheMatchingKindOfOwner() {
    assertEquals(HOST, assertInstanceOf(PipelineOwner.Party.class, PipelineOwner.party(HOST)).id());
    assertEquals(
        R_1,
        assertInstanceOf(PipelineOwner.Relationship.class, PipelineOwner.relationship(R_1)).id());
    assertEquals(
        JV_1, assertInstanceOf(PipelineOwner.Venture.class, PipelineOwner.jointVenture(JV_1)).id());
  }

  @Test
  void rejectsMissingId() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new PipelineOwner.Party(null));
    assertEquals("id", e.getMessage());
  }

  @Test
  void ownersOfDifferentKindsWithTheSameTextDiffer() {
    new EqualsTester()
        .addEqualityGroup(PipelineOwner.party(HOST), new PipelineOwner.Party(HOST))
        .addEqualityGroup(PipelineOwner.party(ACME))
        .addEqualityGroup(PipelineOwner.relationship(RelationshipId.of("host")))
        .addEqualityGroup(PipelineOwner.jointVenture(JointVentureId.of("host")))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(PipelineOwner.class);
    Fixtures.nullPointerTester().testAllPublicConstructors(PipelineOwner.Party.class);
    Fixtures.nullPointerTester().testAllPublicConstructors(PipelineOwner.Relationship.class);
    Fixtures.nullPointerTester().testAllPublicConstructors(PipelineOwner.Venture.class);
  }
}
