/**
 * AllianceKit scoring: pure functions over the model that score assessments, compare the two sides'
 * views, benchmark portfolios, estimate alliance sales potential and classify relationships.
 *
 * <ul>
 *   <li>{@code org.alliancekit.scoring.assessment}: scoring rules, scores per alignment area,
 *       combination of several assessors, perception gaps between the two sides;
 *   <li>{@code org.alliancekit.scoring.benchmark}: percentile ranks, distributions, heat maps,
 *       trends and the score-revenue correlation over a portfolio;
 *   <li>{@code org.alliancekit.scoring.portfolio}: the columnar path that scores millions of
 *       relationships from primitive arrays, with exactly the numbers of the object rules;
 *   <li>{@code org.alliancekit.scoring.potential}: improvement models, alliance sales potential and
 *       the triage of a portfolio by uplift;
 *   <li>{@code org.alliancekit.scoring.relationship}: classification of the sales motion from
 *       behaviour, and findings on conflict, balance and governance.
 * </ul>
 */
module org.alliancekit.scoring {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types, readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires org.javamoney.moneta;

  exports org.alliancekit.scoring.assessment;
  exports org.alliancekit.scoring.benchmark;
  exports org.alliancekit.scoring.evidence;
  exports org.alliancekit.scoring.portfolio;
  exports org.alliancekit.scoring.potential;
  exports org.alliancekit.scoring.relationship;
}
