package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a fixture container, whose properties are meant to fail, through the JUnit Platform launcher
 * and returns what happened to each property: its status, its error, the reason it was skipped, and
 * jqwik's own result with the shrunk counterexample.
 *
 * <p>Fixture classes are tagged {@code failing-fixture} (which the build excludes) and carry {@link
 * Guard}, which skips them unless this runner is running them, so that they fail only where a test
 * expects them to.
 */
final class FixtureRunner {
  /** The seed of every fixture property, so that each failure and its shrinking are repeatable. */
  static final String SEED = "20260101";

  private static final AtomicBoolean RUNNING = new AtomicBoolean();
  private static final Map<String, PropertyExecutionResult> RESULTS = new ConcurrentHashMap<>();

  private FixtureRunner() {}

  /** What happened to one property of a fixture. */
  static final class Outcome {
    final TestExecutionResult.Status status;
    final Optional<Throwable> error;
    final Optional<String> skipReason;
    final Optional<PropertyExecutionResult> jqwik;
    final List<String> reports;

    Outcome(
        TestExecutionResult.Status status,
        Optional<Throwable> error,
        Optional<String> skipReason,
        Optional<PropertyExecutionResult> jqwik,
        List<String> reports) {
      this.status = status;
      this.error = error;
      this.skipReason = skipReason;
      this.jqwik = jqwik;
      this.reports = reports;
    }

    boolean skipped() {
      return skipReason.isPresent();
    }

    String message() {
      return error.map(Throwable::getMessage).orElse("");
    }

    /** The shrunk counterexample's parameters. */
    List<Object> shrunkParameters() {
      return jqwik
          .flatMap(PropertyExecutionResult::shrunkSample)
          .map(sample -> sample.parameters())
          .orElseThrow(() -> new AssertionError("no shrunk sample: " + this));
    }

    @Override
    public String toString() {
      return status + " " + skipReason.orElse("") + " " + message();
    }
  }

  /** Runs the fixture and returns the outcome of each property, by method name. */
  static synchronized Map<String, Outcome> run(Class<?> fixture) throws Exception {
    Path database = Files.createTempFile("jqwik-fixtures", ".database");
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectClass(fixture))
            .configurationParameter("jqwik.database", database.toString())
            .configurationParameter("jqwik.failures.runfirst", "false")
            .configurationParameter("jqwik.reporting.usejunitplatform", "true")
            // Shrink to the end however long it takes: bounded shrinking stops after ten seconds,
            // and on a busy machine would stop at a different, larger counterexample.
            .configurationParameter("jqwik.shrinking.default", "FULL")
            .build();
    Map<String, TestExecutionResult> results = new LinkedHashMap<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    Map<String, List<String>> reports = new LinkedHashMap<>();
    TestExecutionListener listener =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            method(test).ifPresent(name -> results.put(name, result));
          }

          @Override
          public void executionSkipped(TestIdentifier test, String reason) {
            method(test).ifPresent(name -> skipped.put(name, reason));
          }

          @Override
          public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            method(test)
                .ifPresent(
                    name ->
                        reports
                            .computeIfAbsent(name, key -> new ArrayList<>())
                            .add(entry.getKeyValuePairs().toString()));
          }
        };
    Launcher launcher = LauncherFactory.create();
    RESULTS.clear();
    RUNNING.set(true);
    try {
      launcher.execute(request, listener);
    } finally {
      RUNNING.set(false);
      Files.deleteIfExists(database);
    }
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (String name : union(results.keySet(), skipped.keySet())) {
      TestExecutionResult result = results.get(name);
      outcomes.put(
          name,
          new Outcome(
              result == null ? TestExecutionResult.Status.ABORTED : result.getStatus(),
              result == null ? Optional.empty() : result.getThrowable(),
              Optional.ofNullable(skipped.get(name)),
              Optional.ofNullable(RESULTS.get(name)),
              reports.getOrDefault(name, List.of())));
    }
    return outcomes;
  }

  /** The outcome of one property, failing the test if the property did not run at all. */
  static Outcome outcome(Map<String, Outcome> outcomes, String property) {
    Outcome outcome = outcomes.get(property);
    assertNotNull(outcome, "no outcome for " + property + " among " + outcomes.keySet());
    return outcome;
  }

  private static List<String> union(Iterable<String> a, Iterable<String> b) {
    List<String> all = new ArrayList<>();
    a.forEach(all::add);
    for (String name : b) {
      if (!all.contains(name)) {
        all.add(name);
      }
    }
    return all;
  }

  private static Optional<String> method(TestIdentifier test) {
    return test.getSource()
        .filter(MethodSource.class::isInstance)
        .map(source -> ((MethodSource) source).getMethodName());
  }

  /**
   * Skips a fixture unless {@link FixtureRunner} runs it, and records jqwik's result of each of its
   * properties. Register with {@code @AddLifecycleHook(FixtureRunner.Guard.class)} on the class.
   */
  public static final class Guard implements SkipExecutionHook, AroundPropertyHook {
    /** Created by jqwik. */
    public Guard() {}

    @Override
    public PropagationMode propagateTo() {
      return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return RUNNING.get()
          ? SkipResult.doNotSkip()
          : SkipResult.skip("a fixture that is meant to fail; FixtureRunner runs it from a test");
    }

    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setSeed(SEED);
      PropertyExecutionResult result = property.execute();
      RESULTS.put(context.targetMethod().getName(), result);
      return result;
    }
  }
}
