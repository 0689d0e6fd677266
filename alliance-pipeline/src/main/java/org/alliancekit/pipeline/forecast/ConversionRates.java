package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryException;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.ExchangeRate;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.ExchangeRates;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * The caller's exchange rates: the factor that turns one unit of a currency into another. A
 * forecast asks for each currency it holds once, never per opportunity, and there is no hidden rate
 * source: the rates are whatever the caller passes.
 *
 * <pre>{@code
 * ConversionRates rates = ConversionRates.to(EUR, Map.of(USD, new BigDecimal("0.92")));
 * ConversionRates fromMoneta = ConversionRates.of(conversion); // javax.money CurrencyConversion
 * ConversionRates fixed = ConversionRates.of(exchangeRates); // the model's ExchangeRates
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
@FunctionalInterface
public interface ConversionRates {

  /**
   * The factor by which an amount in {@code from} is multiplied to give the amount in {@code to},
   * or empty if these rates do not convert {@code from} to {@code to}. Forecasts never ask for a
   * currency's factor to itself, which is 1.
   */
  Optional<BigDecimal> factor(CurrencyUnit from, CurrencyUnit to);

  /**
   * The library's fixed rates ({@link ExchangeRates}, the model's one exchange-rate type): a direct
   * rate, else the inverse of the opposite one, never through a third currency.
   */
  static ConversionRates of(ExchangeRates rates) {
    checkNotNull(rates, "rates");
    return rates::rate;
  }

  /**
   * Fixed rates into {@code target}: {@code factors} maps each source currency to the factor that
   * converts one unit of it into {@code target}. Conversions to any other currency are empty.
   *
   * @throws IllegalArgumentException if a factor is not positive
   */
  static ConversionRates to(CurrencyUnit target, Map<CurrencyUnit, BigDecimal> factors) {
    checkNotNull(target, "target");
    ImmutableMap<CurrencyUnit, BigDecimal> copy = ImmutableMap.copyOf(factors);
    copy.forEach(
        (currency, factor) ->
            checkArgument(
                DecimalLimit.check("conversion factor from " + currency, factor).signum() > 0,
                "conversion factor %s from %s to %s must be positive",
                factor.toPlainString(),
                currency,
                target));
    return (from, to) -> {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      return to.equals(target) ? Optional.ofNullable(copy.get(from)) : Optional.empty();
    };
  }

  /**
   * The rates of a {@code javax.money} {@link CurrencyConversion}: it converts into its own
   * currency ({@link CurrencyConversion#getCurrency()}) at the factor of the {@link ExchangeRate}
   * it gives for an amount of the source currency. A conversion that has no rate for a currency (it
   * throws a {@link MonetaryException}) gives an empty factor.
   */
  static ConversionRates of(CurrencyConversion conversion) {
    checkNotNull(conversion, "conversion");
    return (from, to) -> {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      if (!to.equals(conversion.getCurrency())) {
        return Optional.empty();
      }
      ExchangeRate rate;
      try {
        rate = conversion.getExchangeRate(Money.of(BigDecimal.ONE, from));
      } catch (MonetaryException e) {
        return Optional.empty();
      }
      return Optional.ofNullable(rate)
          .map(found -> found.getFactor().numberValue(BigDecimal.class));
    };
  }
}
