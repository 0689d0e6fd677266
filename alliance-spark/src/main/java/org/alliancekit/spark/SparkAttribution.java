package org.alliancekit.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import javax.money.Monetary;
import org.alliancekit.attribution.RoleWeighted;
import org.alliancekit.attribution.credit.CreditClassifier;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageKind;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Credits multi-partner deals held in Spark DataFrames, with exactly the results of the single-JVM
 * library: each opportunity is classified by the library's {@link CreditClassifier} and split by
 * its {@link RoleWeighted} model inside the executors, and partner totals are exact decimal sums
 * rounded once at the end, as {@code CreditClassifier.report} rounds them.
 *
 * <pre>{@code
 * SparkAttribution attribution = SparkAttribution.standard();
 * FrameResult splits = attribution.splits(opportunities, involvements);
 * FrameResult totals =
 *     attribution.partnerTotals(opportunities, involvements, FixedRates.to("EUR", rates));
 * }</pre>
 *
 * <p><b>Input.</b> Opportunities with the columns {@code opportunity_id}, {@code owner_id}, {@code
 * amount}, {@code currency}, {@code stage} and {@code origin} ({@code DIRECT}, {@code
 * PARTNER_SOURCED}, {@code PARTNER_INFLUENCED} or {@code REFERRED_TO_PARTNER}), and involvements
 * with {@code opportunity_id}, {@code partner_id} and {@code role} (such as {@code ORIGINATOR}):
 * the layouts of {@code opportunities.csv} and {@code involvements.csv}; other columns are ignored.
 * An opportunity is read as {@code OpportunityCredit.facts} reads a model opportunity: won when its
 * stage is a won stage of the stage model, partner-sourced or partner-influenced by its origin, one
 * participant per involvement with the role's name as role key.
 *
 * <p><b>Problems</b> (source {@code opportunities} or {@code involvements}): a missing or
 * unreadable value, a stage not in the stage model, an opportunity id listed twice (none of its
 * rows is credited), an involvement of an unknown opportunity or with a bad partner id or role (it
 * is left out), a deal the classifier cannot credit (a partner-sourced deal without exactly one
 * source), and the problems of each step below. Nothing is dropped without a problem row.
 *
 * <p>Each method joins opportunities and involvements by id in one co-grouping shuffle; the
 * functions shipped to the executors carry only the role weights, sourcing roles and stage names.
 * Instances are immutable and thread-safe.
 */
public final class SparkAttribution {
  private final Credits.Settings settings;

  private SparkAttribution(Credits.Settings settings) {
    this.settings = settings;
  }

  /**
   * Returns the attribution with the library's standard settings: {@link RoleWeighted#standard()},
   * {@link CreditClassifier#standard()} and the co-sell stage model {@link StageModels#coSell()}.
   */
  public static SparkAttribution standard() {
    return of(RoleWeighted.standard(), CreditClassifier.standard(), StageModels.coSell());
  }

  /** Returns the attribution with the given role weights, classifier and stage model. */
  public static SparkAttribution of(
      RoleWeighted roleWeights, CreditClassifier classifier, StageModel stages) {
    checkNotNull(roleWeights, "roleWeights");
    checkNotNull(classifier, "classifier");
    checkNotNull(stages, "stages");
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    ImmutableSet.Builder<String> won = ImmutableSet.builder();
    for (Stage stage : stages.stages()) {
      names.add(stage.name());
      if (stage.kind() == StageKind.WON) {
        won.add(stage.name());
      }
    }
    return new SparkAttribution(
        new Credits.Settings(
            ImmutableMap.copyOf(roleWeights.weights()),
            ImmutableList.copyOf(classifier.sourcingRoles()),
            stages.name(),
            names.build(),
            won.build()));
  }

  /**
   * Classifies every opportunity as partner-sourced, partner-influenced or direct.
   *
   * <p>Rows: {@code opportunity_id, owner_id, motion, source_id, influencer_ids, amount, currency,
   * won}: the library's {@code DealCredit} of each opportunity, the amount in its own currency.
   *
   * @throws IllegalArgumentException if a required column is missing (the message names it)
   */
  public FrameResult credits(Dataset<Row> opportunities, Dataset<Row> involvements) {
    return new FrameResult(
        deals(opportunities, involvements), deals -> Outcomes.kept(deals).drop("participants"));
  }

  /**
   * Splits each opportunity's amount among its partners (every involved party other than the owner)
   * by the role weights, exactly to the minor unit of its currency by the largest-remainder method,
   * as {@code OpportunityCredit.roleWeightedSplit} does; the parts of each opportunity add up to
   * its amount. An opportunity without partners has nothing to split and gives no row.
   *
   * <p>Rows: {@code opportunity_id, partner_id, currency, amount}. Problems also include an
   * opportunity whose partners' roles have no weight, or all weigh zero.
   *
   * @throws IllegalArgumentException if a required column is missing (the message names it)
   */
  public FrameResult splits(Dataset<Row> opportunities, Dataset<Row> involvements) {
    Dataset<Row> splits =
        deals(opportunities, involvements)
            .flatMap(Credits.splits(settings), Encoders.row(Credits.SPLIT));
    return new FrameResult(splits, Outcomes::kept);
  }

  /**
   * Totals each partner's sourced and influenced credit in the report currency, as {@code
   * CreditClassifier.report} totals {@code PartnerCredit}: each opportunity's amount is converted
   * with {@code rates} (unrounded), a source is credited the full amount of each deal it sourced
   * and each influencer the full amount of each deal it influenced, the amounts are summed exactly
   * and each total is rounded half-even to the report currency's minor unit at the end. Influenced
   * totals are not a split: several partners may influence one deal.
   *
   * <p>Rows: {@code partner_id, currency, sourced_deals, sourced_amount, sourced_won,
   * sourced_won_amount, influenced_deals, influenced_amount, influenced_won,
   * influenced_won_amount}, one per partner that sourced or influenced a credited deal. Problems
   * also include an opportunity whose currency has no rate (it is left out of the totals).
   *
   * @throws IllegalArgumentException if a required column is missing (the message names it)
   */
  public FrameResult partnerTotals(
      Dataset<Row> opportunities, Dataset<Row> involvements, FixedRates rates) {
    checkNotNull(rates, "rates");
    Dataset<Row> entries =
        deals(opportunities, involvements)
            .flatMap(Credits.entries(rates), Encoders.row(Credits.ENTRY));
    String currency = rates.currency();
    return new FrameResult(entries, outcome -> totals(outcome, currency));
  }

  private Dataset<Row> deals(Dataset<Row> opportunities, Dataset<Row> involvements) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(involvements, "involvements");
    SparkScoring.requireColumns(
        opportunities,
        "opportunities",
        "opportunity_id",
        "owner_id",
        "amount",
        "currency",
        "stage",
        "origin");
    SparkScoring.requireColumns(
        involvements, "involvements", "opportunity_id", "partner_id", "role");
    Dataset<Row> opportunityRows =
        opportunities.select(
            SparkScoring.text("opportunity_id"),
            SparkScoring.text("owner_id"),
            SparkScoring.text("amount"),
            SparkScoring.text("currency"),
            SparkScoring.text("stage"),
            SparkScoring.text("origin"));
    Dataset<Row> involvementRows =
        involvements.select(
            SparkScoring.text("opportunity_id"),
            SparkScoring.text("partner_id"),
            SparkScoring.text("role"));
    MapFunction<Row, String> id =
        row -> {
          String value = row.isNullAt(0) ? null : Ratings.trimmed(row.getString(0));
          return value == null ? "" : value;
        };
    return opportunityRows
        .groupByKey(id, Encoders.STRING())
        .cogroup(
            involvementRows.groupByKey(id, Encoders.STRING()),
            Credits.deals(settings),
            Encoders.row(Credits.DEAL));
  }

  private static Dataset<Row> totals(Dataset<Row> entries, String currency) {
    Dataset<Tuple2<String, Credits.Tally>> tallies =
        Outcomes.kept(entries)
            .groupByKey((MapFunction<Row, String>) entry -> entry.getString(0), Encoders.STRING())
            .agg(new Credits.TallyAggregator().toColumn());
    return tallies.map(
        (MapFunction<Tuple2<String, Credits.Tally>, Row>)
            pair -> Credits.totals(pair._1(), pair._2(), Monetary.getCurrency(currency)),
        Encoders.row(Credits.TOTALS));
  }

  /** Returns the settings, such as {@code SparkAttribution{roles={...}, sourcing=[...], ...}}. */
  @Override
  public String toString() {
    return "SparkAttribution{roles="
        + settings.roleWeights()
        + ", sourcing="
        + settings.sourcingRoles()
        + ", stages="
        + settings.stageModel()
        + "}";
  }
}
