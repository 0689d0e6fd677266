package org.alliancekit.testkit;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs every property of a container with one fixed seed, for laws checked on estimates whose
 * tolerance is statistical: the check is then the same on every run.
 */
public final class FixedSeed implements AroundPropertyHook {
  /** The seed. */
  static final String SEED = "20260202";

  /** Created by jqwik. */
  public FixedSeed() {}

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setSeed(SEED);
    return property.execute();
  }
}
