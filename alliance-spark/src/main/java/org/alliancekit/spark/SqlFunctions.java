package org.alliancekit.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.portfolio.PortfolioScorer;
import org.alliancekit.scoring.portfolio.PortfolioScores;
import org.alliancekit.scoring.portfolio.RatingMatrix;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.SalesPotential;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.javamoney.moneta.Money;

/** The SQL functions that {@link SparkScoring#registerFunctions} registers. */
final class SqlFunctions {
  static final StructType SCORE =
      new StructType()
          .add("overall", DataTypes.DoubleType, false)
          .add("commercial", DataTypes.DoubleType, true)
          .add("technical", DataTypes.DoubleType, true)
          .add("strategic", DataTypes.DoubleType, true)
          .add("cultural", DataTypes.DoubleType, true)
          .add("operational", DataTypes.DoubleType, true)
          .add("coverage", DataTypes.DoubleType, false);

  private SqlFunctions() {}

  static void register(SparkSession spark, SerializableSupplier<ScoringRule> rule) {
    spark.udf().register("alliance_normalise", new Normalise(), DataTypes.DoubleType);
    spark.udf().register("alliance_score", new Score(rule), SCORE);
    spark.udf().register("alliance_attainable", new Attainable(), DataTypes.DoubleType);
    spark.udf().register("alliance_uplift", new Uplift(), PotentialRows.MONEY);
  }

  /** {@code alliance_normalise(rating, scale)}. */
  static final class Normalise implements UDF2<Object, Object, Double> {
    private static final long serialVersionUID = 1L;

    @Override
    public Double call(Object rating, Object scale) {
      if (rating == null || scale == null) {
        return null;
      }
      double value = number("rating", rating);
      RatingScale parsed = RatingScale.parse(scale.toString());
      checkArgument(parsed.contains(value), "rating %s is outside scale %s", value, parsed);
      return parsed.normalize(value);
    }
  }

  /** {@code alliance_score(catalog, normalised ratings)}. */
  static final class Score implements UDF2<Object, Object, Row> {
    private static final long serialVersionUID = 1L;
    private static final RelationshipId ROW = RelationshipId.of("row");

    private final SerializableSupplier<ScoringRule> rule;
    private transient volatile Map<String, PortfolioScorer> scorers;

    Score(SerializableSupplier<ScoringRule> rule) {
      this.rule = rule;
    }

    @Override
    public Row call(Object catalogName, Object ratings) {
      if (catalogName == null || ratings == null) {
        return null;
      }
      PortfolioScorer scorer = scorer(catalogName.toString());
      FactorCatalog catalog = scorer.catalog();
      double[] values = values(ratings);
      checkArgument(
          values.length == catalog.size(),
          "alliance_score was given %s ratings; catalog %s has %s factors",
          values.length,
          catalog.name(),
          catalog.size());
      int known = 0;
      for (double value : values) {
        if (value == value) {
          known++;
        }
      }
      PortfolioScores scores = scorer.score(RatingMatrix.of(catalog, List.of(ROW), values));
      if (!scores.isValid(0)) {
        String message = scores.problems().get(0).message();
        checkArgument(
            scores.problems().get(0).kind() != org.alliancekit.model.batch.ProblemKind.OUT_OF_RANGE,
            "alliance_score: %s",
            message);
        return null;
      }
      Object[] row = new Object[SCORE.size()];
      row[0] = scores.overall(0);
      for (FactorCategory area : FactorCategory.values()) {
        row[1 + area.ordinal()] = scores.isScored(0, area) ? scores.area(0, area) : null;
      }
      row[6] = (double) known / catalog.size();
      return RowFactory.create(row);
    }

    private PortfolioScorer scorer(String name) {
      Map<String, PortfolioScorer> map = scorers;
      if (map == null) {
        map = new ConcurrentHashMap<>();
        scorers = map;
      }
      return map.computeIfAbsent(
          name,
          n ->
              PortfolioScorer.of(
                  rule.get(),
                  FactorCatalogs.byName(n)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "catalog '"
                                      + n
                                      + "' is not "
                                      + FactorCatalogs.BEST_PRACTICES_NAME
                                      + " or "
                                      + FactorCatalogs.SALES_SCORECARD_NAME))));
    }
  }

  /** {@code alliance_attainable(current, fraction)}: closes a fraction of the gap. */
  static final class Attainable implements UDF2<Object, Object, Double> {
    private static final long serialVersionUID = 1L;

    @Override
    public Double call(Object current, Object fraction) {
      if (current == null || fraction == null) {
        return null;
      }
      return ImprovementModel.closeGap(number("fraction", fraction))
          .attainable(number("current", current));
    }
  }

  /** {@code alliance_uplift(revenue, currency, current, attainable)}. */
  static final class Uplift implements UDF4<Object, Object, Object, Object, BigDecimal> {
    private static final long serialVersionUID = 1L;

    @Override
    public BigDecimal call(Object revenue, Object currency, Object current, Object attainable) {
      if (revenue == null || currency == null || current == null || attainable == null) {
        return null;
      }
      CurrencyUnit unit;
      try {
        unit = Monetary.getCurrency(currency.toString());
      } catch (MonetaryException e) {
        throw new IllegalArgumentException(
            "currency '" + currency + "' is not a known currency code", e);
      }
      int digits = unit.getDefaultFractionDigits();
      checkArgument(
          digits >= 0 && digits <= PotentialRows.MONEY_SCALE,
          "currency %s has %s minor digits; alliance_uplift keeps at most %s",
          unit,
          digits,
          PotentialRows.MONEY_SCALE);
      BigDecimal amount = decimal(revenue);
      checkArgument(
          PotentialRows.fits(amount),
          "revenue %s has more than %s decimal places or 34 integer digits",
          amount,
          PotentialRows.MONEY_SCALE);
      return SalesPotential.of(
              Money.of(amount, unit), number("current", current), number("attainable", attainable))
          .uplift()
          .map(PotentialRows::decimal)
          .orElse(null);
    }
  }

  private static double number(String what, Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    try {
      return Double.parseDouble(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " '" + value + "' is not a number", e);
    }
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("revenue '" + value + "' is not a decimal", e);
    }
  }

  private static double[] values(Object ratings) {
    if (ratings instanceof scala.collection.Seq<?> seq) {
      double[] values = new double[seq.length()];
      for (int i = 0; i < values.length; i++) {
        Object value = seq.apply(i);
        values[i] = value == null ? Double.NaN : number("rating", value);
      }
      return values;
    }
    if (ratings instanceof List<?> list) {
      double[] values = new double[list.size()];
      for (int i = 0; i < values.length; i++) {
        Object value = list.get(i);
        values[i] = value == null ? Double.NaN : number("rating", value);
      }
      return values;
    }
    throw new IllegalArgumentException(
        "ratings must be an array of numbers, not " + ratings.getClass().getSimpleName());
  }
}
