/**
 * AllianceKit planning: joint business plans and joint marketing, measured from the model's records
 * by pure functions.
 *
 * <p>See {@link org.alliancekit.planning} for the verbs.
 */
module org.alliancekit.planning {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types, readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires org.javamoney.moneta;

  exports org.alliancekit.planning;
}
