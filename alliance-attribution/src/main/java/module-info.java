/**
 * AllianceKit attribution: pure functions over the model that credit deals worked by several
 * partners: classification as sourced, influenced or direct, attribution models (role-weighted,
 * touch-based, Shapley values, Markov removal effects) with exact money splits, and value stacking.
 *
 * <p>See {@link org.alliancekit.attribution} for the concepts.
 */
module org.alliancekit.attribution {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types, readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires org.javamoney.moneta;

  exports org.alliancekit.attribution;
  exports org.alliancekit.attribution.credit;
  exports org.alliancekit.attribution.game;
  exports org.alliancekit.attribution.path;
  exports org.alliancekit.attribution.stacking;
  exports org.alliancekit.attribution.touch;
}
