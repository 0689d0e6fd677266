package org.alliancekit.architecture;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alliancekit.analysis.AllianceAnalyzer;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.attribution.game.Shapley;
import org.alliancekit.cli.AllianceKitCli;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.party.Partner;
import org.alliancekit.pipeline.forecast.Forecaster;
import org.alliancekit.planning.JointPlanning;
import org.alliancekit.programme.PartnerProgramme;
import org.alliancekit.report.PortfolioAnalysis;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.testkit.AllianceArbitraries;

/**
 * The library modules of AllianceKit, each found through one of its public types: where its classes
 * are (a jar or a classes folder), its module descriptor if it has one, and its public types.
 */
enum LibraryModule {
  MODEL(Partner.class),
  ARBITRARIES(ModelArbitraries.class),
  SCORING(ScoringRules.class),
  ATTRIBUTION(Shapley.class),
  PIPELINE(Forecaster.class),
  PROGRAMME(PartnerProgramme.class),
  TESTKIT(AllianceArbitraries.class),
  ANALYSIS(AllianceAnalyzer.class),
  PLANNING(JointPlanning.class),
  IO(ReadResult.class),
  REPORT(PortfolioAnalysis.class),
  CLI(AllianceKitCli.class);

  private final Class<?> anchor;

  LibraryModule(Class<?> anchor) {
    this.anchor = anchor;
  }

  /** The base package, such as {@code org.alliancekit.model}; also the name of a named module. */
  String basePackage() {
    return "org.alliancekit." + name().toLowerCase(Locale.ROOT);
  }

  /** The jar or classes folder the module's classes are loaded from. */
  Path location() {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The module descriptor read from the module's {@code module-info.class}, if it has one (a jar
   * without one is only an automatic module).
   */
  Optional<ModuleDescriptor> descriptor() {
    Path location = location();
    if (Files.isDirectory(location)
        && !Files.isRegularFile(location.resolve("module-info.class"))) {
      return Optional.empty();
    }
    return ModuleFinder.of(location).findAll().stream()
        .map(ModuleReference::descriptor)
        .filter(descriptor -> !descriptor.isAutomatic())
        .findFirst();
  }

  /**
   * The public types, nested ones included, of the module's API: the packages a named module
   * exports (unqualified), or every package of a module without a descriptor; sorted by name.
   */
  List<Class<?>> publicTypes() {
    Predicate<String> api =
        descriptor()
            .<Predicate<String>>map(
                module ->
                    module.exports().stream()
                            .filter(export -> !export.isQualified())
                            .map(ModuleDescriptor.Exports::source)
                            .collect(Collectors.toSet())
                        ::contains)
            .orElse(pkg -> pkg.equals(basePackage()) || pkg.startsWith(basePackage() + "."));
    // A package belongs to one module only, so its name says whose it is.
    return TestClassPath.CLASSES.stream()
        .filter(info -> api.test(info.getPackageName()))
        .map(ClassPath.ClassInfo::load)
        .filter(LibraryModule::isPublicApi)
        .sorted(Comparator.comparing(Class::getName))
        .collect(Collectors.toList());
  }

  /** Public, and so is every type it is nested in (anonymous and local classes are not public). */
  private static boolean isPublicApi(Class<?> type) {
    return Stream.<Class<?>>iterate(type, Objects::nonNull, Class::getEnclosingClass)
        .allMatch(t -> Modifier.isPublic(t.getModifiers()));
  }

  /** Every class on the test class path, scanned once. */
  private static final class TestClassPath {
    static final Set<ClassPath.ClassInfo> CLASSES = scan();

    private static Set<ClassPath.ClassInfo> scan() {
      try {
        return ClassPath.from(LibraryModule.class.getClassLoader()).getAllClasses();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
