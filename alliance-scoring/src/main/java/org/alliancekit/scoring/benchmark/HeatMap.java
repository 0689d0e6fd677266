package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The data of an alignment-area heat map of a portfolio: one {@link HeatMapRow} per relationship
 * (in portfolio order), one column per {@link FactorCategory} (in its order), each cell the
 * relationship's score in that area or empty, and the portfolio's mean score per area.
 *
 * <pre>{@code
 * HeatMap map = PortfolioBenchmark.of(scores).heatMap();
 * for (HeatMapRow row : map.rows()) {
 *   OptionalDouble commercial = row.cell(FactorCategory.COMMERCIAL);
 * }
 * OptionalDouble portfolioCommercial = map.areaMean(FactorCategory.COMMERCIAL);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class HeatMap implements WithHeatMap {
  private static final ImmutableList<FactorCategory> COLUMNS =
      ImmutableList.copyOf(FactorCategory.values());

  HeatMap() {}

  /** The rows, one per relationship, in portfolio order. */
  @Value.Parameter
  public abstract ImmutableList<HeatMapRow> rows();

  /**
   * Returns a heat map of the given rows.
   *
   * @throws IllegalArgumentException if two rows are of the same relationship
   */
  public static HeatMap of(Iterable<? extends HeatMapRow> rows) {
    return ImmutableHeatMap.of(rows);
  }

  /** The columns: the five alignment areas in {@link FactorCategory} order. */
  public ImmutableList<FactorCategory> columns() {
    return COLUMNS;
  }

  /** The relationships of the rows, in row order. */
  public ImmutableList<RelationshipId> relationships() {
    return rows().stream().map(HeatMapRow::relationship).collect(ImmutableList.toImmutableList());
  }

  /**
   * The mean of each area's non-empty cells, keys in {@link FactorCategory} order; an area without
   * any score in the portfolio has no entry. Each mean is the {@link ScoreDistribution#mean()} of
   * the area's cells, so it does not depend on the order of the rows.
   */
  @Value.Derived
  public ImmutableMap<FactorCategory, Double> areaMeans() {
    Map<FactorCategory, Double> means = new EnumMap<>(FactorCategory.class);
    for (FactorCategory category : COLUMNS) {
      double[] column =
          rows().stream()
              .map(row -> row.cell(category))
              .filter(OptionalDouble::isPresent)
              .mapToDouble(OptionalDouble::getAsDouble)
              .toArray();
      if (column.length > 0) {
        means.put(category, ScoreDistribution.of(column).mean());
      }
    }
    return Maps.immutableEnumMap(means);
  }

  /** The portfolio's mean score in the given area; empty if no relationship was scored there. */
  public OptionalDouble areaMean(FactorCategory category) {
    Double mean = areaMeans().get(checkNotNull(category, "category"));
    return mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean);
  }

  /**
   * The cell of the given relationship and area.
   *
   * @throws IllegalArgumentException if the heat map has no row for the relationship
   */
  public OptionalDouble cell(RelationshipId relationship, FactorCategory category) {
    checkNotNull(relationship, "relationship");
    checkNotNull(category, "category");
    return rows().stream()
        .filter(row -> row.relationship().equals(relationship))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "relationship " + relationship + " has no row in the heat map"))
        .cell(category);
  }

  /**
   * The non-empty cells as a table, rows in row order and columns in {@link FactorCategory} order.
   */
  public ImmutableTable<RelationshipId, FactorCategory, Double> asTable() {
    ImmutableTable.Builder<RelationshipId, FactorCategory, Double> table = ImmutableTable.builder();
    for (HeatMapRow row : rows()) {
      for (FactorCategory category : COLUMNS) {
        row.cell(category).ifPresent(value -> table.put(row.relationship(), category, value));
      }
    }
    return table.build();
  }

  @Value.Check
  void check() {
    Set<RelationshipId> seen = new HashSet<>();
    for (HeatMapRow row : rows()) {
      checkArgument(
          seen.add(row.relationship()),
          "relationship %s has more than one row in the heat map",
          row.relationship());
    }
  }
}
