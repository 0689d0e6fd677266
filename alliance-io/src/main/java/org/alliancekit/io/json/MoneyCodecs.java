package org.alliancekit.io.json;

import javax.money.CurrencyUnit;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;

/** The JSON codecs of {@code org.alliancekit.model.money}: exchange rates. */
final class MoneyCodecs {
  private MoneyCodecs() {}

  static void register(ModelModule module) {
    exchangeRate(module);
    exchangeRates(module);
  }

  private static void exchangeRate(ModelModule module) {
    PropertyTable<ExchangeRate> table = new PropertyTable<>();
    var from = table.value("from", CurrencyUnit.class, ExchangeRate::from);
    var to = table.value("to", CurrencyUnit.class, ExchangeRate::to);
    var rate = table.decimal("rate", ExchangeRate::rate);
    module.object(
        ExchangeRate.class,
        table,
        in -> ExchangeRate.of(from.read(in), to.read(in), rate.read(in)));
  }

  private static void exchangeRates(ModelModule module) {
    PropertyTable<ExchangeRates> table = new PropertyTable<>();
    var rates = table.list("rates", ExchangeRate.class, ExchangeRates::rates);
    module.object(ExchangeRates.class, table, in -> ExchangeRates.of(rates.read(in)));
  }
}
