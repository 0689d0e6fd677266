package org.alliancekit.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.RoleWeighted;
import org.alliancekit.attribution.credit.CreditClassifier;
import org.alliancekit.attribution.credit.CreditReport;
import org.alliancekit.attribution.credit.DealCredit;
import org.alliancekit.attribution.credit.DealFacts;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;
import org.javamoney.moneta.Money;

/** The steps of {@link SparkAttribution}, each a serialisable function over rows. */
final class Credits {
  private static final StructType PARTICIPANT =
      new StructType().add("partner_id", StringType, false).add("role", StringType, false);

  /** One credited deal, with its partner participants (the owner's own left out). */
  static final StructType DEAL =
      Outcomes.withOutcome(
          new StructType()
              .add("opportunity_id", StringType, true)
              .add("owner_id", StringType, true)
              .add("motion", StringType, true)
              .add("source_id", StringType, true)
              .add("influencer_ids", createArrayType(StringType, false), true)
              .add("amount", PotentialRows.MONEY, true)
              .add("currency", StringType, true)
              .add("won", BooleanType, true)
              .add("participants", createArrayType(PARTICIPANT, false), true));

  private static final int DEAL_VALUES = DEAL.size() - Outcomes.EXTRA;

  /** One partner's part of one deal. */
  static final StructType SPLIT =
      Outcomes.withOutcome(
          new StructType()
              .add("opportunity_id", StringType, true)
              .add("partner_id", StringType, true)
              .add("currency", StringType, true)
              .add("amount", PotentialRows.MONEY, true));

  private static final int SPLIT_VALUES = SPLIT.size() - Outcomes.EXTRA;

  /** One partner's sourced (kind 0) or influenced (kind 1) credit of one deal, converted. */
  static final StructType ENTRY =
      Outcomes.withOutcome(
          new StructType()
              .add("partner_id", StringType, true)
              .add("kind", IntegerType, true)
              .add("amount", StringType, true)
              .add("won", BooleanType, true));

  private static final int ENTRY_VALUES = ENTRY.size() - Outcomes.EXTRA;

  /** The totals of one partner. */
  static final StructType TOTALS =
      new StructType()
          .add("partner_id", StringType, false)
          .add("currency", StringType, false)
          .add("sourced_deals", LongType, false)
          .add("sourced_amount", PotentialRows.MONEY, false)
          .add("sourced_won", LongType, false)
          .add("sourced_won_amount", PotentialRows.MONEY, false)
          .add("influenced_deals", LongType, false)
          .add("influenced_amount", PotentialRows.MONEY, false)
          .add("influenced_won", LongType, false)
          .add("influenced_won_amount", PotentialRows.MONEY, false);

  private Credits() {}

  /** The settings that the executors rebuild the library's models from. */
  record Settings(
      ImmutableMap<String, Double> roleWeights,
      ImmutableList<String> sourcingRoles,
      String stageModel,
      ImmutableSet<String> stages,
      ImmutableSet<String> wonStages)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    RoleWeighted roleWeighted() {
      return RoleWeighted.of(roleWeights);
    }

    CreditClassifier classifier() {
      return CreditClassifier.of(sourcingRoles);
    }
  }

  /**
   * Joins each opportunity (selected as {@code opportunity_id, owner_id, amount, currency, stage,
   * origin}, all text) with its involvements ({@code opportunity_id, partner_id, role}) and
   * classifies it with the library's {@link CreditClassifier}.
   */
  static CoGroupFunction<String, Row, Row, Row> deals(Settings settings) {
    return (key, opportunities, involvements) ->
        deal(key, opportunities, involvements, settings).iterator();
  }

  private static List<Row> deal(
      String key, Iterator<Row> opportunityRows, Iterator<Row> involvementRows, Settings settings) {
    List<Row> opportunities = new ArrayList<>();
    opportunityRows.forEachRemaining(opportunities::add);
    List<Row> involvements = new ArrayList<>();
    involvementRows.forEachRemaining(involvements::add);
    List<Row> out = new ArrayList<>();
    if (key.isEmpty()) {
      for (int i = 0; i < opportunities.size(); i++) {
        out.add(bad("opportunities", "", ProblemKind.MISSING_VALUE, "opportunity_id is missing"));
      }
      for (int i = 0; i < involvements.size(); i++) {
        out.add(bad("involvements", "", ProblemKind.MISSING_VALUE, "opportunity_id is missing"));
      }
      return out;
    }
    if (opportunities.isEmpty()) {
      for (Row involvement : involvements) {
        out.add(
            bad(
                "involvements",
                key,
                ProblemKind.UNKNOWN_REFERENCE,
                "involvement of partner "
                    + involvement.getString(1)
                    + " refers to opportunity "
                    + key
                    + ", which is not in the opportunities"));
      }
      return out;
    }
    if (opportunities.size() > 1) {
      for (int i = 0; i < opportunities.size(); i++) {
        out.add(
            bad(
                "opportunities",
                key,
                ProblemKind.DUPLICATE,
                "opportunity "
                    + key
                    + " appears "
                    + opportunities.size()
                    + " times; none of its rows is credited"));
      }
      return out;
    }
    Row opportunity = opportunities.get(0);
    List<Participant> participants = new ArrayList<>();
    for (Row involvement : involvements) {
      String partner = Ratings.trimmed(involvement.getString(1));
      String role = Ratings.trimmed(involvement.getString(2));
      if (partner == null || role == null) {
        out.add(
            bad(
                "involvements",
                key,
                ProblemKind.MISSING_VALUE,
                (partner == null ? "partner_id" : "role")
                    + " of an involvement in opportunity "
                    + key
                    + " is missing; the involvement is left out"));
        continue;
      }
      try {
        participants.add(Participant.of(PartnerId.of(partner), role));
      } catch (IllegalArgumentException e) {
        out.add(
            bad(
                "involvements",
                key,
                ProblemKind.INVALID_VALUE,
                "involvement in opportunity " + key + " is left out: " + Outcomes.message(e)));
      }
    }
    try {
      out.add(credit(key, opportunity, participants, settings));
    } catch (BadDeal e) {
      out.add(bad("opportunities", key, e.kind, e.getMessage()));
    }
    return out;
  }

  private static Row credit(
      String key, Row opportunity, List<Participant> participants, Settings settings) {
    OpportunityId id = parse(ProblemKind.INVALID_VALUE, () -> OpportunityId.of(key));
    PartnerId owner =
        parse(
            ProblemKind.INVALID_VALUE,
            () -> PartnerId.of(required(opportunity, 1, "owner_id", key)));
    String amountText = required(opportunity, 2, "amount", key);
    BigDecimal amount;
    try {
      amount = new BigDecimal(amountText);
    } catch (NumberFormatException e) {
      throw new BadDeal(
          ProblemKind.INVALID_VALUE,
          "amount '" + amountText + "' of opportunity " + key + " is not a decimal");
    }
    if (!PotentialRows.fits(amount)) {
      throw new BadDeal(
          ProblemKind.INVALID_VALUE,
          "amount "
              + amountText
              + " of opportunity "
              + key
              + " has more than 4 decimal places or 34 integer digits");
    }
    CurrencyUnit currency = currency(required(opportunity, 3, "currency", key), key);
    String stage = required(opportunity, 4, "stage", key);
    if (!settings.stages().contains(stage)) {
      throw new BadDeal(
          ProblemKind.UNKNOWN_REFERENCE,
          "stage '"
              + stage
              + "' of opportunity "
              + key
              + " is not a stage of the stage model "
              + settings.stageModel());
    }
    String originText = required(opportunity, 5, "origin", key);
    Origin origin;
    try {
      origin = Origin.valueOf(originText);
    } catch (IllegalArgumentException e) {
      throw new BadDeal(
          ProblemKind.INVALID_VALUE,
          "origin '"
              + originText
              + "' of opportunity "
              + key
              + " is not one of "
              + java.util.Arrays.toString(Origin.values()));
    }
    DealFacts facts =
        parse(
            ProblemKind.INVALID_VALUE,
            () ->
                DealFacts.builder()
                    .id(id)
                    .owner(owner)
                    .amount(Money.of(amount, currency))
                    .won(settings.wonStages().contains(stage))
                    .partnerSourced(origin == Origin.PARTNER_SOURCED)
                    .partnerInfluenced(origin == Origin.PARTNER_INFLUENCED)
                    .participants(participants)
                    .build());
    CreditReport report =
        settings.classifier().report(List.of(facts), Function.identity(), currency);
    if (!report.deals().problems().isEmpty()) {
      Problem problem = report.deals().problems().get(0);
      throw new BadDeal(problem.kind(), problem.message());
    }
    DealCredit credit = report.deals().results().get(0);
    List<Row> partners = new ArrayList<>();
    for (Participant participant : participants) {
      if (!participant.party().equals(owner)) {
        partners.add(RowFactory.create(participant.party().value(), participant.role()));
      }
    }
    List<String> influencers = new ArrayList<>();
    credit.influencers().forEach(partner -> influencers.add(partner.value()));
    Object[] values = new Object[DEAL_VALUES];
    values[0] = key;
    values[1] = owner.value();
    values[2] = credit.motion().name();
    values[3] = credit.source().map(PartnerId::value).orElse(null);
    values[4] = Outcomes.seq(influencers);
    values[5] = amount;
    values[6] = currency.getCurrencyCode();
    values[7] = credit.won();
    values[8] = Outcomes.seq(partners);
    return Outcomes.row(values, true, null, null, null);
  }

  /**
   * Splits each credited deal among its partners by role weight with the library's {@link
   * RoleWeighted}; a deal without partners has nothing to split. Problems are passed on.
   */
  static FlatMapFunction<Row, Row> splits(Settings settings) {
    return deal -> split(deal, settings.roleWeighted()).iterator();
  }

  private static List<Row> split(Row deal, RoleWeighted model) {
    List<Row> out = new ArrayList<>();
    if (!Outcomes.isKept(deal)) {
      out.add(Outcomes.passOn(deal, SPLIT_VALUES));
      return out;
    }
    List<Row> partners = deal.getList(8);
    if (partners.isEmpty()) {
      return out;
    }
    String id = deal.getString(0);
    String currency = deal.getString(6);
    List<Participant> participants = new ArrayList<>();
    for (Row partner : partners) {
      participants.add(Participant.of(PartnerId.of(partner.getString(0)), partner.getString(1)));
    }
    MoneySplit split;
    try {
      split = model.split(participants, Money.of(deal.getDecimal(5), currency));
    } catch (IllegalArgumentException e) {
      out.add(
          Outcomes.bad(
              SPLIT_VALUES,
              id,
              ProblemKind.INVALID_VALUE,
              "opportunity " + id + " cannot be split: " + Outcomes.message(e),
              "opportunities"));
      return out;
    }
    for (Map.Entry<PartnerId, MonetaryAmount> part : split.parts().entrySet()) {
      out.add(
          Outcomes.good(
              id, part.getKey().value(), currency, PotentialRows.decimal(part.getValue())));
    }
    return out;
  }

  /**
   * Converts each credited deal's amount to the report currency and emits one entry for its source
   * and one for each influencer; a deal whose currency has no rate is a problem. Problems are
   * passed on.
   */
  static FlatMapFunction<Row, Row> entries(FixedRates rates) {
    return deal -> entry(deal, rates).iterator();
  }

  private static List<Row> entry(Row deal, FixedRates rates) {
    List<Row> out = new ArrayList<>();
    if (!Outcomes.isKept(deal)) {
      out.add(Outcomes.passOn(deal, ENTRY_VALUES));
      return out;
    }
    String id = deal.getString(0);
    MonetaryAmount amount = Money.of(deal.getDecimal(5), deal.getString(6));
    Optional<MonetaryAmount> converted = rates.convert(amount);
    if (converted.isEmpty()) {
      out.add(
          Outcomes.bad(
              ENTRY_VALUES,
              id,
              ProblemKind.CURRENCY_MISMATCH,
              "no rate from "
                  + deal.getString(6)
                  + " to "
                  + rates.currency()
                  + " for opportunity "
                  + id
                  + "; it is left out of the partner totals",
              "opportunities"));
      return out;
    }
    String number = PotentialRows.decimal(converted.get()).toString();
    boolean won = deal.getBoolean(7);
    if (!deal.isNullAt(3)) {
      out.add(Outcomes.good(deal.getString(3), 0, number, won));
    }
    for (Object influencer : deal.getList(4)) {
      out.add(Outcomes.good(influencer, 1, number, won));
    }
    return out;
  }

  /** Returns the totals row of one partner, each amount rounded half-even at the end. */
  static Row totals(String partner, Tally tally, CurrencyUnit currency) {
    return RowFactory.create(
        partner,
        currency.getCurrencyCode(),
        tally.deals[0],
        MinorUnits.round(tally.amounts[0], currency),
        tally.won[0],
        MinorUnits.round(tally.wonAmounts[0], currency),
        tally.deals[1],
        MinorUnits.round(tally.amounts[1], currency),
        tally.won[1],
        MinorUnits.round(tally.wonAmounts[1], currency));
  }

  /**
   * Exact running totals of one partner's sourced (index 0) and influenced (index 1) credit. Public
   * only because Spark's serialising encoder takes public classes; the enclosing class is not.
   */
  public static final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;
    final long[] deals = new long[2];
    final long[] won = new long[2];
    final BigDecimal[] amounts = {BigDecimal.ZERO, BigDecimal.ZERO};
    final BigDecimal[] wonAmounts = {BigDecimal.ZERO, BigDecimal.ZERO};

    void add(int kind, BigDecimal amount, boolean isWon) {
      deals[kind]++;
      amounts[kind] = amounts[kind].add(amount);
      if (isWon) {
        won[kind]++;
        wonAmounts[kind] = wonAmounts[kind].add(amount);
      }
    }

    void merge(Tally other) {
      for (int kind = 0; kind < 2; kind++) {
        deals[kind] += other.deals[kind];
        won[kind] += other.won[kind];
        amounts[kind] = amounts[kind].add(other.amounts[kind]);
        wonAmounts[kind] = wonAmounts[kind].add(other.wonAmounts[kind]);
      }
    }
  }

  /** Sums entries ({@link #ENTRY} rows without outcome) exactly, with partial aggregation. */
  static final class TallyAggregator extends Aggregator<Row, Tally, Tally> {
    private static final long serialVersionUID = 1L;

    @Override
    public Tally zero() {
      return new Tally();
    }

    @Override
    public Tally reduce(Tally tally, Row entry) {
      tally.add(entry.getInt(1), new BigDecimal(entry.getString(2)), entry.getBoolean(3));
      return tally;
    }

    @Override
    public Tally merge(Tally one, Tally two) {
      one.merge(two);
      return one;
    }

    @Override
    public Tally finish(Tally tally) {
      return tally;
    }

    @Override
    public Encoder<Tally> bufferEncoder() {
      return Encoders.javaSerialization(Tally.class);
    }

    @Override
    public Encoder<Tally> outputEncoder() {
      return Encoders.javaSerialization(Tally.class);
    }
  }

  private static String required(Row row, int field, String name, String key) {
    String value = row.isNullAt(field) ? null : Ratings.trimmed(row.getString(field));
    if (value == null) {
      throw new BadDeal(ProblemKind.MISSING_VALUE, name + " of opportunity " + key + " is missing");
    }
    return value;
  }

  private static CurrencyUnit currency(String code, String key) {
    CurrencyUnit currency;
    try {
      currency = Monetary.getCurrency(code);
    } catch (MonetaryException e) {
      throw new BadDeal(
          ProblemKind.INVALID_VALUE,
          "currency '" + code + "' of opportunity " + key + " is not a known currency");
    }
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0 || digits > PotentialRows.MONEY_SCALE) {
      throw new BadDeal(
          ProblemKind.INVALID_VALUE,
          "currency "
              + code
              + " of opportunity "
              + key
              + " has "
              + digits
              + " minor digits; amounts are kept to at most "
              + PotentialRows.MONEY_SCALE);
    }
    return currency;
  }

  private static <T> T parse(ProblemKind kind, java.util.function.Supplier<T> parsing) {
    try {
      return parsing.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BadDeal(kind, Outcomes.message(e));
    }
  }

  private static Row bad(String source, String key, ProblemKind kind, String reason) {
    return Outcomes.bad(DEAL_VALUES, key, kind, reason, source);
  }

  /** A deal that cannot be credited, with the kind of its problem. */
  private static final class BadDeal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ProblemKind kind;

    BadDeal(ProblemKind kind, String message) {
      super(message);
      this.kind = kind;
    }
  }
}
