package org.alliancekit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the public types of a module by reading its module descriptor and its class files, from a
 * classes folder or a jar, so that a test covers a type as soon as the module exports it.
 */
public final class ModuleTypes {
  private ModuleTypes() {}

  /**
   * The public types, nested ones included, of the packages the module of {@code anchor} exports
   * (unqualified), sorted by name.
   */
  public static List<Class<?>> publicTypes(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ModuleDescriptor descriptor =
        ModuleFinder.of(location).findAll().iterator().next().descriptor();
    Set<String> exported =
        descriptor.exports().stream()
            .filter(export -> !export.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    if (Files.isDirectory(location)) {
      return publicTypes(anchor, location, exported);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return publicTypes(anchor, jar.getPath("/"), exported);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Class<?>> publicTypes(Class<?> anchor, Path root, Set<String> exported) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .filter(name -> exported.contains(name.substring(0, name.lastIndexOf('.'))))
          .map(name -> load(anchor, name))
          .filter(ModuleTypes::isPublicApi)
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(Class<?> anchor, String name) {
    try {
      return Class.forName(name, false, anchor.getClassLoader());
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
