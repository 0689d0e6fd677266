package org.alliancekit.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.portfolio.PortfolioScorer;
import org.alliancekit.scoring.portfolio.PortfolioScores;
import org.alliancekit.scoring.portfolio.RatingMatrix;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Scores the {@link Ratings#RAW} rows of a partition in batches through the library's columnar
 * path: each batch of rows of one catalog becomes a {@link RatingMatrix} (built with {@link
 * RatingMatrix.Builder#addRow(RelationshipId, RatingScale, double...)}, which normalises each
 * rating with its scale) that a {@link PortfolioScorer} scores.
 */
final class BatchScoring {
  static final int BATCH_ROWS = 4096;

  /** Scores per relationship, with the revenue columns passed through. */
  static final StructType SCORED =
      Outcomes.withOutcome(
          new StructType()
              .add("relationship_id", StringType, true)
              .add("overall", DoubleType, true)
              .add("commercial", DoubleType, true)
              .add("technical", DoubleType, true)
              .add("strategic", DoubleType, true)
              .add("cultural", DoubleType, true)
              .add("operational", DoubleType, true)
              .add("coverage", DoubleType, true)
              .add("alliance_revenue", StringType, true)
              .add("currency", StringType, true));

  private static final int VALUES = SCORED.size() - Outcomes.EXTRA;

  private BatchScoring() {}

  /**
   * Returns the partition function that scores with the rule supplied; its problems name {@code
   * source} as the input of the bad rows.
   */
  static MapPartitionsFunction<Row, Row> scorer(
      SerializableSupplier<ScoringRule> rule, String source) {
    return rows -> new Batches(rows, rule.get(), source);
  }

  /** Scores the rows of one partition batch by batch, lazily. */
  private static final class Batches implements Iterator<Row> {
    private final Iterator<Row> input;
    private final ScoringRule rule;
    private final String source;
    private final Map<String, PortfolioScorer> scorers = new HashMap<>();
    private final Map<String, RuntimeException> unusable = new HashMap<>();
    private final Map<String, List<Row>> pending = new LinkedHashMap<>();
    private final Deque<Row> ready = new ArrayDeque<>();

    Batches(Iterator<Row> input, ScoringRule rule, String source) {
      this.input = input;
      this.rule = rule;
      this.source = source;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty()) {
        if (input.hasNext()) {
          take(input.next());
        } else if (!pending.isEmpty()) {
          String catalog = pending.keySet().iterator().next();
          score(catalog, pending.remove(catalog));
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private void take(Row row) {
      if (!Outcomes.isKept(row)) {
        ready.add(Outcomes.passOn(row, VALUES));
        return;
      }
      String catalog = row.getString(1);
      List<Row> batch = pending.computeIfAbsent(catalog, c -> new ArrayList<>());
      batch.add(row);
      if (batch.size() >= BATCH_ROWS) {
        score(catalog, pending.remove(catalog));
      }
    }

    private void score(String catalogName, List<Row> rows) {
      PortfolioScorer scorer = scorer(catalogName);
      if (scorer == null) {
        String reason = Outcomes.message(unusable.get(catalogName));
        for (Row row : rows) {
          ready.add(
              Outcomes.bad(VALUES, row.getString(0), ProblemKind.INVALID_VALUE, reason, source));
        }
        return;
      }
      RatingMatrix.Builder matrix = RatingMatrix.builder(scorer.catalog());
      for (Row row : rows) {
        List<Double> list = row.getList(3);
        double[] ratings = new double[list.size()];
        for (int i = 0; i < ratings.length; i++) {
          ratings[i] = list.get(i);
        }
        matrix.addRow(
            RelationshipId.of(row.getString(0)), RatingScale.parse(row.getString(2)), ratings);
      }
      PortfolioScores scores = scorer.score(matrix.build());
      Map<Long, Problem> problems = new HashMap<>();
      for (Problem problem : scores.problems()) {
        problems.put(problem.row().getAsLong(), problem);
      }
      FactorCategory[] areas = FactorCategory.values();
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        if (!scores.isValid(i)) {
          Problem problem = problems.get((long) i);
          ready.add(
              Outcomes.bad(VALUES, row.getString(0), problem.kind(), problem.message(), source));
          continue;
        }
        Object[] values = new Object[VALUES];
        values[0] = row.getString(0);
        values[1] = scores.overall(i);
        for (FactorCategory area : areas) {
          values[2 + area.ordinal()] = scores.isScored(i, area) ? scores.area(i, area) : null;
        }
        values[7] = row.getDouble(4);
        values[8] = row.isNullAt(5) ? null : row.getString(5);
        values[9] = row.isNullAt(6) ? null : row.getString(6);
        ready.add(Outcomes.row(values, true, null, null, null));
      }
    }

    private PortfolioScorer scorer(String catalogName) {
      if (unusable.containsKey(catalogName)) {
        return null;
      }
      PortfolioScorer scorer = scorers.get(catalogName);
      if (scorer == null) {
        FactorCatalog catalog = FactorCatalogs.byName(catalogName).orElseThrow();
        try {
          scorer = PortfolioScorer.of(rule, catalog);
        } catch (IllegalArgumentException e) {
          unusable.put(catalogName, e);
          return null;
        }
        scorers.put(catalogName, scorer);
      }
      return scorer;
    }
  }
}
