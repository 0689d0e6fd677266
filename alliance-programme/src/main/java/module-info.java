/**
 * AllianceKit programme: the mechanics of a partner programme (tiers, competencies, incentives,
 * segment coverage, partner matching and solution results) as pure functions of an {@link
 * org.alliancekit.model.portfolio.AlliancePortfolio}.
 *
 * <p>See {@link org.alliancekit.programme} for the verbs.
 */
module org.alliancekit.programme {
  requires static transitive org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // Build-time only: the @API(status = ...) marks on the public types.
  requires static transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires org.javamoney.moneta;

  exports org.alliancekit.programme;
}
