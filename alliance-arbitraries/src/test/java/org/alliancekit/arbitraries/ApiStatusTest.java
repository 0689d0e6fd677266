package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public type in the packages the module exports says how stable it is with apiguardian's
 * {@link API} annotation, which has run-time retention.
 */
class ApiStatusTest {
  /** A public type of the module, so the test finds the module's classes and descriptor. */
  private static final Class<?> ANCHOR = ModelArbitraries.class;

  @Test
  void everyPublicTypeOfAnExportedPackageHasAnApiStatus() {
    List<Class<?>> types = publicTypes();
    assertTrue(types.size() > 10, () -> "found only " + types);
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
    assertEquals(
        API.Status.EXPERIMENTAL,
        statuses.get("org.alliancekit.arbitraries.ModelArbitraries"),
        "ModelArbitraries");
  }

  /** The public types, nested ones included, of the packages the module descriptor exports. */
  static List<Class<?>> publicTypes() {
    Path classes;
    try {
      classes = Path.of(ANCHOR.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ModuleDescriptor descriptor = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
    Set<String> exported =
        descriptor.exports().stream()
            .filter(export -> !export.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .filter(name -> exported.contains(name.substring(0, name.lastIndexOf('.'))))
          .map(ApiStatusTest::load)
          .filter(ApiStatusTest::isPublicApi)
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ANCHOR.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Public, not anonymous or local, and every enclosing type public too. */
  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }
}
