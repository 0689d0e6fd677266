package org.alliancekit.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small portfolio whose report is worked out by hand in the tests: a host in GBP, a sell-with ISV
 * in GBP scored 30% on a revenue of 1,000,000 and a platform vendor in USD scored 70% on 5,000,000,
 * four opportunities in three currencies, fixed rates.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The files of the portfolio by name; change entries to make variants. */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "partners.csv",
        "partner_id,name,kinds,country,employees,annual_revenue,currency\n"
            + "hq,Host Ltd,SYSTEMS_INTEGRATOR,GB,5000,,GBP\n"
            + "acme,Acme Software,ISV,DE,120,,EUR\n"
            + "globex,Globex Cloud,PLATFORM_VENDOR,US,80000,,USD\n");
    files.put(
        "relationships.csv",
        "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
            + "alliance_revenue,currency\n"
            + "r-acme,hq,acme,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1000000,GBP\n"
            + "r-globex,hq,globex,SELL_THROUGH,ASYMMETRIC,CONTRACT,2023-07-01,5000000,USD\n");
    StringBuilder assessments =
        new StringBuilder(
            "assessment_id,relationship_id,side,assessor,date,catalog,scale,factor_code,rating\n");
    // r-acme, host side: every area at 3 of 10; partner side: Co1 5, S21 1, the rest 3, so the
    // combined areas are commercial 0.4, technical 0.3, strategic 0.2, cultural 0.3,
    // operational 0.3 and the overall score is 0.3.
    String[] codes = {"Co1", "T14", "S21", "Cu31", "O39"};
    String[] partnerRatings = {"5", "3", "1", "3", "3"};
    for (String code : codes) {
      assessments.append(
          "a1,r-acme,HOST,Dana Reyes (Alliance manager),2026-03-31,SALES_SCORECARD,0..10,"
              + code
              + ",3\n");
    }
    for (int i = 0; i < codes.length; i++) {
      assessments.append(
          "a2,r-acme,PARTNER,Kai Berg (Partner manager),2026-04-02,SALES_SCORECARD,0..10,"
              + codes[i]
              + ","
              + partnerRatings[i]
              + "\n");
    }
    // r-globex, host side only: every area at 7 of 10, Co5 explicitly unknown.
    for (String code : codes) {
      assessments.append(
          "a3,r-globex,HOST,Dana Reyes (Alliance manager),2026-03-31,SALES_SCORECARD,0..10,"
              + code
              + ",7\n");
    }
    assessments.append(
        "a3,r-globex,HOST,Dana Reyes (Alliance manager),2026-03-31,SALES_SCORECARD,0..10,Co5,\n");
    files.put("assessments.csv", assessments.toString());
    files.put(
        "opportunities.csv",
        "opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,close_date,owner_id,origin\n"
            + "o1,n1,Northwind,Claims,100000,GBP,Launched,2025-11-01,2026-02-15,hq,PARTNER_SOURCED\n"
            + "o2,n2,Contoso,Billing,50000,GBP,Qualified,2026-01-10,2026-03-31,hq,PARTNER_INFLUENCED\n"
            + "o3,n3,Fabrikam,Data,200000,USD,Committed,2026-02-01,2026-05-20,hq,DIRECT\n"
            + "o4,n4,Initech,Cloud"
            + " move,80000,EUR,Launched,2026-01-05,2026-04-10,hq,PARTNER_SOURCED\n");
    files.put(
        "involvements.csv",
        "opportunity_id,partner_id,role,since_date\n"
            + "o1,acme,ORIGINATOR,\n"
            + "o1,globex,CO_SELLER,\n"
            + "o2,globex,INFLUENCER,\n"
            + "o4,globex,ORIGINATOR,\n"
            + "o4,acme,DELIVERY,\n");
    files.put("rates.csv", "from,to,rate\nUSD,GBP,0.79\nEUR,GBP,0.85\n");
    return files;
  }

  /** Writes the files into a folder and returns it. */
  public static Path write(Map<String, String> files, Path directory) throws IOException {
    Files.createDirectories(directory);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(directory.resolve(file.getKey()), file.getValue(), UTF_8);
    }
    return directory;
  }
}
