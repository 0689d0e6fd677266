package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageKind;
import org.alliancekit.model.pipeline.StageModel;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Computes {@link Velocity} figures from opportunities and their stage histories, over one {@link
 * StageModel}, and compares the {@link Segment}s of a {@link Segmentation}.
 *
 * <p>Definitions:
 *
 * <ul>
 *   <li><b>win rate</b>: won / (won + lost);
 *   <li><b>deal size</b>: over won deals, per currency;
 *   <li><b>cycle time</b>: for a closed deal, the days from its creation to the day it entered its
 *       closed stage according to its history, or to its expected close date (which for a closed
 *       deal is the day it closed) when the history does not record it;
 *   <li><b>conversion</b>: along the model's stages that are not lost, from each open stage to the
 *       next, see {@link StageConversion}; the stages an opportunity reached are those of its
 *       history and its current stage;
 *   <li><b>time in stage</b>: the days between entering a stage and entering the next one, for each
 *       pair of consecutive history entries, see {@link StageTime}.
 * </ul>
 *
 * <pre>{@code
 * VelocityComparison comparison = VelocityAnalyzer.of(StageModels.coSell()).compare(opportunities);
 * SegmentDelta delta = comparison.versus(Segment.ALLIANCE, Segment.DIRECT);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class VelocityAnalyzer {
  private static final Comparator<CurrencyUnit> BY_CODE =
      Comparator.comparing(CurrencyUnit::getCurrencyCode);

  private final StageModel model;
  private final Segmentation segmentation;
  private final ImmutableList<Stage> progress;

  private VelocityAnalyzer(StageModel model, Segmentation segmentation) {
    this.model = checkNotNull(model, "model");
    this.segmentation = checkNotNull(segmentation, "segmentation");
    this.progress =
        model.stages().stream()
            .filter(stage -> stage.kind() != StageKind.LOST)
            .collect(ImmutableList.toImmutableList());
  }

  /** An analyzer over {@code model} with the {@link Segmentation#standard() standard} segments. */
  public static VelocityAnalyzer of(StageModel model) {
    return new VelocityAnalyzer(model, Segmentation.standard());
  }

  /** An analyzer over {@code model} that segments opportunities with {@code segmentation}. */
  public static VelocityAnalyzer of(StageModel model, Segmentation segmentation) {
    return new VelocityAnalyzer(model, segmentation);
  }

  /** The stage model. */
  public StageModel model() {
    return model;
  }

  /** The segmentation used by {@link #compare}. */
  public Segmentation segmentation() {
    return segmentation;
  }

  /**
   * The velocity of all the opportunities together.
   *
   * @throws IllegalArgumentException naming the opportunity, the stage and the model if a current
   *     or recorded stage is not in the model
   */
  public Velocity analyze(Iterable<Opportunity> opportunities) {
    checkNotNull(opportunities, "opportunities");
    List<Opportunity> all = new ArrayList<>();
    for (Opportunity opportunity : opportunities) {
      all.add(checkStages(checkNotNull(opportunity, "opportunity")));
    }
    return velocity(all);
  }

  /**
   * The velocity of each segment and of all the opportunities.
   *
   * @throws IllegalArgumentException as {@link #analyze} does, or if the segmentation puts an
   *     opportunity in no segment
   */
  public VelocityComparison compare(Iterable<Opportunity> opportunities) {
    checkNotNull(opportunities, "opportunities");
    Map<Segment, List<Opportunity>> bySegment = new EnumMap<>(Segment.class);
    for (Segment segment : Segment.values()) {
      bySegment.put(segment, new ArrayList<>());
    }
    List<Opportunity> all = new ArrayList<>();
    for (Opportunity opportunity : opportunities) {
      checkStages(checkNotNull(opportunity, "opportunity"));
      Segment segment = segmentation.segmentOf(opportunity);
      checkArgument(
          segment != null, "segmentation puts opportunity %s in no segment", opportunity.id());
      bySegment.get(segment).add(opportunity);
      all.add(opportunity);
    }
    VelocityComparison.Builder comparison =
        VelocityComparison.builder().modelName(model.name()).overall(velocity(all));
    bySegment.forEach((segment, members) -> comparison.putSegment(segment, velocity(members)));
    return comparison.build();
  }

  private Opportunity checkStages(Opportunity opportunity) {
    checkArgument(
        model.contains(opportunity.stage()),
        "opportunity %s is at stage %s, which is not in stage model %s",
        opportunity.id(),
        describe(opportunity.stage()),
        model.name());
    for (StageChange change : opportunity.stageHistory()) {
      checkArgument(
          model.contains(change.stage()),
          "stage history of opportunity %s enters stage %s on %s, which is not in stage model %s",
          opportunity.id(),
          describe(change.stage()),
          change.date(),
          model.name());
    }
    return opportunity;
  }

  private static String describe(Stage stage) {
    return stage.name() + " (" + stage.kind() + ", " + stage.probability() + ")";
  }

  private Velocity velocity(List<Opportunity> opportunities) {
    long open = 0;
    long won = 0;
    long lost = 0;
    long cycleDays = 0;
    Map<CurrencyUnit, BigDecimal> wonSums = new TreeMap<>(BY_CODE);
    Map<CurrencyUnit, Long> wonCounts = new TreeMap<>(BY_CODE);
    int stages = progress.size();
    long[] reached = new long[stages];
    long[] pending = new long[stages];
    Map<Stage, long[]> stays = new TreeMap<>(Comparator.comparingInt(model::indexOf));
    for (Stage stage : model.openStages()) {
      stays.put(stage, new long[2]);
    }
    for (Opportunity opportunity : opportunities) {
      Outcome outcome = opportunity.outcome();
      if (outcome == Outcome.OPEN) {
        open++;
      } else {
        if (outcome == Outcome.WON) {
          won++;
          wonSums.merge(
              opportunity.currency(),
              opportunity.amount().getNumber().numberValue(BigDecimal.class),
              BigDecimal::add);
          wonCounts.merge(opportunity.currency(), 1L, Long::sum);
        } else {
          lost++;
        }
        cycleDays += ChronoUnit.DAYS.between(opportunity.created(), opportunity.closeDate());
      }
      int furthest = furthest(opportunity);
      for (int i = 0; i <= furthest; i++) {
        reached[i]++;
      }
      if (furthest >= 0 && outcome == Outcome.OPEN) {
        pending[furthest]++;
      }
      List<StageChange> history = opportunity.stageHistory();
      for (int k = 0; k + 1 < history.size(); k++) {
        long[] stay = stays.get(history.get(k).stage());
        if (stay != null) {
          stay[0]++;
          stay[1] += ChronoUnit.DAYS.between(history.get(k).date(), history.get(k + 1).date());
        }
      }
    }
    Velocity.Builder velocity =
        Velocity.builder()
            .count(opportunities.size())
            .openCount(open)
            .wonCount(won)
            .lostCount(lost);
    if (won + lost > 0) {
      velocity.winRate((double) won / (won + lost));
      velocity.averageCycleDays((double) cycleDays / (won + lost));
    }
    wonSums.forEach(
        (currency, sum) -> {
          velocity.putWonAmount(currency, Money.of(sum, currency));
          velocity.putAverageDealSize(
              currency, Money.of(mean(sum, wonCounts.get(currency), currency), currency));
        });
    for (int i = 0; i + 1 < stages; i++) {
      if (progress.get(i).kind() == StageKind.OPEN) {
        velocity.addConversions(
            StageConversion.of(
                progress.get(i), progress.get(i + 1), reached[i], reached[i + 1], pending[i]));
      }
    }
    stays.forEach((stage, stay) -> velocity.addTimeInStage(StageTime.of(stage, stay[0], stay[1])));
    return velocity.build();
  }

  /** The position in {@link #progress} of the furthest stage reached, or -1 for none. */
  private int furthest(Opportunity opportunity) {
    int furthest = progress.indexOf(opportunity.stage());
    for (StageChange change : opportunity.stageHistory()) {
      furthest = Math.max(furthest, progress.indexOf(change.stage()));
    }
    return furthest;
  }

  private static BigDecimal mean(BigDecimal sum, long count, CurrencyUnit currency) {
    return MinorUnits.divide(sum, BigDecimal.valueOf(count), currency);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VelocityAnalyzer that
        && model.equals(that.model)
        && segmentation.equals(that.segmentation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, segmentation);
  }

  @Override
  public String toString() {
    return "VelocityAnalyzer{" + model.name() + "}";
  }
}
