/**
 * AllianceKit programme: the mechanics of a partner programme (tiers, competencies, incentives,
 * segment coverage, partner matching and solution results) as pure functions of an {@link
 * org.alliancekit.model.portfolio.AlliancePortfolio}.
 *
 * <p>See {@link org.alliancekit.programme} for the verbs.
 */
module org.alliancekit.programme {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types, readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires org.javamoney.moneta;

  exports org.alliancekit.programme;
}
