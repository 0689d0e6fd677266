package org.alliancekit.pipeline.forecast;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
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
  static final LocalDate EPOCH = LocalDate.of(2023, 1, 1);

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

  static Arbitrary<Stage> stages() {
    List<Stage> stages = new ArrayList<>(StageModels.coSell().stages());
    stages.addAll(StageModels.generic().stages());
    stages.add(Stage.open("Odd", 0.123456789));
    return Arbitraries.of(stages);
  }

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

  static Arbitrary<List<Involvement>> involvements() {
    return Combinators.combine(
            Arbitraries.of("host", "acme", "isv", "platform").map(PartnerId::of),
            Arbitraries.of(InvolvementRole.class))
        .as(Involvement::of)
        .list()
        .ofMaxSize(3)
        .uniqueElements(involvement -> List.of(involvement.party(), involvement.role()));
  }

  static Arbitrary<Opportunity> opportunities() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9999),
            amounts(100_000_000_000L),
            stages(),
            Arbitraries.integers().between(0, 700),
            Arbitraries.integers().between(0, 500),
            involvements(),
            Arbitraries.of(Origin.class))
        .as(
            (id, amount, stage, createdAfter, closeAfter, involved, origin) -> {
              LocalDate created = EPOCH.plusDays(createdAfter);
              boolean partnered = involved.stream().anyMatch(i -> !i.party().equals(HOST));
              return Opportunity.builder()
                  .id(OpportunityId.of("o-" + id))
                  .account(NORTHWIND)
                  .name("Deal " + id)
                  .amount(amount)
                  .stage(stage)
                  .created(created)
                  .expectedClose(created.plusDays(closeAfter))
                  .owner(HOST)
                  .involvements(involved)
                  .origin(partnered ? origin : Origin.DIRECT)
                  .build();
            });
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
