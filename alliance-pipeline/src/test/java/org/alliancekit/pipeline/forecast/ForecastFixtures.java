package org.alliancekit.pipeline.forecast;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;

/** Sample values and generators for the forecast tests. */
final class ForecastFixtures {
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
  static final PartnerId HOST = PartnerId.of("host");
  static final PartnerId ACME = PartnerId.of("acme");
  static final PartnerId ISV = PartnerId.of("isv");
  static final Account NORTHWIND = Account.of(AccountId.of("a-1"), "Northwind");

  private ForecastFixtures() {}

  static Stage coSell(String name) {
    return StageModels.coSell().get(name);
  }

  /** A direct opportunity owned by the host, created on 1 January 2024. */
  static Opportunity.Builder opportunity(
      String id, MonetaryAmount amount, Stage stage, LocalDate close) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(NORTHWIND)
        .name("Deal " + id)
        .amount(amount)
        .stage(stage)
        .created(LocalDate.of(2024, 1, 1))
        .expectedClose(close)
        .owner(HOST);
  }

  static NullPointerTester nullPointerTester() {
    Opportunity sample =
        opportunity("o-1", Money.of(100, "EUR"), coSell("Qualified"), LocalDate.of(2024, 3, 1))
            .build();
    return new NullPointerTester()
        .setDefault(CurrencyUnit.class, EUR)
        .setDefault(MonetaryAmount.class, Money.of(1, "EUR"))
        .setDefault(LocalDate.class, LocalDate.of(2024, 1, 1))
        .setDefault(Month.class, Month.APRIL)
        .setDefault(PartnerId.class, ACME)
        .setDefault(Stage.class, coSell("Qualified"))
        .setDefault(StageModel.class, StageModels.coSell())
        .setDefault(Opportunity.class, sample)
        .setDefault(Iterable.class, List.of(sample))
        .setDefault(List.class, List.of(sample))
        .setDefault(FiscalCalendar.class, FiscalCalendar.startingIn(Month.APRIL))
        .setDefault(PeriodScheme.class, PeriodScheme.calendarQuarters())
        .setDefault(
            ForecastPeriod.class,
            ForecastPeriod.of("2024 Q1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)))
        .setDefault(ForecastFigures.class, ForecastFigures.zero(EUR))
        .setDefault(Forecast.class, Forecast.empty())
        .setDefault(ConversionRates.class, ConversionRates.to(EUR, Map.of()))
        .setDefault(
            ForecastColumns.class,
            ForecastColumns.from(List.of(sample), PeriodScheme.calendarQuarters()));
  }

  // ---- generators ----

  private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "GBP", "BHD");

  /** A stage model whose one open stage has a probability with many decimals. */
  private static final StageModel ODD =
      StageModel.of("Odd", Stage.open("Odd", 0.123456789), Stage.won("Won"), Stage.lost("Lost"));

  /** Amounts in whole minor units of five currencies (BHD has three decimals, JPY none). */
  static Arbitrary<MonetaryAmount> amounts(long maxMinorUnits) {
    return Combinators.combine(
            Arbitraries.longs().between(0, maxMinorUnits), Arbitraries.of(CURRENCIES))
        .as(
            (minor, code) -> {
              CurrencyUnit currency = Monetary.getCurrency(code);
              return Money.of(
                  BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
            });
  }

  /**
   * Opportunities of the shared arbitrary on the co-sell or the generic stage model or on one with
   * an odd probability, with amounts of up to 10^11 minor units in five currencies.
   */
  static Arbitrary<Opportunity> opportunities() {
    return Combinators.combine(
            Arbitraries.oneOf(
                ModelArbitraries.opportunities().stageModel(StageModels.coSell()),
                ModelArbitraries.opportunities().stageModel(StageModels.generic()),
                ModelArbitraries.opportunities().stageModel(ODD)),
            amounts(100_000_000_000L),
            ModelArbitraries.opportunityIds())
        .as((opportunity, amount, id) -> opportunity.withAmount(amount).withId(id));
  }

  static Arbitrary<FiscalCalendar> calendars() {
    return Combinators.combine(Arbitraries.of(Month.class), Arbitraries.of(FiscalYearNaming.class))
        .as(FiscalCalendar::of);
  }

  static Arbitrary<PeriodScheme> schemes() {
    return Combinators.combine(
            calendars(), Arbitraries.of(PeriodLength.class), Arbitraries.of("", "FY", "Acme FY"))
        .as(PeriodScheme::of);
  }

  static Arbitrary<ForecastFigures> figures() {
    return Combinators.combine(
            Arbitraries.of(CURRENCIES).map(Monetary::getCurrency),
            Arbitraries.longs().between(0, 50).list().ofSize(3),
            Arbitraries.longs().between(0, 1_000_000_000L).list().ofSize(4))
        .as(
            (currency, counts, amounts) ->
                ForecastFigures.builder()
                    .currency(currency)
                    .openCount(counts.get(0))
                    .wonCount(counts.get(1))
                    .lostCount(counts.get(2))
                    .open(
                        Money.of(BigDecimal.valueOf(amounts.get(0) + amounts.get(1), 2), currency))
                    .committed(Money.of(BigDecimal.valueOf(amounts.get(1), 2), currency))
                    .won(Money.of(BigDecimal.valueOf(amounts.get(2), 2), currency))
                    .weighted(Money.of(BigDecimal.valueOf(amounts.get(3), 3), currency))
                    .build());
  }
}
