package org.alliancekit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
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
@API(status = EXPERIMENTAL)
public final class ScoringLawSwitch implements SkipExecutionHook {

  /** Creates the hook; jqwik does this for every law property. */
  public ScoringLawSwitch() {}

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    if (!(context instanceof PropertyLifecycleContext)) {
      return SkipResult.doNotSkip();
    }
    PropertyLifecycleContext property = (PropertyLifecycleContext) context;
    Object instance = property.testInstance();
    Optional<ScoringLaw> law = ScoringLaw.ofProperty(property.targetMethod().getName());
    if (!(instance instanceof ScoringRuleLaws) || law.isEmpty()) {
      return SkipResult.doNotSkip();
    }
    Optional<String> reason = reasonToSkip((ScoringRuleLaws) instance, law.get());
    if (reason.isEmpty()) {
      return SkipResult.doNotSkip();
    }
    context.reporter().publishValue(law.get() + " skipped", reason.get());
    return SkipResult.skip(reason.get());
  }

  /** Why the law is not checked for these laws' rule, if it is not. */
  static Optional<String> reasonToSkip(ScoringRuleLaws laws, ScoringLaw law) {
    String owner = laws.getClass().getSimpleName();
    if (laws.disabledLaws().contains(law)) {
      return Optional.of(
          "law " + law + " is switched off by " + owner + ".disabledLaws(); it is not checked");
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
