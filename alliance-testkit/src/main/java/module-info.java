/**
 * AllianceKit testkit: jqwik arbitraries for every main model type (those of {@code
 * org.alliancekit.arbitraries}) and for the inputs of attribution models, and property laws, as
 * contract interfaces, for scoring rules and attribution models. Add it with test scope.
 */
module org.alliancekit.testkit {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types, readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires transitive org.alliancekit.arbitraries;
  requires transitive org.alliancekit.scoring;
  requires transitive org.alliancekit.attribution;
  requires transitive net.jqwik.api;
  requires transitive org.junit.jupiter.api;
  requires org.javamoney.moneta;

  exports org.alliancekit.testkit;
}
