package org.alliancekit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.salesforce.SalesforceImport;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.report.sample.SamplePortfolio;

/**
 * Imports a small Salesforce Data Loader export, {@code Account.csv}, {@code Opportunity.csv} and
 * {@code OpportunityPartner.csv}, with {@link SalesforceImport}, and prints the opportunities it
 * imported and every row it could not take with its file, line, column and reason. How Salesforce
 * fields and picklist values map onto the model is documented in {@link
 * org.alliancekit.io.salesforce.SalesforceMapping} and the README.
 *
 * <p>Run it with {@code java org.alliancekit.examples.CrmImport}: the bundled export holds a few
 * deliberately broken rows. The opportunities are the sample host's; the partners are the accounts
 * the export names as partners.
 */
public final class CrmImport {
  /** The class-path folder of the bundled export. */
  public static final String RESOURCE_FOLDER = "/org/alliancekit/examples/crm/";

  /** The files of the bundled export, in the order read. */
  public static final List<String> FILES =
      List.of("Account.csv", "Opportunity.csv", "OpportunityPartner.csv");

  private CrmImport() {}

  /**
   * Imports the bundled export and prints what it imported and every problem to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Imports the bundled export: the sample host's opportunities, partners and problems. */
  public static PortfolioData read() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String file : FILES) {
      files.put(file, resource(file));
    }
    return SalesforceImport.read(files, Optional.empty(), Optional.empty(), SamplePortfolio.HOST);
  }

  /** Imports the bundled export and prints what it imported and every problem to {@code out}. */
  public static void run(PrintStream out) {
    PortfolioData data = read();
    List<Problem> errors = data.problems().stream().filter(p -> !p.isWarning()).toList();
    out.printf(
        Locale.ROOT,
        "Imported %d opportunities from %s; %d problems:%n",
        data.opportunities().size(),
        String.join(", ", FILES),
        errors.size());
    for (Problem problem : errors) {
      out.println("  " + problem);
    }
    out.println();
    for (Opportunity opportunity : data.opportunities()) {
      out.println(
          String.format(
                  Locale.ROOT,
                  "%s  %-30s  %-20s  %16s  %-19s  %s",
                  opportunity.id(),
                  opportunity.name(),
                  opportunity.stage().name(),
                  Text.money(opportunity.amount()),
                  opportunity.origin(),
                  partners(data, opportunity))
              .stripTrailing());
    }
  }

  private static String resource(String file) {
    try (InputStream in = CrmImport.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
      if (in == null) {
        throw new IOException("resource " + RESOURCE_FOLDER + file + " is missing");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String partners(PortfolioData data, Opportunity opportunity) {
    Map<PartnerId, List<InvolvementRole>> roles = new LinkedHashMap<>();
    for (Involvement involvement : opportunity.involvements()) {
      roles.computeIfAbsent(involvement.party(), p -> new ArrayList<>()).add(involvement.role());
    }
    return roles.entrySet().stream()
        .map(
            entry ->
                data.partner(entry.getKey())
                        .map(row -> row.partner().name())
                        .orElse(entry.getKey().value())
                    + " ("
                    + entry.getValue().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + ")")
        .collect(Collectors.joining(", "));
  }
}
