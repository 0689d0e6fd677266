package org.alliancekit.architecture;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every public type of a library module's API says how stable it is with apiguardian's {@link API}
 * annotation (run-time retention), since version 0.1. The API of a named module is the packages it
 * exports; that of {@code alliance-report}, which has no descriptor, is every package. {@code
 * alliance-cli} is a tool, not a library API: its types carry no marks and are not checked.
 */
class ApiStatusTest {
  /**
   * More public types than this must be found in each module, so that a scan that finds too little
   * (a wrong location, a lost export) does not pass by checking nothing.
   */
  private static final Map<LibraryModule, Integer> AT_LEAST_MORE_THAN =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(LibraryModule.MODEL, 60),
              Map.entry(LibraryModule.ARBITRARIES, 10),
              Map.entry(LibraryModule.SCORING, 40),
              Map.entry(LibraryModule.ATTRIBUTION, 25),
              Map.entry(LibraryModule.PIPELINE, 50),
              Map.entry(LibraryModule.PROGRAMME, 10),
              Map.entry(LibraryModule.TESTKIT, 10),
              Map.entry(LibraryModule.ANALYSIS, 2),
              Map.entry(LibraryModule.PLANNING, 10),
              Map.entry(LibraryModule.IO, 15),
              Map.entry(LibraryModule.REPORT, 20)));

  /** The statuses chosen for particular types, one or more per module. */
  private static final Map<String, API.Status> CHOSEN =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("org.alliancekit.model.party.Partner", STABLE),
              Map.entry("org.alliancekit.model.assessment.Assessment", STABLE),
              Map.entry("org.alliancekit.model.pipeline.PipelineOwner$Party", STABLE),
              Map.entry("org.alliancekit.arbitraries.ModelArbitraries", EXPERIMENTAL),
              Map.entry("org.alliancekit.scoring.assessment.ScoringRules", STABLE),
              Map.entry("org.alliancekit.scoring.portfolio.PortfolioScorer", EXPERIMENTAL),
              Map.entry("org.alliancekit.attribution.game.Shapley", STABLE),
              Map.entry("org.alliancekit.attribution.path.MarkovAttribution", EXPERIMENTAL),
              Map.entry("org.alliancekit.pipeline.forecast.Forecaster", STABLE),
              Map.entry("org.alliancekit.pipeline.forecast.ForecastColumns", EXPERIMENTAL),
              Map.entry("org.alliancekit.pipeline.sharing.PipelineSharing", EXPERIMENTAL),
              Map.entry("org.alliancekit.programme.PartnerProgramme", EXPERIMENTAL),
              Map.entry("org.alliancekit.testkit.AllianceArbitraries", EXPERIMENTAL),
              Map.entry("org.alliancekit.analysis.AllianceAnalyzer", EXPERIMENTAL),
              Map.entry("org.alliancekit.planning.JointPlanning", EXPERIMENTAL),
              Map.entry("org.alliancekit.io.ReadResult", STABLE),
              Map.entry("org.alliancekit.io.csv.PortfolioReader$Source", STABLE),
              Map.entry("org.alliancekit.io.salesforce.SalesforceImport", EXPERIMENTAL),
              Map.entry("org.alliancekit.io.json.AllianceJson", EXPERIMENTAL)));

  @ParameterizedTest
  @EnumSource(names = "CLI", mode = EnumSource.Mode.EXCLUDE)
  void everyPublicTypeOfTheApiHasAnApiStatus(LibraryModule module) {
    List<Class<?>> types = module.publicTypes();
    int floor = AT_LEAST_MORE_THAN.get(module);
    assertTrue(types.size() > floor, () -> module + ": found only " + types);
    List<String> unmarked =
        types.stream()
            .filter(type -> !type.isAnnotationPresent(API.class))
            .map(Class::getName)
            .toList();
    assertEquals(List.of(), unmarked, module + ": public types without @API(status = ...)");
  }

  @ParameterizedTest
  @EnumSource(names = "CLI", mode = EnumSource.Mode.EXCLUDE)
  void everyApiStatusSaysTheVersionItAppearedIn(LibraryModule module) {
    List<String> undated =
        module.publicTypes().stream()
            .filter(type -> type.isAnnotationPresent(API.class))
            .filter(type -> !type.getAnnotation(API.class).since().equals("0.1"))
            .map(Class::getName)
            .toList();
    assertEquals(List.of(), undated, module + ": public types whose @API is not since = \"0.1\"");
  }

  @Test
  void statusesAreStableOrExperimentalAsChosen() {
    Map<String, API.Status> actual =
        AT_LEAST_MORE_THAN.keySet().stream()
            .flatMap(module -> module.publicTypes().stream())
            .filter(type -> CHOSEN.containsKey(type.getName()))
            .collect(
                Collectors.toMap(
                    Class::getName,
                    type -> type.getAnnotation(API.class).status(),
                    (a, b) -> a,
                    TreeMap::new));
    assertEquals(CHOSEN, actual);
  }
}
