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
 * A generated portfolio folder held in memory, with work in it for every part of the analysis as of
 * {@link #AS_OF}, the latest date it records a past event:
 *
 * <ul>
 *   <li>relationships of the three motions (70% sell-with, 20% sell-through, 10% sell-to), with
 *       review cadences, last reviews and governance, some one-sided, some reviews overdue;
 *   <li>two years of half-yearly revenue per relationship and sales-scorecard assessments in two or
 *       three half-years (2025-H1 for half of them, 2025-H2 and 2026-H1 for all; some from both
 *       sides), five factors rated each, scores and revenue both following a hidden quality of the
 *       relationship;
 *   <li>opportunities of the co-sell lifecycle, about half closed ({@code Launched} or {@code
 *       Closed Lost}, entered on a close date in the twelve months up to {@link #AS_OF}) and half
 *       open, each with its stage history: 15% host-direct, 55% host-owned with one or two partners
 *       involved (co-seller, influencer, reseller, technology provider, originator; delivery for a
 *       second), 30% owned by a partner with the host involved (co-seller, influencer, delivery,
 *       technology provider); one in five sells a solution;
 *   <li>solutions of three contributors (a reseller with its margin, a platform, a joint
 *       go-to-market partner; every third also the host's services);
 *   <li>deal registrations on a tenth of the host-owned partner deals, two in five of them met by a
 *       competing registration of another partner;
 *   <li>leads in both directions, some shared with two partners, some converted.
 * </ul>
 *
 * All rows are valid, so the reader's time is the time of a clean folder. Generation is seeded and
 * deterministic.
 */
public final class FolderData {
  /** The seed of every generated folder. */
  public static final long SEED = 20261205L;

  /** The latest date of a past event the folder records: its default as-of date. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** Open stages of the co-sell lifecycle, in order; then the won and the lost stage. */
  private static final String[] STAGES = {
    "Prospect", "Qualified", "Technical Validation", "Business Validation", "Committed"
  };

  private static final String WON = "Launched";
  private static final String LOST = "Closed Lost";
  private static final String[] HALVES = {"2024-H2", "2025-H1", "2025-H2", "2026-H1"};

  /** The sales scorecard's factors, five per area; an assessment rates one of each area. */
  private static final String[][] SCORECARD = {
    {"Co1", "Co5", "Co6", "Co7", "Co8"},
    {"T14", "T15", "T16", "T17", "T19"},
    {"S21", "S25", "S26", "S29", "S30"},
    {"Cu31", "Cu33", "Cu34", "Cu36", "Cu38"},
    {"O39", "O42", "O45", "O47", "O48"}
  };

  private static final String[] HOST_PARTNER_ROLES = {
    "CO_SELLER", "CO_SELLER", "INFLUENCER", "RESELLER", "TECHNOLOGY_PROVIDER", "ORIGINATOR"
  };
  private static final String[] PARTNER_OWNED_ROLES = {
    "CO_SELLER", "CO_SELLER", "CO_SELLER", "INFLUENCER", "DELIVERY", "TECHNOLOGY_PROVIDER"
  };
  private static final String[] REVIEW_MONTHS = {"", "3", "6", "12"};
  private static final String[] FORMALITIES = {"CONTRACT", "QUID_PRO_QUO", "INFORMAL"};

  private final Map<String, String> files;

  private FolderData(Map<String, String> files) {
    this.files = files;
  }

  /** The file names and their text. */
  public Map<String, String> files() {
    return files;
  }

  /** The total number of characters of the folder. */
  public long size() {
    return files.values().stream().mapToLong(String::length).sum();
  }

  /** A source that opens the folder's files from memory. */
  public PortfolioReader.Source source() {
    return name ->
        Optional.ofNullable(files.get(name)).map(text -> (Reader) new StringReader(text));
  }

  /**
   * Generates a folder.
   *
   * @param relationships the number of relationships (and partners besides the host); at least 3
   * @param opportunities the number of opportunities, each with a stage history of one to six rows;
   *     at least 1
   * @param leads the number of leads; at least 1
   */
  public static FolderData generate(int relationships, int opportunities, int leads, long seed) {
    if (relationships < 3 || opportunities < 1 || leads < 1) {
      throw new IllegalArgumentException(
          "need at least 3 relationships, 1 opportunity and 1 lead, not "
              + relationships
              + ", "
              + opportunities
              + ", "
              + leads);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int accounts = 5 * relationships;
    double[] quality = new double[relationships];
    Map<String, String> files = new LinkedHashMap<>();

    StringBuilder partners = new StringBuilder("partner_id,name,kinds,country\n");
    partners.append("host,Host Group,SYSTEMS_INTEGRATOR;RESELLER,GB\n");
    StringBuilder rels =
        new StringBuilder(
            "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
                + "alliance_revenue,currency,review_months,last_review_date,host_sponsor,"
                + "partner_sponsor,host_alliance_manager,partner_alliance_manager\n");
    StringBuilder revenues = new StringBuilder("relationship_id,period,amount,currency\n");
    StringBuilder assessments =
        new StringBuilder(
            "assessment_id,relationship_id,side,assessor,date,catalog,scale,factor_code,rating\n");
    for (int i = 0; i < relationships; i++) {
      quality[i] = random.nextDouble();
      partners.append('p').append(i).append(",Partner ").append(i).append(",ISV,US\n");
      int motion = random.nextInt(10);
      rels.append('r')
          .append(i)
          .append(",host,p")
          .append(i)
          .append(motion < 7 ? ",SELL_WITH" : motion < 9 ? ",SELL_THROUGH" : ",SELL_TO")
          .append(motion < 7 ? ",SYMMETRIC_ALLIANCE," : ",ASYMMETRIC_CHANNEL,")
          .append(FORMALITIES[random.nextInt(FORMALITIES.length)])
          .append(",2020-01-")
          .append(10 + random.nextInt(18))
          .append(',')
          .append(100_000 + random.nextInt(5_000_000))
          .append(",USD,")
          .append(REVIEW_MONTHS[random.nextInt(REVIEW_MONTHS.length)])
          .append(',');
      if (random.nextInt(5) > 0) {
        rels.append(AS_OF.minusDays(random.nextInt(540)));
      }
      rels.append(',');
      governance(rels, random, 90, "Host Sponsor ", i).append(',');
      governance(rels, random, 80, "Partner Sponsor ", i).append(',');
      governance(rels, random, 90, "Host Manager ", i).append(',');
      governance(rels, random, 75, "Partner Manager ", i).append('\n');
      for (String half : HALVES) {
        revenues
            .append('r')
            .append(i)
            .append(',')
            .append(half)
            .append(',')
            .append(50_000 + (long) (quality[i] * 2_000_000) + random.nextInt(500_000))
            .append(".50,USD\n");
      }
      if (random.nextBoolean()) {
        assess(assessments, random, i, quality[i], "2025h1", LocalDate.of(2025, 1, 1));
      }
      assess(assessments, random, i, quality[i], "2025h2", LocalDate.of(2025, 7, 1));
      assess(assessments, random, i, quality[i], "2026h1", LocalDate.of(2026, 1, 1));
    }

    // Solutions of three contributors: a reseller, a platform, a joint go-to-market partner.
    int solutionCount = Math.max(3, relationships / 50);
    int[] jointPartner = new int[solutionCount];
    StringBuilder solutions =
        new StringBuilder("solution_id,name,contributor_id,contribution,margin_percent\n");
    for (int s = 0; s < solutionCount; s++) {
      int reseller = random.nextInt(relationships);
      int platform = (reseller + 1) % relationships;
      jointPartner[s] = (reseller + 2) % relationships;
      String head = "sol" + s + ",Solution " + s + ",";
      solutions.append(head).append('p').append(reseller).append(",RESALE,");
      solutions.append(10 + random.nextInt(21)).append('\n');
      solutions.append(head).append('p').append(platform).append(",PLATFORM,\n");
      solutions.append(head).append('p').append(jointPartner[s]).append(",JOINT_GO_TO_MARKET,\n");
      if (s % 3 == 0) {
        solutions.append(head).append("host,SERVICES,\n");
      }
    }

    StringBuilder opps =
        new StringBuilder(
            "opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,"
                + "close_date,owner_id,origin,solution_id,closed_lost_reason\n");
    StringBuilder involvements = new StringBuilder("opportunity_id,partner_id,role,since_date\n");
    StringBuilder history = new StringBuilder("opportunity_id,stage,date\n");
    StringBuilder registrations =
        new StringBuilder(
            "registration_id,opportunity_id,partner_id,registered_date,expiry_date,status,"
                + "decided_date\n");
    int registrationCount = 0;
    for (int i = 0; i < opportunities; i++) {
      int account = random.nextInt(accounts);
      boolean closed = random.nextBoolean();
      LocalDate created;
      LocalDate close;
      String stage;
      int reached;
      int step;
      if (closed) {
        close = AS_OF.minusDays(random.nextInt(365));
        int cycle = 30 + random.nextInt(270);
        created = close.minusDays(cycle);
        reached = random.nextInt(STAGES.length);
        step = cycle / (reached + 2);
        stage = random.nextBoolean() ? WON : LOST;
      } else {
        reached = random.nextInt(STAGES.length);
        step = 7;
        created = AS_OF.minusDays(28 + random.nextInt(372));
        close = AS_OF.plusDays(1 + random.nextInt(200));
        stage = STAGES[reached];
      }
      int kind = random.nextInt(100);
      int solution = random.nextInt(5) == 0 ? random.nextInt(solutionCount) : -1;
      String owner = "host";
      String origin = "DIRECT";
      if (kind < 15) {
        // Host-direct: no partner involved.
      } else if (kind < 70) {
        int partner =
            solution >= 0 && random.nextBoolean()
                ? jointPartner[solution]
                : random.nextInt(relationships);
        String role = HOST_PARTNER_ROLES[random.nextInt(HOST_PARTNER_ROLES.length)];
        origin = role.equals("ORIGINATOR") ? "PARTNER_SOURCED" : "PARTNER_INFLUENCED";
        involvement(involvements, i, "p" + partner, role, "");
        if (random.nextInt(4) == 0) {
          int second = (partner + 1 + random.nextInt(relationships - 1)) % relationships;
          involvement(involvements, i, "p" + second, "DELIVERY", created.plusDays(1).toString());
        }
        if (random.nextInt(10) == 0) {
          LocalDate submitted = created.plusDays(random.nextInt(20));
          registration(registrations, random, registrationCount++, i, partner, submitted);
          if (random.nextInt(5) < 2) {
            int rival = (partner + 1 + random.nextInt(relationships - 1)) % relationships;
            LocalDate later = submitted.plusDays(random.nextInt(30));
            registration(
                registrations,
                random,
                registrationCount++,
                i,
                rival,
                later.isAfter(AS_OF) ? AS_OF : later);
          }
        }
      } else {
        owner = "p" + random.nextInt(relationships);
        origin = "PARTNER_INFLUENCED";
        involvement(
            involvements,
            i,
            "host",
            PARTNER_OWNED_ROLES[random.nextInt(PARTNER_OWNED_ROLES.length)],
            "");
      }
      opps.append('o')
          .append(i)
          .append(",a")
          .append(account)
          .append(",Account ")
          .append(account)
          .append(",Deal ")
          .append(i)
          .append(',')
          .append(10_000 + random.nextInt(2_000_000))
          .append(",USD,")
          .append(stage)
          .append(',')
          .append(created)
          .append(',')
          .append(close)
          .append(',')
          .append(owner)
          .append(',')
          .append(origin)
          .append(',');
      if (solution >= 0) {
        opps.append("sol").append(solution);
      }
      opps.append(',');
      if (stage.equals(LOST) && random.nextBoolean()) {
        opps.append("Customer chose another vendor");
      }
      opps.append('\n');
      for (int s = 0; s <= reached; s++) {
        stageChange(history, i, STAGES[s], created.plusDays((long) step * s));
      }
      if (closed) {
        stageChange(history, i, stage, close);
      }
    }

    StringBuilder leadRows =
        new StringBuilder(
            "lead_id,account_id,account_name,source_id,received_date,shared_with,status,"
                + "opportunity_id\n");
    for (int i = 0; i < leads; i++) {
      boolean inbound = random.nextBoolean();
      int partner = random.nextInt(relationships);
      int account = random.nextInt(accounts);
      // The first lead is received on the as-of date, so that it is the latest recorded date.
      LocalDate received = i == 0 ? AS_OF : AS_OF.minusDays(random.nextInt(540));
      leadRows
          .append('l')
          .append(i)
          .append(",a")
          .append(account)
          .append(",Account ")
          .append(account)
          .append(',')
          .append(inbound ? "p" + partner : "host")
          .append(',')
          .append(received)
          .append(',');
      if (inbound) {
        leadRows.append("host");
      } else {
        leadRows.append('p').append(partner);
        if (random.nextInt(10) == 0) {
          leadRows
              .append(";p")
              .append((partner + 1 + random.nextInt(relationships - 1)) % relationships);
        }
      }
      int status = random.nextInt(20);
      if (status < 3) {
        leadRows.append(",CONVERTED,o").append(random.nextInt(opportunities)).append('\n');
      } else {
        leadRows.append(status < 11 ? ",NEW,\n" : status < 17 ? ",ACCEPTED,\n" : ",REJECTED,\n");
      }
    }
    files.put("partners.csv", partners.toString());
    files.put("relationships.csv", rels.toString());
    files.put("assessments.csv", assessments.toString());
    files.put("solutions.csv", solutions.toString());
    files.put("opportunities.csv", opps.toString());
    files.put("involvements.csv", involvements.toString());
    files.put("stage_history.csv", history.toString());
    files.put("registrations.csv", registrations.toString());
    files.put("leads.csv", leadRows.toString());
    files.put("revenues.csv", revenues.toString());
    return new FolderData(files);
  }

  /** A governance name present in {@code percent}% of relationships, else an empty cell. */
  private static StringBuilder governance(
      StringBuilder row, SplittableRandom random, int percent, String name, int relationship) {
    if (random.nextInt(100) < percent) {
      row.append(name).append(relationship % 97);
    }
    return row;
  }

  /**
   * The host's assessment of relationship {@code i} in the half-year starting on {@code first}, and
   * in a quarter of cases the partner's too: one rated factor per area.
   */
  private static void assess(
      StringBuilder out,
      SplittableRandom random,
      int i,
      double quality,
      String half,
      LocalDate first) {
    LocalDate date = first.plusDays(random.nextInt(150));
    rate(out, random, "s" + i + "-" + half, i, "HOST", "Manager ", date, quality);
    if (random.nextInt(4) == 0) {
      rate(
          out,
          random,
          "s" + i + "-" + half + "-p",
          i,
          "PARTNER",
          "Partner Manager ",
          date,
          quality);
    }
  }

  private static void rate(
      StringBuilder out,
      SplittableRandom random,
      String id,
      int i,
      String side,
      String assessor,
      LocalDate date,
      double quality) {
    for (String[] area : SCORECARD) {
      int rating = (int) Math.round(10 * quality) + random.nextInt(5) - 2;
      out.append(id)
          .append(",r")
          .append(i)
          .append(',')
          .append(side)
          .append(',')
          .append(assessor)
          .append(i % 100)
          .append(" (Alliance manager),")
          .append(date)
          .append(",SALES_SCORECARD,0..10,")
          .append(area[random.nextInt(area.length)])
          .append(',')
          .append(Math.max(0, Math.min(10, rating)))
          .append('\n');
    }
  }

  private static void involvement(
      StringBuilder out, int opportunity, String party, String role, String since) {
    out.append('o')
        .append(opportunity)
        .append(',')
        .append(party)
        .append(',')
        .append(role)
        .append(',')
        .append(since)
        .append('\n');
  }

  private static void stageChange(StringBuilder out, int opportunity, String stage, LocalDate day) {
    out.append('o').append(opportunity).append(',').append(stage).append(',').append(day);
    out.append('\n');
  }

  /**
   * A registration by partner {@code partner}, valid 90 days: approved (60%), pending (25%) or
   * rejected (15%), decided within five days and never after {@link #AS_OF}.
   */
  private static void registration(
      StringBuilder out,
      SplittableRandom random,
      int id,
      int opportunity,
      int partner,
      LocalDate submitted) {
    int status = random.nextInt(20);
    LocalDate decided = submitted.plusDays(1 + random.nextInt(5));
    if (decided.isAfter(AS_OF)) {
      decided = AS_OF;
    }
    out.append("g")
        .append(id)
        .append(",o")
        .append(opportunity)
        .append(",p")
        .append(partner)
        .append(',')
        .append(submitted)
        .append(',')
        .append(submitted.plusDays(90))
        .append(status < 12 ? ",APPROVED," : status < 17 ? ",PENDING," : ",REJECTED,");
    if (status < 12 || status >= 17) {
      out.append(decided);
    }
    out.append('\n');
  }
}
