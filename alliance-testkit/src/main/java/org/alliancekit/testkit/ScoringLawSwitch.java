package org.alliancekit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.apiguardian.api.API;

/**
 * Skips a {@link ScoringRuleLaws} property, visibly and with its reason, when its law is switched
 * off by {@link ScoringRuleLaws#disabledLaws()} or does not apply to the rule ({@link
 * ScoringLaw#MONOTONE_IN_EACH_RATING} for a rule that is not monotone). The reason is also
 * published to jqwik's report. Every other property runs.
 *
 * <p>jqwik creates this hook for the law properties; there is no need to use it directly.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ScoringLawSwitch implements SkipExecutionHook {

  /** Creates the hook; jqwik does this for every law property. */
  public ScoringLawSwitch() {}

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return LawSwitches.decide(
        context, ScoringRuleLaws.class, ScoringLaw::ofProperty, ScoringLawSwitch::reasonToSkip);
  }

  /** Why the law is not checked for these laws' rule, if it is not. */
  static Optional<String> reasonToSkip(ScoringRuleLaws laws, ScoringLaw law) {
    String owner = laws.getClass().getSimpleName();
    if (laws.disabledLaws().contains(law)) {
      return Optional.of(LawSwitches.switchedOff(law, laws));
    }
    if (law == ScoringLaw.MONOTONE_IN_EACH_RATING && !laws.rule().isMonotone()) {
      return Optional.of(
          "law "
              + law
              + " does not apply: the rule of "
              + owner
              + " declares isMonotone() false; it is not checked");
    }
    return Optional.empty();
  }
}
