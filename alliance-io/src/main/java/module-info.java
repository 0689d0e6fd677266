/**
 * AllianceKit IO: CSV and JSON in and out for the model. Readers never stop at the first bad row:
 * they return every valid row and every problem with its file, line, column and reason.
 */
module org.alliancekit.io {
  requires static transitive org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires transitive org.alliancekit.model;
  requires org.javamoney.moneta;
  requires de.siegmar.fastcsv;
  requires com.fasterxml.jackson.databind;
}
