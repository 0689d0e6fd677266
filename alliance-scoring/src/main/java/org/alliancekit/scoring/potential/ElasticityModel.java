package org.alliancekit.scoring.potential;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.MinorUnits;
import org.javamoney.moneta.Money;

/** {@link PotentialModel#elasticity(double)}. */
record ElasticityModel(double slopePerPoint) implements PotentialModel {
  ElasticityModel {
    checkArgument(
        Double.isFinite(slopePerPoint),
        "slope per point %s must be a finite number",
        slopePerPoint);
  }

  @Override
  public Optional<MonetaryAmount> uplift(
      MonetaryAmount revenue, double current, double attainable) {
    double gain = (attainable - current) * 100;
    BigDecimal factor = new BigDecimal(Math.expm1(slopePerPoint * gain));
    BigDecimal exact = SalesPotential.decimal(revenue).multiply(factor);
    return Optional.of(
        Money.of(MinorUnits.round(exact, revenue.getCurrency()), revenue.getCurrency()));
  }

  @Override
  public String describe() {
    return String.format(
        Locale.ROOT, "calibrated: %.2f%% more revenue per point", Math.expm1(slopePerPoint) * 100);
  }
}
