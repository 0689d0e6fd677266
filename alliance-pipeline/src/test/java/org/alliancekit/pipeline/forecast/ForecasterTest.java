package org.alliancekit.pipeline.forecast;

import static org.alliancekit.pipeline.forecast.ForecastFixtures.ACME;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.EUR;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.ISV;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.JPY;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.USD;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.coSell;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Known answers on a small pipeline of six co-sell opportunities (amounts x probability worked by
 * hand in the comments):
 *
 * <pre>
 * id  amount          stage (p)                  closes      partners                 origin
 * o1  EUR 100,000.00  Qualified (0.2)            2024-02-15  acme co-seller           influenced
 * o2  EUR  50,000.00  Committed (0.9)            2024-05-10  acme originator, isv res. sourced
 * o3  USD  80,000.00  Launched (won)             2024-03-31  -                        direct
 * o4  EUR  30,000.00  Closed Lost                2024-04-02  isv reseller             influenced
 * o5  EUR  10,000.05  Technical Validation (0.4) 2024-07-01  -                        direct
 * o6  EUR      10.25  Prospect (0.1)             2024-08-20  -                        direct
 * </pre>
 */
class ForecasterTest {
  private static final Forecaster FORECASTER = Forecaster.standard();

  static final Opportunity O1 =
      opportunity("o1", Money.of(100_000, "EUR"), coSell("Qualified"), LocalDate.of(2024, 2, 15))
          .addInvolvements(Involvement.of(ACME, InvolvementRole.CO_SELLER))
          .origin(Origin.PARTNER_INFLUENCED)
          .build();
  static final Opportunity O2 =
      opportunity("o2", Money.of(50_000, "EUR"), coSell("Committed"), LocalDate.of(2024, 5, 10))
          .addInvolvements(
              Involvement.of(ACME, InvolvementRole.ORIGINATOR),
              Involvement.of(ISV, InvolvementRole.RESELLER))
          .origin(Origin.PARTNER_SOURCED)
          .build();
  static final Opportunity O3 =
      opportunity("o3", Money.of(80_000, "USD"), coSell("Launched"), LocalDate.of(2024, 3, 31))
          .build();
  static final Opportunity O4 =
      opportunity("o4", Money.of(30_000, "EUR"), coSell("Closed Lost"), LocalDate.of(2024, 4, 2))
          .addInvolvements(Involvement.of(ISV, InvolvementRole.RESELLER))
          .origin(Origin.PARTNER_INFLUENCED)
          .build();
  static final Opportunity O5 =
      opportunity(
              "o5",
              Money.of(new BigDecimal("10000.05"), "EUR"),
              coSell("Technical Validation"),
              LocalDate.of(2024, 7, 1))
          .build();
  static final Opportunity O6 =
      opportunity(
              "o6",
              Money.of(new BigDecimal("10.25"), "EUR"),
              coSell("Prospect"),
              LocalDate.of(2024, 8, 20))
          .build();
  static final List<Opportunity> PIPELINE = List.of(O1, O2, O3, O4, O5, O6);

  private static ForecastFigures figures(
      String currency,
      long open,
      long won,
      long lost,
      String openAmount,
      String committed,
      String wonAmount,
      String weighted) {
    return ForecastFigures.builder()
        .currency(javax.money.Monetary.getCurrency(currency))
        .openCount(open)
        .wonCount(won)
        .lostCount(lost)
        .open(Money.of(new BigDecimal(openAmount), currency))
        .committed(Money.of(new BigDecimal(committed), currency))
        .won(Money.of(new BigDecimal(wonAmount), currency))
        .weighted(Money.of(new BigDecimal(weighted), currency))
        .build();
  }

  @Test
  void totalKeepsEachCurrencyApartAndExact() {
    Forecast total = FORECASTER.total(PIPELINE);
    // EUR open: 100000 + 50000 + 10000.05 + 10.25 = 160010.30; committed: o2 only (0.9 >= 0.9).
    // EUR weighted: 100000*0.2 + 50000*0.9 + 10000.05*0.4 + 10.25*0.1
    //             = 20000 + 45000 + 4000.020 + 1.025 = 69001.045 (exact, not yet rounded).
    // USD: o3 won, weighted 80000 * 1.
    assertEquals(
        Forecast.of(
            List.of(
                figures("EUR", 4, 0, 1, "160010.30", "50000", "0", "69001.045"),
                figures("USD", 0, 1, 0, "0", "0", "80000", "80000"))),
        total);
    assertEquals(ImmutableList.of(EUR, USD), total.currencies().asList());
    ForecastFigures eur = total.figures(EUR).orElseThrow();
    assertEquals(Money.of(new BigDecimal("160010.30"), "EUR"), eur.bestCase());
    assertEquals(Money.of(50_000, "EUR"), eur.commit());
    assertEquals(Money.of(0, "EUR"), eur.closed());
    assertEquals(6, total.count());
  }

  @Test
  void roundingIsHalfEvenOnceAtTheEnd() {
    // 69001.045 lies halfway between 69001.04 and 69001.05: half-even keeps the even 4.
    ForecastFigures eur = FORECASTER.total(PIPELINE).figures(EUR).orElseThrow().rounded();
    assertEquals(Money.of(new BigDecimal("69001.04"), "EUR"), eur.weighted());
    // Rounding each row first would give 20000 + 45000 + 4000.02 + 1.02 = 69001.04 too here, but
    // o6 alone shows the rule: 10.25 * 0.1 = 1.025 -> 1.02.
    assertEquals(
        Money.of(new BigDecimal("1.02"), "EUR"),
        FORECASTER.total(List.of(O6)).figures(EUR).orElseThrow().rounded().weighted());
  }

  @Test
  void convertsOncePerCurrencyAndRoundsOnce() {
    List<javax.money.CurrencyUnit> asked = new ArrayList<>();
    ConversionRates rates =
        (from, to) -> {
          asked.add(from);
          return ConversionRates.to(EUR, Map.of(USD, new BigDecimal("0.9"))).factor(from, to);
        };
    ForecastFigures inEuro = FORECASTER.total(PIPELINE).convertedTo(EUR, rates);
    // USD 80000 * 0.9 = EUR 72000 won; weighted 69001.045 + 72000 = 141001.045 -> 141001.04.
    assertEquals(figures("EUR", 4, 1, 1, "160010.30", "50000", "72000", "141001.04"), inEuro);
    assertEquals(Money.of(new BigDecimal("232010.30"), "EUR"), inEuro.bestCase());
    assertEquals(Money.of(122_000, "EUR"), inEuro.commit());
    assertEquals(List.of(USD), asked);
  }

  @Test
  void rejectsCurrencyWithoutConversion() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FORECASTER.total(PIPELINE).convertedTo(EUR, ConversionRates.to(EUR, Map.of())));
    assertEquals(
        "no conversion from USD to EUR: the conversion rates have no factor for USD",
        e.getMessage());
  }

  @Test
  void rejectsNonPositiveFactorFromCaller() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                FORECASTER
                    .total(PIPELINE)
                    .convertedTo(EUR, (from, to) -> java.util.Optional.of(BigDecimal.ZERO)));
    assertEquals("conversion factor 0 from USD to EUR must be positive", e.getMessage());
  }

  @Test
  void groupsByCalendarQuarter() {
    ImmutableSortedMap<ForecastPeriod, Forecast> quarters =
        FORECASTER.byPeriod(PIPELINE, PeriodScheme.calendarQuarters());
    // Q1: o1 (Feb 15) and o3 (Mar 31); Q2: o2 (May 10) and o4 (Apr 2); Q3: o5 (Jul 1), o6 (Aug 20).
    assertEquals(List.of("2024 Q1", "2024 Q2", "2024 Q3"), labels(quarters));
    assertEquals(FORECASTER.total(List.of(O1, O3)), quarters.values().asList().get(0));
    assertEquals(FORECASTER.total(List.of(O2, O4)), quarters.values().asList().get(1));
    assertEquals(FORECASTER.total(List.of(O5, O6)), quarters.values().asList().get(2));
    assertEquals(LocalDate.of(2024, 4, 1), quarters.keySet().asList().get(1).start());
    assertEquals(LocalDate.of(2024, 6, 30), quarters.keySet().asList().get(1).end());
  }

  @Test
  void groupsByEachPartysFiscalQuarters() {
    // The host's year starts in April, the partner's in July (both named after the year they end
    // in): the same six deals fall into differently named and differently cut quarters.
    ImmutableSortedMap<ForecastPeriod, Forecast> host =
        FORECASTER.byPeriod(
            PIPELINE, PeriodScheme.fiscalQuarters(FiscalCalendar.startingIn(Month.APRIL)));
    ImmutableSortedMap<ForecastPeriod, Forecast> partner =
        FORECASTER.byPeriod(
            PIPELINE, PeriodScheme.fiscalQuarters(FiscalCalendar.startingIn(Month.JULY)));
    // Host: Jan-Mar 2024 is FY2024 Q4; Apr-Jun FY2025 Q1; Jul-Sep FY2025 Q2.
    assertEquals(List.of("FY2024 Q4", "FY2025 Q1", "FY2025 Q2"), labels(host));
    // Partner: Jan-Mar 2024 is FY2024 Q3; Apr-Jun FY2024 Q4; Jul-Sep FY2025 Q1.
    assertEquals(List.of("FY2024 Q3", "FY2024 Q4", "FY2025 Q1"), labels(partner));
    assertEquals(ImmutableList.copyOf(host.values()), ImmutableList.copyOf(partner.values()));
  }

  @Test
  void groupsByFiscalYear() {
    ImmutableSortedMap<ForecastPeriod, Forecast> years =
        FORECASTER.byPeriod(
            PIPELINE, PeriodScheme.fiscalYears(FiscalCalendar.startingIn(Month.APRIL)));
    // FY2024 = Apr 2023 .. Mar 2024: o1, o3; FY2025 = Apr 2024 .. Mar 2025: the other four.
    assertEquals(List.of("FY2024", "FY2025"), labels(years));
    assertEquals(FORECASTER.total(List.of(O2, O4, O5, O6)), years.values().asList().get(1));
  }

  @Test
  void groupsByPartnerNonExclusively() {
    PartnerForecast byPartner = FORECASTER.byPartner(PIPELINE);
    // acme: o1 and o2; isv: o2 and o4; o2 counts for both. No partner: o3, o5, o6.
    assertEquals(ImmutableList.of(ACME, ISV), byPartner.partners().keySet().asList());
    assertEquals(FORECASTER.total(List.of(O1, O2)), byPartner.partner(ACME).orElseThrow());
    assertEquals(FORECASTER.total(List.of(O2, O4)), byPartner.partner(ISV).orElseThrow());
    assertEquals(FORECASTER.total(List.of(O3, O5, O6)), byPartner.unpartnered());
    assertEquals(FORECASTER.total(PIPELINE), byPartner.total());
    // 2 + 2 + 3 = 7 partner-or-unpartnered counts for 6 opportunities: groups overlap.
    long counted =
        byPartner.partners().values().stream().mapToLong(Forecast::count).sum()
            + byPartner.unpartnered().count();
    assertEquals(7, counted);
    assertEquals(6, byPartner.total().count());
  }

  @Test
  void groupsByMotionListingEveryOrigin() {
    ImmutableMap<Origin, Forecast> byMotion = FORECASTER.byMotion(PIPELINE);
    assertEquals(ImmutableList.copyOf(Origin.values()), byMotion.keySet().asList());
    assertEquals(FORECASTER.total(List.of(O3, O5, O6)), byMotion.get(Origin.DIRECT));
    assertEquals(FORECASTER.total(List.of(O2)), byMotion.get(Origin.PARTNER_SOURCED));
    assertEquals(FORECASTER.total(List.of(O1, O4)), byMotion.get(Origin.PARTNER_INFLUENCED));
    assertEquals(Forecast.empty(), byMotion.get(Origin.REFERRED_TO_PARTNER));
  }

  @Test
  void groupsByStageInModelOrder() {
    ImmutableMap<Stage, Forecast> byStage = FORECASTER.byStage(PIPELINE, StageModels.coSell());
    assertEquals(StageModels.coSell().stages(), byStage.keySet().asList());
    assertEquals(FORECASTER.total(List.of(O6)), byStage.get(coSell("Prospect")));
    assertEquals(Forecast.empty(), byStage.get(coSell("Business Validation")));
    assertEquals(FORECASTER.total(List.of(O4)), byStage.get(coSell("Closed Lost")));
  }

  @Test
  void rejectsStageNotInModel() {
    Opportunity generic =
        opportunity(
                "g1",
                Money.of(1, "EUR"),
                StageModels.generic().get("Proposal"),
                LocalDate.of(2024, 2, 1))
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FORECASTER.byStage(List.of(O1, generic), StageModels.coSell()));
    assertEquals(
        "opportunity g1 is at stage Proposal (OPEN, 0.5), which is not in stage model Co-sell",
        e.getMessage());
  }

  @Test
  void commitThresholdDecidesWhatIsCommitted() {
    // At 0.35 Technical Validation (0.4) counts too: 50000 + 10000.05.
    ForecastFigures eur = Forecaster.of(0.35).total(PIPELINE).figures(EUR).orElseThrow();
    assertEquals(Money.of(new BigDecimal("60000.05"), "EUR"), eur.committed());
    assertEquals(0.35, Forecaster.of(0.35).commitThreshold());
    assertEquals(0.9, Forecaster.standard().commitThreshold());
  }

  @Test
  void rejectsCommitThresholdOutsideRange() {
    assertEquals(
        "commit threshold 0.0 must be a number above 0 and at most 1",
        assertThrows(IllegalArgumentException.class, () -> Forecaster.of(0)).getMessage());
    assertEquals(
        "commit threshold NaN must be a number above 0 and at most 1",
        assertThrows(IllegalArgumentException.class, () -> Forecaster.of(Double.NaN)).getMessage());
  }

  @Test
  void reportLeavesOutAndReportsRowsWithoutConversion() {
    Opportunity yen =
        opportunity("y1", Money.of(1_000_000, "JPY"), coSell("Qualified"), LocalDate.of(2024, 2, 1))
            .build();
    List<Opportunity> rows = new ArrayList<>(PIPELINE);
    rows.add(2, yen);
    rows.add(null);
    ForecastReport report =
        FORECASTER.report(
            rows,
            PeriodScheme.calendarQuarters(),
            EUR,
            ConversionRates.to(EUR, Map.of(USD, new BigDecimal("0.9"))));
    assertEquals(
        List.of(
            Problem.atRow(
                2,
                "y1",
                ProblemKind.CURRENCY_MISMATCH,
                "opportunity y1 is in JPY: no conversion from JPY to EUR: the conversion rates"
                    + " have no factor for JPY"),
            Problem.atRow(7, "", ProblemKind.MISSING_VALUE, "opportunity is missing")),
        report.problems());
    assertEquals(8, report.rowCount());
    assertEquals(6, report.includedCount());
    assertEquals(
        figures("EUR", 4, 1, 1, "160010.30", "50000", "72000", "141001.04"), report.total());
    // Q1: o1 weighted 20000 + o3 72000 = 92000.
    assertEquals(Money.of(92_000, "EUR"), report.byPeriod().values().asList().get(0).weighted());
    assertEquals(JPY, yen.currency());
  }

  @Test
  void forecastersCompareByThreshold() {
    new EqualsTester()
        .addEqualityGroup(Forecaster.standard(), Forecaster.of(0.9))
        .addEqualityGroup(Forecaster.of(0.5))
        .testEquals();
    assertTrue(Forecaster.standard().toString().contains("0.9"));
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = ForecastFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Forecaster.class);
    tester.testAllPublicInstanceMethods(Forecaster.standard());
  }

  private static List<String> labels(ImmutableSortedMap<ForecastPeriod, Forecast> periods) {
    return periods.keySet().stream().map(ForecastPeriod::label).toList();
  }
}
