package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.Score;
import org.apiguardian.api.API;

/**
 * One row of a {@link HeatMap}: a relationship and its score in each of the five alignment areas,
 * in {@link FactorCategory} order, empty where the area was not scored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship of the row
 * @param cells the area scores, in [0, 1]; exactly one per {@link FactorCategory}, in its order
 */
@API(status = STABLE, since = "0.1")
public record HeatMapRow(RelationshipId relationship, ImmutableList<OptionalDouble> cells) {
  private static final int AREAS = FactorCategory.values().length;

  /** Validates the cells. */
  public HeatMapRow {
    checkNotNull(relationship, "relationship");
    checkNotNull(cells, "cells");
    checkArgument(
        cells.size() == AREAS,
        "heat map row of relationship %s has %s cells; it needs one per area, %s",
        relationship,
        cells.size(),
        AREAS);
    for (int i = 0; i < AREAS; i++) {
      OptionalDouble cell = cells.get(i);
      if (cell.isPresent()) {
        double value = cell.getAsDouble();
        checkArgument(
            value >= 0 && value <= 1,
            "heat map cell %s of relationship %s is %s; it must be between 0 and 1",
            FactorCategory.values()[i],
            relationship,
            value);
      }
    }
  }

  /** Returns the row of a score: each scored area's {@link CategoryScore#score()}. */
  public static HeatMapRow of(Score score) {
    checkNotNull(score, "score");
    ImmutableList.Builder<OptionalDouble> cells = ImmutableList.builder();
    for (FactorCategory category : FactorCategory.values()) {
      cells.add(
          score
              .category(category)
              .map(area -> OptionalDouble.of(area.score()))
              .orElse(OptionalDouble.empty()));
    }
    return new HeatMapRow(score.relationship(), cells.build());
  }

  /** The score of the given area, empty where the area was not scored. */
  public OptionalDouble cell(FactorCategory category) {
    return cells.get(checkNotNull(category, "category").ordinal());
  }
}
