package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.Score;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A portfolio of scored relationships, one {@link Score} per relationship, and the benchmarks over
 * it: percentile ranks, score distributions, heat map data and the correlation of score with
 * alliance revenue.
 *
 * <pre>{@code
 * PortfolioBenchmark portfolio = PortfolioBenchmark.of(scores);
 * double acmeRank = portfolio.percentileRank(RelationshipId.of("acme")).overall();
 * ScoreDistribution commercial = portfolio.area(FactorCategory.COMMERCIAL).orElseThrow();
 * HeatMap heatMap = portfolio.heatMap();
 * Correlation link = portfolio.revenueCorrelation(revenueByRelationship);
 * }</pre>
 *
 * <p>The portfolio keeps the order given; the heat map rows and the lists of ranks follow it. The
 * ranks and distributions do not depend on it. The benchmarks are computed when first asked for.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PortfolioBenchmark implements WithPortfolioBenchmark {
  PortfolioBenchmark() {}

  /** The scores, one per relationship, in portfolio order; at least one. */
  @Value.Parameter
  public abstract ImmutableList<Score> scores();

  /**
   * Returns the benchmark of a portfolio with the given scores, in the order given.
   *
   * @throws IllegalArgumentException if there are no scores or two are of the same relationship
   *     (the message names it)
   */
  public static PortfolioBenchmark of(Iterable<? extends Score> scores) {
    return ImmutablePortfolioBenchmark.of(scores);
  }

  @Value.Lazy
  ImmutableMap<RelationshipId, Score> byRelationship() {
    return scores().stream()
        .collect(ImmutableMap.toImmutableMap(Score::relationship, score -> score));
  }

  @Value.Lazy
  ImmutableMap<RelationshipId, PercentileRank> ranks() {
    int n = scores().size();
    double[] overall = new double[n];
    for (int i = 0; i < n; i++) {
      overall[i] = scores().get(i).overall();
    }
    double[] overallRanks = Ranks.percentileRanks(overall);
    List<Map<FactorCategory, Double>> areaRanks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      areaRanks.add(new EnumMap<>(FactorCategory.class));
    }
    for (FactorCategory category : FactorCategory.values()) {
      List<Integer> rows = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Optional<CategoryScore> area = scores().get(i).category(category);
        if (area.isPresent()) {
          rows.add(i);
          values.add(area.get().score());
        }
      }
      double[] ranks = Ranks.percentileRanks(values.stream().mapToDouble(v -> v).toArray());
      for (int k = 0; k < rows.size(); k++) {
        areaRanks.get(rows.get(k)).put(category, ranks[k]);
      }
    }
    ImmutableMap.Builder<RelationshipId, PercentileRank> ranks = ImmutableMap.builder();
    for (int i = 0; i < n; i++) {
      RelationshipId id = scores().get(i).relationship();
      ranks.put(id, PercentileRank.of(id, overallRanks[i], areaRanks.get(i)));
    }
    return ranks.buildOrThrow();
  }

  /** The relationships of the portfolio, in portfolio order. */
  public ImmutableList<RelationshipId> relationships() {
    return byRelationship().keySet().asList();
  }

  /**
   * The score of the given relationship.
   *
   * @throws IllegalArgumentException if the relationship is not in the portfolio
   */
  public Score score(RelationshipId relationship) {
    return checkIn(relationship, byRelationship().get(checkNotNull(relationship, "relationship")));
  }

  /**
   * The percentile ranks of the given relationship, overall and per area; see {@link
   * PercentileRank} for the definition.
   *
   * @throws IllegalArgumentException if the relationship is not in the portfolio
   */
  public PercentileRank percentileRank(RelationshipId relationship) {
    return checkIn(relationship, ranks().get(checkNotNull(relationship, "relationship")));
  }

  /** The percentile ranks of every relationship, in portfolio order. */
  public ImmutableList<PercentileRank> percentileRanks() {
    return ranks().values().asList();
  }

  /** The distribution of the portfolio's overall scores. */
  public ScoreDistribution overall() {
    return ScoreDistribution.of(scores().stream().mapToDouble(Score::overall).toArray());
  }

  /**
   * The distribution of the portfolio's scores in the given area, over the relationships scored
   * there; empty if none is.
   */
  public Optional<ScoreDistribution> area(FactorCategory category) {
    checkNotNull(category, "category");
    double[] values =
        scores().stream()
            .flatMap(score -> score.category(category).stream())
            .mapToDouble(CategoryScore::score)
            .toArray();
    return values.length == 0 ? Optional.empty() : Optional.of(ScoreDistribution.of(values));
  }

  /** The heat map data: a row per relationship in portfolio order, a column per area. */
  public HeatMap heatMap() {
    return HeatMap.of(scores().stream().map(HeatMapRow::of).toList());
  }

  /**
   * The correlation between overall score and alliance revenue across the portfolio.
   *
   * <p>Each relationship of the portfolio with an entry in {@code revenue} gives one pair;
   * relationships without one are left out and listed in {@link Correlation#withoutRevenue()}. All
   * revenue must be in one currency: convert it first. Revenue may be zero or negative. The
   * coefficients are statistics rather than money, so each amount enters as a {@code double} (its
   * exact value rounded to the nearest {@code double}, then divided by the largest absolute amount,
   * which changes neither coefficient but keeps the arithmetic far from overflow).
   *
   * @throws IllegalArgumentException if revenue is given for a relationship not in the portfolio,
   *     the amounts are in more than one currency (the message names two of them), or an amount is
   *     too large to be a {@code double}
   */
  public Correlation revenueCorrelation(Map<RelationshipId, ? extends MonetaryAmount> revenue) {
    checkNotNull(revenue, "revenue");
    for (Map.Entry<RelationshipId, ? extends MonetaryAmount> entry : revenue.entrySet()) {
      checkNotNull(entry.getKey(), "revenue relationship");
      checkNotNull(entry.getValue(), "revenue of relationship %s", entry.getKey());
      checkArgument(
          byRelationship().containsKey(entry.getKey()),
          "revenue is given for relationship %s, which is not in the portfolio",
          entry.getKey());
    }
    List<Double> scoreValues = new ArrayList<>();
    List<Double> revenueValues = new ArrayList<>();
    ImmutableList.Builder<RelationshipId> withoutRevenue = ImmutableList.builder();
    MonetaryAmount first = null;
    RelationshipId firstWithRevenue = null;
    double largest = 0;
    for (Score score : scores()) {
      MonetaryAmount amount = revenue.get(score.relationship());
      if (amount == null) {
        withoutRevenue.add(score.relationship());
        continue;
      }
      if (first == null) {
        first = amount;
        firstWithRevenue = score.relationship();
      }
      checkArgument(
          amount.getCurrency().equals(first.getCurrency()),
          "revenue of relationship %s is in %s but revenue of relationship %s is in %s; convert"
              + " all revenue to one currency first",
          score.relationship(),
          amount.getCurrency().getCurrencyCode(),
          firstWithRevenue,
          first.getCurrency().getCurrencyCode());
      double value = amount.getNumber().numberValue(BigDecimal.class).doubleValue();
      checkArgument(
          Double.isFinite(value),
          "revenue %s of relationship %s is too large to correlate",
          amount,
          score.relationship());
      scoreValues.add(score.overall());
      revenueValues.add(value);
      largest = Math.max(largest, Math.abs(value));
    }
    double[] scores = scoreValues.stream().mapToDouble(v -> v).toArray();
    double scale = largest > 0 ? largest : 1;
    double[] revenues = revenueValues.stream().mapToDouble(v -> v / scale).toArray();
    return Correlation.compute(
        scores,
        revenues,
        scores.length == 0 ? "" : String.valueOf(scores[0]),
        first == null ? "" : String.valueOf(first),
        withoutRevenue.build());
  }

  private static <T> T checkIn(RelationshipId relationship, T found) {
    checkArgument(found != null, "relationship %s is not in the portfolio", relationship);
    return found;
  }

  @Value.Check
  void check() {
    checkArgument(!scores().isEmpty(), "a portfolio benchmark needs at least one score");
    Map<RelationshipId, Boolean> seen = new HashMap<>();
    for (Score score : scores()) {
      checkArgument(
          seen.put(score.relationship(), Boolean.TRUE) == null,
          "relationship %s appears more than once in the portfolio; give one score per"
              + " relationship",
          score.relationship());
    }
  }
}
