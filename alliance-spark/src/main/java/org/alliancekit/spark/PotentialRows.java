package org.alliancekit.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.SalesPotential;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.javamoney.moneta.Money;

/**
 * Computes each relationship's alliance sales potential with the library's {@link ImprovementModel}
 * and {@link SalesPotential}, in its own currency and in the report currency.
 */
final class PotentialRows {
  /** Money columns: 38 digits, 4 of them decimal places, enough for every currency's minor unit. */
  static final DecimalType MONEY = createDecimalType(38, 4);

  static final int MONEY_SCALE = 4;

  /** The potential of each relationship. */
  static final StructType POTENTIAL =
      Outcomes.withOutcome(
          new StructType()
              .add("relationship_id", StringType, true)
              .add("revenue", MONEY, true)
              .add("currency", StringType, true)
              .add("current", DoubleType, true)
              .add("attainable", DoubleType, true)
              .add("uplift", MONEY, true)
              .add("uplift_converted", MONEY, true));

  private static final String SOURCE = "relationships";

  private static final int VALUES = POTENTIAL.size() - Outcomes.EXTRA;

  private PotentialRows() {}

  /**
   * Returns the function over rows selected as {@code relationship_id, overall, alliance_revenue
   * (string), currency}.
   */
  static MapPartitionsFunction<Row, Row> potentials(
      SerializableSupplier<ImprovementModel> model, FixedRates rates) {
    return rows -> {
      ImprovementModel improvement = model.get();
      return new MappingIterator(rows, row -> potential(row, improvement, rates));
    };
  }

  private static Row potential(Row row, ImprovementModel model, FixedRates rates) {
    String id = row.getString(0);
    if (row.isNullAt(1)) {
      return bad(id, ProblemKind.MISSING_VALUE, "relationship " + id + " has no overall score");
    }
    double current = row.getDouble(1);
    String revenueText = Ratings.trimmed(row.getString(2));
    if (revenueText == null) {
      return bad(
          id, ProblemKind.MISSING_VALUE, "alliance_revenue of relationship " + id + " is missing");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(revenueText);
    } catch (NumberFormatException e) {
      return bad(
          id,
          ProblemKind.INVALID_VALUE,
          "alliance_revenue '" + revenueText + "' of relationship " + id + " is not a decimal");
    }
    String currencyText = Ratings.trimmed(row.getString(3));
    if (currencyText == null) {
      return bad(id, ProblemKind.MISSING_VALUE, "currency of relationship " + id + " is missing");
    }
    CurrencyUnit currency;
    try {
      currency = Monetary.getCurrency(currencyText);
    } catch (MonetaryException e) {
      return bad(
          id,
          ProblemKind.INVALID_VALUE,
          "currency '" + currencyText + "' of relationship " + id + " is not a known currency");
    }
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0 || digits > MONEY_SCALE) {
      return bad(
          id,
          ProblemKind.INVALID_VALUE,
          "currency "
              + currencyText
              + " of relationship "
              + id
              + " has "
              + digits
              + " minor digits; amounts are kept to at most "
              + MONEY_SCALE);
    }
    if (!fits(number)) {
      return bad(
          id,
          ProblemKind.INVALID_VALUE,
          "alliance_revenue "
              + revenueText
              + " of relationship "
              + id
              + " has more than "
              + MONEY_SCALE
              + " decimal places or 34 integer digits");
    }
    MonetaryAmount revenue = Money.of(number, currency);
    double attainable;
    SalesPotential own;
    try {
      attainable = model.attainable(current);
      own = SalesPotential.of(revenue, current, attainable);
    } catch (IllegalArgumentException e) {
      return bad(id, ProblemKind.INVALID_VALUE, "relationship " + id + ": " + e.getMessage());
    }
    Object[] values = new Object[VALUES];
    values[0] = id;
    values[1] = number;
    values[2] = currency.getCurrencyCode();
    values[3] = current;
    values[4] = attainable;
    values[5] = own.uplift().map(PotentialRows::decimal).orElse(null);
    Optional<MonetaryAmount> converted = rates.convert(revenue);
    if (converted.isEmpty()) {
      return Outcomes.row(
          values,
          true,
          ProblemKind.CURRENCY_MISMATCH,
          "no rate from "
              + currency.getCurrencyCode()
              + " to "
              + rates.currency()
              + " for relationship "
              + id
              + "; its converted uplift is empty and it is ranked among the relationships in "
              + currency.getCurrencyCode(),
          SOURCE);
    }
    SalesPotential reported = SalesPotential.of(converted.get(), current, attainable);
    values[6] = reported.uplift().map(PotentialRows::decimal).orElse(null);
    return Outcomes.row(values, true, null, null, null);
  }

  /** Whether a decimal fits the money columns exactly. */
  static boolean fits(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() <= MONEY_SCALE && stripped.precision() - stripped.scale() <= 34;
  }

  static BigDecimal decimal(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  private static Row bad(String key, ProblemKind kind, String reason) {
    return Outcomes.bad(VALUES, key, kind, reason, SOURCE);
  }
}
