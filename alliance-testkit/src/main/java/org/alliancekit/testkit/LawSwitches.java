package org.alliancekit.testkit;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook.SkipResult;

/**
 * What the law switches share: find the law of a property of a law container, ask why it should not
 * run, and skip it visibly with that reason, which is also published to jqwik's report.
 */
final class LawSwitches {
  private LawSwitches() {}

  /**
   * Skips the property of {@code context} when it checks a law of a container of type {@code
   * container} and {@code reasonToSkip} gives a reason; lets every other property run.
   */
  static <C, L> SkipResult decide(
      LifecycleContext context,
      Class<C> container,
      Function<String, Optional<L>> lawOfProperty,
      BiFunction<C, L, Optional<String>> reasonToSkip) {
    if (!(context instanceof PropertyLifecycleContext)) {
      return SkipResult.doNotSkip();
    }
    PropertyLifecycleContext property = (PropertyLifecycleContext) context;
    Object instance = property.testInstance();
    Optional<L> law = lawOfProperty.apply(property.targetMethod().getName());
    if (!container.isInstance(instance) || law.isEmpty()) {
      return SkipResult.doNotSkip();
    }
    Optional<String> reason = reasonToSkip.apply(container.cast(instance), law.get());
    if (reason.isEmpty()) {
      return SkipResult.doNotSkip();
    }
    context.reporter().publishValue(law.get() + " skipped", reason.get());
    return SkipResult.skip(reason.get());
  }

  /** The reason given for a law that a container switches off. */
  static String switchedOff(Object law, Object laws) {
    return "law "
        + law
        + " is switched off by "
        + laws.getClass().getSimpleName()
        + ".disabledLaws(); it is not checked";
  }
}
