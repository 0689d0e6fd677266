package org.alliancekit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library modules depend on each other only downwards: the {@code requires} of every named
 * module, among AllianceKit's own modules, are exactly those of the table below, so a new edge
 * fails here until the table, and the layering it stands for, says it is wanted.
 */
class LayeringTest {
  private static final String MODEL = "org.alliancekit.model";
  private static final String ARBITRARIES = "org.alliancekit.arbitraries";
  private static final String SCORING = "org.alliancekit.scoring";
  private static final String ATTRIBUTION = "org.alliancekit.attribution";
  private static final String PIPELINE = "org.alliancekit.pipeline";
  private static final String PROGRAMME = "org.alliancekit.programme";
  private static final String TESTKIT = "org.alliancekit.testkit";
  private static final String ANALYSIS = "org.alliancekit.analysis";
  private static final String PLANNING = "org.alliancekit.planning";
  private static final String IO = "org.alliancekit.io";

  /** Each named library module and the AllianceKit modules it may require, and must. */
  private static final Map<String, Set<String>> ALLOWED =
      new TreeMap<>(
          Map.of(
              MODEL, Set.of(),
              ARBITRARIES, Set.of(MODEL),
              SCORING, Set.of(MODEL),
              ATTRIBUTION, Set.of(MODEL),
              PIPELINE, Set.of(MODEL),
              PROGRAMME, Set.of(MODEL),
              TESTKIT, Set.of(MODEL, ARBITRARIES, SCORING, ATTRIBUTION),
              ANALYSIS, Set.of(MODEL, SCORING, ATTRIBUTION, PIPELINE, PROGRAMME, PLANNING),
              PLANNING, Set.of(MODEL),
              IO, Set.of(MODEL)));

  @Test
  void theRequiresAmongAllianceKitModulesAreThoseOfTheTable() {
    Map<String, Set<String>> actual = new TreeMap<>();
    for (LibraryModule module : LibraryModule.values()) {
      module
          .descriptor()
          .ifPresent(descriptor -> actual.put(descriptor.name(), ownRequires(descriptor)));
    }
    assertEquals(ALLOWED, actual);
  }

  @Test
  void everyNamedModuleIsNamedAfterItsBasePackage() {
    for (LibraryModule module : LibraryModule.values()) {
      module
          .descriptor()
          .ifPresent(descriptor -> assertEquals(module.basePackage(), descriptor.name()));
    }
  }

  /** The table itself keeps the layering that README.md describes. */
  @Test
  void theTableKeepsTheLayering() {
    assertEquals(Set.of(), ALLOWED.get(MODEL), "the model is at the bottom");
    List<String> verbs = List.of(SCORING, ATTRIBUTION, PIPELINE, PROGRAMME, PLANNING);
    for (String verb : verbs) {
      assertEquals(Set.of(), intersection(ALLOWED.get(verb), verbs), verb + " requires a verb");
    }
    for (String lower :
        List.of(
            MODEL, ARBITRARIES, SCORING, ATTRIBUTION, PIPELINE, PROGRAMME, PLANNING, ANALYSIS)) {
      assertEquals(
          Set.of(),
          intersection(ALLOWED.get(lower), List.of(TESTKIT, IO)),
          lower + " requires testkit or io");
    }
    assertEquals(Set.of(), intersection(ALLOWED.get(TESTKIT), List.of(IO)), "testkit requires io");
    assertEquals(Set.of(), intersection(ALLOWED.get(IO), List.of(TESTKIT)), "io requires testkit");
    // alliance-report and alliance-cli have no descriptor, so no named module can require them.
    assertEquals(
        List.of(LibraryModule.REPORT, LibraryModule.CLI),
        Arrays.stream(LibraryModule.values())
            .filter(module -> module.descriptor().isEmpty())
            .toList());
  }

  /** The modules of AllianceKit among those the descriptor requires. */
  private static Set<String> ownRequires(ModuleDescriptor descriptor) {
    return descriptor.requires().stream()
        .map(ModuleDescriptor.Requires::name)
        .filter(name -> name.startsWith("org.alliancekit."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> intersection(Set<String> a, List<String> b) {
    return a.stream().filter(b::contains).collect(Collectors.toSet());
  }
}
