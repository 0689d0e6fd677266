package org.alliancekit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.apiguardian.api.API;

/**
 * Skips an {@link AttributionModelLaws} property, visibly and with its reason, when its law is
 * switched off by {@link AttributionModelLaws#disabledLaws()} or when the {@linkplain
 * AttributionModelLaws#inputs() inputs} give the law nothing to check: no interchangeable players
 * for {@link AttributionLaw#SYMMETRY}, no null players for {@link AttributionLaw#NULL_PLAYER}, no
 * other order for {@link AttributionLaw#INDEPENDENT_OF_INPUT_ORDER}, no renaming for {@link
 * AttributionLaw#ANONYMITY}. The reason is also published to jqwik's report. Every other property
 * runs.
 *
 * <p>jqwik creates this hook for the law properties; there is no need to use it directly.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AttributionLawSwitch implements SkipExecutionHook {

  /** Creates the hook; jqwik does this for every law property. */
  public AttributionLawSwitch() {}

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return LawSwitches.decide(
        context,
        AttributionModelLaws.class,
        AttributionLaw::ofProperty,
        AttributionLawSwitch::reasonToSkip);
  }

  /** Why the law is not checked for these laws' model, if it is not. */
  static Optional<String> reasonToSkip(AttributionModelLaws<?> laws, AttributionLaw law) {
    if (laws.disabledLaws().contains(law)) {
      return Optional.of(LawSwitches.switchedOff(law, laws));
    }
    AttributionInputs<?, ?> inputs = laws.inputs();
    String missing =
        switch (law) {
          case SYMMETRY ->
              inputs.namesInterchangeablePlayers() ? null : "name no interchangeable players";
          case NULL_PLAYER -> inputs.namesNullPlayers() ? null : "name no null players";
          case INDEPENDENT_OF_INPUT_ORDER ->
              inputs.reorders() ? null : "have no other order to be given in";
          case ANONYMITY -> inputs.renames() ? null : "cannot rename their parties";
          case EFFICIENCY -> null;
        };
    if (missing == null) {
      return Optional.empty();
    }
    return Optional.of(
        "law "
            + law
            + " does not apply: the inputs ("
            + inputs
            + ") of "
            + laws.getClass().getSimpleName()
            + " "
            + missing
            + "; it is not checked");
  }
}
