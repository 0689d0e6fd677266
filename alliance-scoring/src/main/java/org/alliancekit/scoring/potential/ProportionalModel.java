package org.alliancekit.scoring.potential;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.MinorUnits;
import org.javamoney.moneta.Money;

/** {@link PotentialModel#proportional()}. */
enum ProportionalModel implements PotentialModel {
  INSTANCE;

  @Override
  public Optional<MonetaryAmount> uplift(
      MonetaryAmount revenue, double current, double attainable) {
    BigDecimal amount = SalesPotential.decimal(revenue);
    CurrencyUnit currency = revenue.getCurrency();
    if (current == 0.0 && amount.signum() == 0) {
      return Optional.of(Money.of(MinorUnits.round(BigDecimal.ZERO, currency), currency));
    }
    if (current == 0.0) {
      return Optional.empty();
    }
    BigDecimal from = BigDecimal.valueOf(current);
    BigDecimal numerator = amount.multiply(BigDecimal.valueOf(attainable).subtract(from));
    return Optional.of(Money.of(MinorUnits.divide(numerator, from, currency), currency));
  }

  @Override
  public String describe() {
    return "proportional";
  }

  @Override
  public String toString() {
    return "PotentialModel.proportional()";
  }
}
