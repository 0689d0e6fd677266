/**
 * AllianceKit scoring: pure functions over the model that score assessments, compare the two
 * sides' views, benchmark portfolios, estimate alliance sales potential, classify relationships and
 * attribute multi-partner deals.
 *
 * <p>Packages: {@code .assessment} (scores, combination, perception gaps); {@code .attribution}
 * (credit for multi-partner deals: classification, attribution models, value stacking).
 */
module org.alliancekit.scoring {
  requires static transitive org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires transitive org.alliancekit.model;
  requires org.javamoney.moneta;

  exports org.alliancekit.scoring.assessment;
  exports org.alliancekit.scoring.attribution;
}
