/**
 * AllianceKit analysis: one pass over a whole {@link
 * org.alliancekit.model.portfolio.AlliancePortfolio} as of a date, deriving every finding from the
 * records with the verbs of the scoring, attribution, pipeline and programme modules.
 *
 * <p>See {@link org.alliancekit.analysis} for what the analysis holds.
 */
module org.alliancekit.analysis {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types, readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires transitive org.alliancekit.scoring;
  requires transitive org.alliancekit.attribution;
  requires transitive org.alliancekit.pipeline;
  requires transitive org.alliancekit.planning;
  requires transitive org.alliancekit.programme;
  requires org.javamoney.moneta;

  exports org.alliancekit.analysis;
}
