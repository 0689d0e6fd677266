package org.alliancekit.pipeline.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.NumberValue;
import javax.money.convert.ConversionContext;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.CurrencyConversionException;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import org.javamoney.moneta.Money;

/** A fixed-rate {@link CurrencyConversion} for tests; throws for a currency it has no rate for. */
final class TestConversion implements CurrencyConversion {
  private final CurrencyUnit target;
  private final Map<CurrencyUnit, BigDecimal> factors;

  TestConversion(CurrencyUnit target, Map<CurrencyUnit, BigDecimal> factors) {
    this.target = target;
    this.factors = factors;
  }

  @Override
  public ExchangeRate getExchangeRate(MonetaryAmount amount) {
    BigDecimal factor = factors.get(amount.getCurrency());
    if (factor == null) {
      throw new CurrencyConversionException(amount.getCurrency(), target, null, "no rate");
    }
    CurrencyUnit base = amount.getCurrency();
    NumberValue number = Money.of(factor, base).getNumber();
    return new ExchangeRate() {
      @Override
      public ConversionContext getContext() {
        return ConversionContext.OTHER_CONVERSION;
      }

      @Override
      public CurrencyUnit getBaseCurrency() {
        return base;
      }

      @Override
      public CurrencyUnit getCurrency() {
        return target;
      }

      @Override
      public NumberValue getFactor() {
        return number;
      }

      @Override
      public List<ExchangeRate> getExchangeRateChain() {
        return List.of(this);
      }
    };
  }

  @Override
  public ExchangeRateProvider getExchangeRateProvider() {
    throw new UnsupportedOperationException();
  }

  @Override
  public ConversionContext getContext() {
    return ConversionContext.OTHER_CONVERSION;
  }

  @Override
  public CurrencyUnit getCurrency() {
    return target;
  }

  @Override
  public MonetaryAmount apply(MonetaryAmount amount) {
    return amount
        .multiply(getExchangeRate(amount).getFactor())
        .getFactory()
        .setCurrency(target)
        .create();
  }
}
