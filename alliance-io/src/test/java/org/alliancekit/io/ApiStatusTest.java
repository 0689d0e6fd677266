package org.alliancekit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public type in the packages the module exports says how stable it is with apiguardian's
 * {@link API} annotation, which has run-time retention.
 */
class ApiStatusTest {
  /** A public type of the module, so the test finds the module's classes and descriptor. */
  private static final Class<?> ANCHOR = ReadResult.class;

  @Test
  void everyPublicTypeOfAnExportedPackageHasAnApiStatus() {
    List<Class<?>> types = publicTypes();
    assertTrue(types.size() > 15, () -> "found only " + types);
    List<String> unmarked =
        types.stream()
            .filter(type -> !type.isAnnotationPresent(API.class))
            .map(Class::getName)
            .sorted()
            .toList();
    assertEquals(List.of(), unmarked, "public types without @API(status = ...)");
  }

  @Test
  void everyApiStatusSaysTheVersionItAppearedIn() {
    List<String> undated =
        publicTypes().stream()
            .filter(type -> type.isAnnotationPresent(API.class))
            .filter(type -> !type.getAnnotation(API.class).since().equals("0.1"))
            .map(Class::getName)
            .sorted()
            .toList();
    assertEquals(List.of(), undated, "public types whose @API is not since = \"0.1\"");
  }

  @Test
  void statusesAreStableOrExperimentalAsChosen() {
    TreeMap<String, API.Status> statuses = new TreeMap<>();
    for (Class<?> type : publicTypes()) {
      statuses.put(type.getName(), type.getAnnotation(API.class).status());
    }
    assertEquals(API.Status.STABLE, statuses.get("org.alliancekit.io.ReadResult"), "ReadResult");
    assertEquals(
        API.Status.STABLE,
        statuses.get("org.alliancekit.io.csv.PortfolioReader$Source"),
        "PortfolioReader$Source");
    assertEquals(
        API.Status.EXPERIMENTAL,
        statuses.get("org.alliancekit.io.json.AllianceJson"),
        "AllianceJson");
  }

  /** The public types, nested ones included, of the packages the module descriptor exports. */
  static List<Class<?>> publicTypes() {
    return ModuleTypes.publicTypes(ANCHOR);
  }
}
