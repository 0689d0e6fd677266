/**
 * AllianceKit pipeline: pure functions over the pipeline nouns of the model: forecasts in several
 * currencies, pipeline sharing with privacy, comparison of pipelines, account mapping, deal
 * registration and velocity.
 */
module org.alliancekit.pipeline {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types, readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires org.javamoney.moneta;

  exports org.alliancekit.pipeline.comparison;
  exports org.alliancekit.pipeline.forecast;
  exports org.alliancekit.pipeline.mapping;
  exports org.alliancekit.pipeline.registration;
  exports org.alliancekit.pipeline.sharing;
  exports org.alliancekit.pipeline.stage;
  exports org.alliancekit.pipeline.velocity;
}
