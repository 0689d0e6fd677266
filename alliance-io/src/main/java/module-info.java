/**
 * AllianceKit IO: CSV and JSON in and out for the model. Readers never stop at the first bad row:
 * they return every valid row and every problem with its file, line, column and reason.
 *
 * <p>Packages: {@code org.alliancekit.io} (read results, problems, portfolio data, exchange rates),
 * {@code .csv} (the portfolio folder format and a formula-safe CSV writer), {@code .json} (a
 * Jackson set-up that round-trips every model type), {@code .cosell} (reading co-sell systems' JSON
 * documents under limits, with every problem at its file, line and JSON pointer), {@code .ace} (AWS
 * Partner Central opportunities in and {@code CreateOpportunity} requests out), {@code
 * .partnercenter} (Microsoft Partner Center referrals in and referral creation documents out) and
 * {@code .salesforce} (Salesforce REST query results and Data Loader exports in).
 */
module org.alliancekit.io {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The @API(status = ...) marks on the public types (and on the classes of the JSR-354 Jackson
  // module), readable by consumers.
  requires transitive org.apiguardian.api;
  requires transitive org.alliancekit.model;
  requires org.javamoney.moneta;
  requires de.siegmar.fastcsv;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.datatype.javax.money;

  exports org.alliancekit.io;
  exports org.alliancekit.io.ace;
  exports org.alliancekit.io.cosell;
  exports org.alliancekit.io.csv;
  exports org.alliancekit.io.json;
  exports org.alliancekit.io.partnercenter;
  exports org.alliancekit.io.salesforce;
}
