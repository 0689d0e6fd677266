package org.alliancekit.arbitraries.laws.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModel;

/** Laws of {@link StageModel}, on generated stage models. */
class StageModelLawsTest {
  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("models") StageModel model) {
    assertEquals(model, StageModel.builder().from(model).build());
  }

  @Property
  void withNameRoundTrips(@ForAll("models") StageModel model) {
    StageModel renamed = model.withName("Renamed");
    assertEquals(model.stages(), renamed.stages());
    assertEquals(model, renamed.withName(model.name()));
  }

  @Property
  void everyStageIsFoundAtItsIndex(@ForAll("models") StageModel model) {
    for (int i = 0; i < model.stages().size(); i++) {
      Stage stage = model.stages().get(i);
      assertEquals(i, model.indexOf(stage));
      assertEquals(stage, model.get(stage.name().toUpperCase(Locale.ROOT)));
    }
  }

  @Provide
  Arbitrary<StageModel> models() {
    return ModelArbitraries.stageModels();
  }
}
