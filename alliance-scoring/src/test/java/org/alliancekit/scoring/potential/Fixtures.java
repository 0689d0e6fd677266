package org.alliancekit.scoring.potential;

import com.google.common.testing.NullPointerTester;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;

/** Shared fixtures of the potential tests. */
final class Fixtures {
  static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private Fixtures() {}

  static MonetaryAmount gbp(String amount) {
    return Money.of(new java.math.BigDecimal(amount), GBP);
  }

  static MonetaryAmount eur(String amount) {
    return Money.of(new java.math.BigDecimal(amount), EUR);
  }

  static MonetaryAmount gbpAmount(java.math.BigDecimal amount) {
    return Money.of(amount, GBP);
  }

  static RelationshipId id(String id) {
    return RelationshipId.of(id);
  }

  /** A tester that knows a sample of every type these tests pass around. */
  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(RelationshipId.class, id("r"))
        .setDefault(CurrencyUnit.class, GBP)
        .setDefault(MonetaryAmount.class, gbp("1"))
        .setDefault(ImprovementModel.class, ImprovementModel.closeGap(0.5))
        .setDefault(SalesPotential.class, SalesPotential.of(gbp("1"), 0.5, 0.6))
        .setDefault(PortfolioEntry.class, PortfolioEntry.of(id("r"), gbp("1"), 0.5));
  }
}
