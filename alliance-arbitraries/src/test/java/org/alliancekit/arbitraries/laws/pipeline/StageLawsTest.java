package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.pipeline.Stage;

/** Laws of {@link Stage}, on the stages of generated stage models. */
class StageLawsTest {
  @Property
  void copyThroughFactoryIsEqual(@ForAll("stages") Stage stage) {
    assertEquals(stage, Stage.of(stage.name(), stage.probability(), stage.kind()));
  }

  @Property
  void withNameChangesOnlyTheName(@ForAll("stages") Stage stage) {
    Stage renamed = stage.withName("Renamed");
    assertEquals("Renamed", renamed.name());
    assertEquals(stage.probability(), renamed.probability());
    assertEquals(stage, renamed.withName(stage.name()));
  }

  @Provide
  Arbitrary<Stage> stages() {
    return ModelArbitraries.stages();
  }
}
