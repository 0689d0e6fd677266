package org.alliancekit.benchmarks.io;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.alliancekit.io.csv.PortfolioReader;

/**
 * A generated portfolio folder held in memory: partners, relationships with two years of
 * half-yearly revenue, opportunities with one involvement and a stage history each, and leads. All
 * rows are valid, so the reader's time is the time of a clean folder.
 */
final class FolderData {
  /** The seed of every generated folder. */
  static final long SEED = 20261205L;

  private static final String[] STAGES = {
    "Prospect", "Qualified", "Technical Validation", "Business Validation", "Committed"
  };
  private static final String[] HALVES = {"2024-H2", "2025-H1", "2025-H2", "2026-H1"};

  private final Map<String, String> files;

  private FolderData(Map<String, String> files) {
    this.files = files;
  }

  /** The file names and their text. */
  Map<String, String> files() {
    return files;
  }

  /** The total number of characters of the folder. */
  long size() {
    return files.values().stream().mapToLong(String::length).sum();
  }

  /** A source that opens the folder's files from memory. */
  PortfolioReader.Source source() {
    return name ->
        Optional.ofNullable(files.get(name)).map(text -> (Reader) new StringReader(text));
  }

  /**
   * Generates a folder.
   *
   * @param relationships the number of relationships (and partners besides the host)
   * @param opportunities the number of opportunities, each with a stage history of one to five rows
   * @param leads the number of leads
   */
  static FolderData generate(int relationships, int opportunities, int leads, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder partners = new StringBuilder("partner_id,name,kinds,country\n");
    partners.append("host,Host Group,SYSTEMS_INTEGRATOR;RESELLER,GB\n");
    StringBuilder rels =
        new StringBuilder(
            "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
                + "alliance_revenue,currency\n");
    StringBuilder revenues = new StringBuilder("relationship_id,period,amount,currency\n");
    for (int i = 0; i < relationships; i++) {
      partners.append("p").append(i).append(",Partner ").append(i).append(",ISV,US\n");
      rels.append("r")
          .append(i)
          .append(",host,p")
          .append(i)
          .append(",SELL_WITH,SYMMETRIC_ALLIANCE,CONTRACT,2020-01-")
          .append(10 + random.nextInt(18))
          .append(',')
          .append(100_000 + random.nextInt(5_000_000))
          .append(",USD\n");
      for (String half : HALVES) {
        revenues
            .append('r')
            .append(i)
            .append(',')
            .append(half)
            .append(',')
            .append(50_000 + random.nextInt(2_500_000))
            .append(".50,USD\n");
      }
    }
    StringBuilder opps =
        new StringBuilder(
            "opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,"
                + "close_date,owner_id,origin\n");
    StringBuilder involvements = new StringBuilder("opportunity_id,partner_id,role,since_date\n");
    StringBuilder history = new StringBuilder("opportunity_id,stage,date\n");
    LocalDate start = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < opportunities; i++) {
      int stage = random.nextInt(STAGES.length);
      LocalDate created = start.plusDays(random.nextInt(300));
      opps.append('o')
          .append(i)
          .append(",a")
          .append(random.nextInt(50_000))
          .append(",Account ")
          .append(i % 50_000)
          .append(",Deal ")
          .append(i)
          .append(',')
          .append(10_000 + random.nextInt(2_000_000))
          .append(",USD,")
          .append(STAGES[stage])
          .append(',')
          .append(created)
          .append(',')
          .append(created.plusDays(60 + random.nextInt(200)))
          .append(",host,PARTNER_INFLUENCED\n");
      involvements
          .append('o')
          .append(i)
          .append(",p")
          .append(random.nextInt(relationships))
          .append(",CO_SELLER,\n");
      for (int s = 0; s <= stage; s++) {
        history
            .append('o')
            .append(i)
            .append(',')
            .append(STAGES[s])
            .append(',')
            .append(created.plusDays(7L * s))
            .append('\n');
      }
    }
    StringBuilder leadRows =
        new StringBuilder(
            "lead_id,account_id,account_name,source_id,received_date,shared_with,status,"
                + "opportunity_id\n");
    for (int i = 0; i < leads; i++) {
      boolean inbound = random.nextBoolean();
      String partner = "p" + random.nextInt(relationships);
      leadRows
          .append('l')
          .append(i)
          .append(",a")
          .append(random.nextInt(50_000))
          .append(",Account ")
          .append(i % 50_000)
          .append(',')
          .append(inbound ? partner : "host")
          .append(',')
          .append(start.plusDays(random.nextInt(600)))
          .append(',')
          .append(inbound ? "host" : partner)
          .append(",NEW,\n");
    }
    files.put("partners.csv", partners.toString());
    files.put("relationships.csv", rels.toString());
    files.put(
        "assessments.csv",
        "assessment_id,relationship_id,side,assessor,date,catalog,scale,factor_code,rating\n");
    files.put("opportunities.csv", opps.toString());
    files.put("involvements.csv", involvements.toString());
    files.put("stage_history.csv", history.toString());
    files.put("leads.csv", leadRows.toString());
    files.put("revenues.csv", revenues.toString());
    return new FolderData(files);
  }
}
