/**
 * AllianceKit arbitraries: jqwik arbitraries for every main model type, on the model only, so that
 * the tests of every module can use them. Add it with test scope.
 */
// The testkit, to which the internal building blocks are exported, is built after this module.
@SuppressWarnings("module")
module org.alliancekit.arbitraries {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types, readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires transitive net.jqwik.api;
  requires org.javamoney.moneta;

  exports org.alliancekit.arbitraries;
  exports org.alliancekit.arbitraries.internal to
      org.alliancekit.testkit;
}
