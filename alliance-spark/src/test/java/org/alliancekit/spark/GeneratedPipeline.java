package org.alliancekit.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.alliancekit.io.csv.LeadsCsv;
import org.alliancekit.io.csv.OpportunitiesCsv;
import org.alliancekit.io.csv.RelationshipsCsv;
import org.alliancekit.io.csv.StageHistoryCsv;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;

/**
 * A generated pipeline portfolio written as a portfolio folder by the library's own writers: one
 * host ({@value #HOST}) with {@value #PARTNERS} partners in relationships of each motion (and a few
 * hosted by a partner), opportunities of the host and of partners over 18 months in four currencies
 * (one without minor units), with involvements, stage histories and accounts shared so that channel
 * conflicts occur, and leads both ways. Each large file is a folder of part files, each with its
 * header, which Spark reads as one file. A fixed seed makes every run the same. Public for the
 * benchmarks.
 */
public final class GeneratedPipeline {
  /** The host of the portfolio. */
  public static final String HOST = "hq";

  static final int PARTNERS = 200;

  /** The as-of date the analyses use. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final int CHUNK = 100_000;
  private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "JPY"};
  private static final List<Stage> STAGES = StageModels.coSell().stages();
  private static final InvolvementRole[] ROLES = InvolvementRole.values();

  private GeneratedPipeline() {}

  static PartnerId partner(int k) {
    return PartnerId.of(String.format("p%03d", k));
  }

  /**
   * A partner whose number is {@code kind} modulo 4, so that each relationship's records show a
   * motion: kind 0 (declared sell-with) sells with the host both ways, kind 1 (declared
   * sell-through) is a channel, taking the host's leads and bringing opportunities, kind 2
   * (declared sell-to) buys from the host, and kind 3 (declared sell-with) behaves as a channel,
   * which is a motion mismatch.
   */
  private static PartnerId partner(Random random, int kind) {
    return partner(4 * random.nextInt(PARTNERS / 4) + kind);
  }

  /** Writes the folder and returns it. */
  public static Path write(Path folder, int opportunities, int leads, long seed) {
    try {
      Files.createDirectories(folder);
      writeRelationships(folder.resolve(RelationshipsCsv.FILE_NAME));
      Path opportunityParts = Files.createDirectories(folder.resolve("opportunities.csv"));
      Path involvementParts = Files.createDirectories(folder.resolve("involvements.csv"));
      Path historyParts = Files.createDirectories(folder.resolve("stage_history.csv"));
      Path leadParts = Files.createDirectories(folder.resolve("leads.csv"));
      for (int from = 0, part = 0; from < opportunities; from += CHUNK, part++) {
        List<Opportunity> chunk = opportunities(from, Math.min(opportunities, from + CHUNK), seed);
        String name = String.format("part-%04d.csv", part);
        try (Writer out = writer(opportunityParts.resolve(name))) {
          OpportunitiesCsv.writeOpportunities(out, chunk);
        }
        try (Writer out = writer(involvementParts.resolve(name))) {
          OpportunitiesCsv.writeInvolvements(out, chunk);
        }
        try (Writer out = writer(historyParts.resolve(name))) {
          StageHistoryCsv.write(out, chunk);
        }
      }
      for (int from = 0, part = 0; from < leads; from += CHUNK, part++) {
        try (Writer out = writer(leadParts.resolve(String.format("part-%04d.csv", part)))) {
          LeadsCsv.write(out, leads(from, Math.min(leads, from + CHUNK), seed));
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Writer writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  private static void writeRelationships(Path file) throws IOException {
    String[][] kinds = {
      {"SELL_WITH", "SYMMETRIC_ALLIANCE", "QUID_PRO_QUO"},
      {"SELL_THROUGH", "ASYMMETRIC_CHANNEL", "CONTRACT"},
      {"SELL_TO", "ASYMMETRIC_CHANNEL", "CONTRACT"},
      {"SELL_WITH", "ASYMMETRIC_CHANNEL", "CONTRACT"}
    };
    StringBuilder text =
        new StringBuilder(
            "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
                + "alliance_revenue,currency\r\n");
    for (int k = 0; k < PARTNERS; k++) {
      String[] kind = kinds[k % kinds.length];
      text.append(
          String.format(
              "r%03d,%s,%s,%s,%s,%s,2020-01-01,1000000,EUR\r\n",
              k, HOST, partner(k).value(), kind[0], kind[1], kind[2]));
    }
    // Relationships hosted by partners: a reversed pair and one between two partners.
    text.append("x001,p001,hq,SELL_WITH,SYMMETRIC_ALLIANCE,QUID_PRO_QUO,2021-01-01,500000,USD\r\n");
    text.append(
        "x002,p002,p003,SELL_WITH,SYMMETRIC_ALLIANCE,QUID_PRO_QUO,2021-01-01,500000,USD\r\n");
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Opportunities {@code from} (inclusive) to {@code to}, each from its own seeded stream. */
  static List<Opportunity> opportunities(int from, int to, long seed) {
    List<Opportunity> opportunities = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      opportunities.add(opportunity(i, new Random(seed * 1_000_003L + i)));
    }
    return opportunities;
  }

  private static Opportunity opportunity(int i, Random random) {
    PartnerId host = PartnerId.of(HOST);
    boolean hostOwns = random.nextInt(10) < 8;
    // Partner-owned deals come from sell-with partners and from channels.
    PartnerId owner = hostOwns ? host : partner(random, new int[] {0, 1, 3}[random.nextInt(3)]);
    int accounts = 150_000;
    AccountId account =
        hostOwns && random.nextInt(50) == 0
            ? AccountId.of(partner(random, 2).value())
            : AccountId.of("a" + random.nextInt(accounts));
    String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
    BigDecimal amount =
        currency.equals("JPY")
            ? BigDecimal.valueOf(1_000 + random.nextInt(50_000_000))
            : BigDecimal.valueOf(100_000 + random.nextInt(500_000_000), 2);
    Stage stage = STAGES.get(random.nextInt(STAGES.size()));
    LocalDate created = START.plusDays(random.nextInt(560));
    LocalDate close = created.plusDays(1 + random.nextInt(300));
    List<Involvement> involvements = new ArrayList<>();
    Set<PartnerId> involved = new TreeSet<>();
    int partners = hostOwns && random.nextInt(10) < 6 ? 1 + random.nextInt(2) : 0;
    if (!hostOwns) {
      involved.add(host);
      involvements.add(Involvement.of(host, ROLES[random.nextInt(ROLES.length)]));
    }
    for (int p = 0; p < partners; p++) {
      // The host's deals involve sell-with partners only.
      PartnerId party = partner(random, 0);
      if (!party.equals(owner) && involved.add(party)) {
        involvements.add(Involvement.of(party, ROLES[random.nextInt(ROLES.length)]));
      }
    }
    Origin origin =
        involvements.isEmpty()
            ? Origin.DIRECT
            : Origin.values()[random.nextInt(Origin.values().length)];
    List<StageChange> history = new ArrayList<>();
    if (random.nextInt(4) > 0) {
      Stage first = STAGES.get(0);
      history.add(StageChange.of(created, first));
      if (!stage.equals(first)) {
        history.add(StageChange.of(created.plusDays(1 + random.nextInt(400)), stage));
      }
    }
    return Opportunity.builder()
        .id(OpportunityId.of("o" + i))
        .account(Account.of(account, "Account " + account.value()))
        .name("Deal " + i)
        .amount(Money.of(amount, currency))
        .stage(stage)
        .created(created)
        .expectedClose(close)
        .owner(owner)
        .origin(origin)
        .involvements(involvements)
        .stageHistory(history)
        .build();
  }

  /** Leads {@code from} (inclusive) to {@code to}, each from its own seeded stream. */
  static List<Lead> leads(int from, int to, long seed) {
    List<Lead> leads = new ArrayList<>(to - from);
    LeadStatus[] statuses = {LeadStatus.NEW, LeadStatus.ACCEPTED, LeadStatus.REJECTED};
    for (int j = from; j < to; j++) {
      Random random = new Random(seed * 7_000_003L + j);
      PartnerId host = PartnerId.of(HOST);
      boolean fromHost = random.nextBoolean();
      // Leads come to the host from sell-with partners only.
      PartnerId source = fromHost ? host : partner(random, 0);
      Set<PartnerId> shared = new TreeSet<>();
      if (fromHost) {
        // The host passes leads to its channels (kinds 1 and 3).
        shared.add(partner(random, 1 + 2 * random.nextInt(2)));
        if (random.nextInt(5) == 0) {
          shared.add(partner(random, 1 + 2 * random.nextInt(2)));
        }
      } else {
        shared.add(host);
        PartnerId other = partner(random, 0);
        if (random.nextInt(5) == 0 && !other.equals(source)) {
          shared.add(other);
        }
      }
      AccountId account = AccountId.of("a" + random.nextInt(150_000));
      leads.add(
          Lead.builder()
              .id(LeadId.of("l" + j))
              .account(Account.of(account, "Account " + account.value()))
              .source(source)
              .received(START.plusDays(random.nextInt(560)))
              .sharedWith(shared)
              .status(statuses[random.nextInt(statuses.length)])
              .build());
    }
    return leads;
  }
}
