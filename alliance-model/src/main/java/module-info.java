/**
 * AllianceKit model: immutable value types for alliance and partner sales.
 *
 * <p>See {@link org.alliancekit.model} for the map of packages.
 */
module org.alliancekit.model {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types, readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive java.money;
  requires transitive com.google.common;
  // Money.of is how users make amounts: a consumer reads Moneta through the model.
  requires transitive org.javamoney.moneta;

  exports org.alliancekit.model;
  exports org.alliancekit.model.party;
  exports org.alliancekit.model.relationship;
  exports org.alliancekit.model.venture;
  exports org.alliancekit.model.network;
  exports org.alliancekit.model.factor;
  exports org.alliancekit.model.assessment;
  exports org.alliancekit.model.pipeline;
  exports org.alliancekit.model.batch;
  exports org.alliancekit.model.money;
  exports org.alliancekit.model.portfolio;
  exports org.alliancekit.model.programme;
  exports org.alliancekit.model.planning;
  exports org.alliancekit.model.marketing;
}
