package org.alliancekit.testkit;

import java.util.Collection;
import java.util.Map;
import org.alliancekit.attribution.AttributionModel;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.RoleWeighted;

// readme-sample:testkit-model:begin
class UserModelExampleTest implements AttributionModelLaws<Collection<Participant>> {
  @Override
  public AttributionModel<Collection<Participant>> model() { // originators earn three times more
    return RoleWeighted.of(Map.of("ORIGINATOR", 3.0, "CO_SELLER", 1.0));
  }

  @Override
  public AttributionInputs<?, Collection<Participant>> inputs() { // deals in those two roles
    return AttributionInputs.deals()
        .generatedBy(AllianceArbitraries.deals().roles("ORIGINATOR", "CO_SELLER"));
  }
}
// readme-sample:testkit-model:end
