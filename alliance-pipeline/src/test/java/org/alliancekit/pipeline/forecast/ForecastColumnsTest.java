package org.alliancekit.pipeline.forecast;

import static org.alliancekit.pipeline.forecast.ForecastFixtures.EUR;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.JPY;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.coSell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.Monetary;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Stage;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ForecastColumnsTest {
  private static final PeriodScheme QUARTERS = PeriodScheme.calendarQuarters();
  private static final ForecastPeriod Q1 = QUARTERS.periodOf(LocalDate.of(2024, 1, 1));
  private static final ForecastPeriod Q2 = QUARTERS.periodOf(LocalDate.of(2024, 4, 1));
  private static final List<Stage> STAGES = List.of(coSell("Qualified"), coSell("Launched"));

  @Test
  void forecastsRowsWithoutOpportunityObjects() {
    // Row 0: EUR 100.00 Qualified (0.2) in Q1 -> weighted 20.00;
    // row 1: EUR 0.05 Qualified in Q1 -> weighted 0.010; row 2: JPY 500 Launched in Q2.
    ForecastColumns columns =
        ForecastColumns.of(
            List.of(EUR, JPY),
            STAGES,
            List.of(Q1, Q2),
            new long[] {10_000, 5, 500},
            new int[] {0, 0, 1},
            new int[] {0, 0, 1},
            new int[] {0, 0, 1});
    var byPeriod = Forecaster.standard().byPeriod(columns);
    ForecastFigures q1 = byPeriod.get(Q1).figures(EUR).orElseThrow();
    assertEquals(Money.of(new BigDecimal("100.05"), "EUR"), q1.open());
    assertEquals(Money.of(new BigDecimal("20.010"), "EUR"), q1.weighted());
    assertEquals(2, q1.openCount());
    assertEquals(Money.of(500, "JPY"), byPeriod.get(Q2).figures(JPY).orElseThrow().won());
    assertEquals(3, columns.size());
    assertEquals(JPY, columns.currency(2));
    assertEquals(coSell("Launched"), columns.stage(2));
    assertEquals(Q2, columns.period(2));
    assertEquals(500, columns.minorUnits(2));
  }

  @Test
  void copiesTheArraysItIsGiven() {
    long[] amounts = {100};
    ForecastColumns columns =
        ForecastColumns.of(
            List.of(EUR),
            STAGES,
            List.of(Q1),
            amounts,
            new int[] {0},
            new int[] {0},
            new int[] {0});
    amounts[0] = 7;
    assertEquals(100, columns.minorUnits(0));
  }

  @Test
  void reportsIndexOutsideItsTableWithItsRowAndKeepsTheGoodRows() {
    ForecastColumns columns =
        ForecastColumns.of(
            List.of(EUR),
            STAGES,
            List.of(Q1),
            new long[] {1, 2, 3},
            new int[] {0, 0, 0},
            new int[] {0, 2, 1},
            new int[] {0, 0, 0});
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "",
                ProblemKind.OUT_OF_RANGE,
                "row 1: stage index 2 is outside the stage table, whose indexes run from 0 to 1")),
        columns.problems());
    assertEquals(3, columns.size());
    assertTrue(columns.isValid(0));
    assertFalse(columns.isValid(1));
    assertTrue(columns.isValid(2));
    assertFalse(columns.isClean());
    assertEquals(0, columns.minorUnits(1));
    assertThrows(IllegalArgumentException.class, () -> columns.stage(1));
    ForecastColumns good =
        ForecastColumns.of(
            List.of(EUR),
            STAGES,
            List.of(Q1),
            new long[] {1, 3},
            new int[] {0, 0},
            new int[] {0, 1},
            new int[] {0, 0});
    assertTrue(good.isClean());
    Forecaster forecaster = Forecaster.standard();
    assertEquals(forecaster.byPeriod(good), forecaster.byPeriod(columns));
  }

  @Test
  void reportsNegativeAmountsAndRejectsRaggedColumns() {
    ForecastColumns negative =
        ForecastColumns.of(
            List.of(EUR),
            STAGES,
            List.of(Q1),
            new long[] {-1, 5},
            new int[] {0, 0},
            new int[] {0, 0},
            new int[] {0, 0});
    assertEquals(
        List.of(
            Problem.atRow(
                0,
                "",
                ProblemKind.INVALID_VALUE,
                "row 0: amount of -1 minor units must not be negative")),
        negative.problems());
    assertTrue(negative.isValid(1));
    assertEquals(5, negative.minorUnits(1));
    assertEquals(
        "forecast columns must have the same length, not 1 amounts, 0 currency indexes,"
            + " 1 stage indexes and 1 period indexes",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ForecastColumns.of(
                        List.of(EUR),
                        STAGES,
                        List.of(Q1),
                        new long[] {1},
                        new int[] {},
                        new int[] {0},
                        new int[] {0}))
            .getMessage());
    assertEquals(
        "forecast columns list a currency twice in [EUR, EUR]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ForecastColumns.of(
                        List.of(EUR, EUR),
                        STAGES,
                        List.of(Q1),
                        new long[] {},
                        new int[] {},
                        new int[] {},
                        new int[] {}))
            .getMessage());
    assertEquals(
        "forecast columns need minor units, but currency XAU has no default fraction digits",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ForecastColumns.of(
                        List.of(Monetary.getCurrency("XAU")),
                        STAGES,
                        List.of(Q1),
                        new long[] {},
                        new int[] {},
                        new int[] {},
                        new int[] {}))
            .getMessage());
  }

  @Test
  void reportsAMissingOpportunityWithItsRowAndForecastsTheOthers() {
    // An amount finer than the minor unit never gets here: the opportunity refuses it.
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ForecastFixtures.opportunity(
                    "f1",
                    Money.of(new BigDecimal("1.005"), "EUR"),
                    coSell("Qualified"),
                    LocalDate.of(2024, 2, 1))
                .build());
    Opportunity good =
        ForecastFixtures.opportunity(
                "g1",
                Money.of(new BigDecimal("2.50"), "EUR"),
                coSell("Qualified"),
                LocalDate.of(2024, 2, 1))
            .build();
    ForecastColumns columns = ForecastColumns.from(Arrays.asList(good, null), QUARTERS);
    assertEquals(
        List.of(Problem.atRow(1, "", ProblemKind.MISSING_VALUE, "opportunity is missing")),
        columns.problems());
    assertEquals(List.of(EUR), columns.currencies());
    assertFalse(columns.isValid(1));
    assertTrue(columns.isValid(0));
    Forecaster forecaster = Forecaster.standard();
    assertEquals(
        forecaster.byPeriod(ForecastColumns.from(List.of(good), QUARTERS)),
        forecaster.byPeriod(columns));
  }

  @Test
  void equalityIsByValue() {
    Opportunity one =
        ForecastFixtures.opportunity(
                "o1", Money.of(1, "EUR"), coSell("Qualified"), LocalDate.of(2024, 2, 1))
            .build();
    Opportunity two = one.withAmount(Money.of(2, "EUR"));
    new EqualsTester()
        .addEqualityGroup(
            ForecastColumns.from(List.of(one), QUARTERS),
            ForecastColumns.from(List.of(one), QUARTERS))
        .addEqualityGroup(ForecastColumns.from(List.of(two), QUARTERS))
        .addEqualityGroup(ForecastColumns.from(List.of(one, two), QUARTERS))
        .testEquals();
  }

  @Test
  void columnsThatDifferInOneColumnOrTableAreNotEqual() {
    List<Stage> reversed = List.of(STAGES.get(1), STAGES.get(0));
    long[] amounts = {100, 200};
    int[] index = {0, 1};
    int[] zeros = {0, 0};
    ForecastColumns base =
        ForecastColumns.of(
            List.of(EUR, JPY), STAGES, List.of(Q1, Q2), amounts, index, index, index);
    PartnerId acme = PartnerId.of("acme");
    PartnerId zenith = PartnerId.of("zenith");
    new EqualsTester()
        .addEqualityGroup(
            base,
            ForecastColumns.of(
                List.of(EUR, JPY), STAGES, List.of(Q1, Q2), amounts, index, index, index))
        .addEqualityGroup(
            ForecastColumns.of(
                List.of(JPY, EUR), STAGES, List.of(Q1, Q2), amounts, index, index, index))
        .addEqualityGroup(
            ForecastColumns.of(
                List.of(EUR, JPY), reversed, List.of(Q1, Q2), amounts, index, index, index))
        .addEqualityGroup(
            ForecastColumns.of(
                List.of(EUR, JPY), STAGES, List.of(Q2, Q1), amounts, index, index, index))
        .addEqualityGroup(
            ForecastColumns.of(
                List.of(EUR, JPY),
                STAGES,
                List.of(Q1, Q2),
                new long[] {100, 201},
                index,
                index,
                index))
        .addEqualityGroup(
            ForecastColumns.of(
                List.of(EUR, JPY), STAGES, List.of(Q1, Q2), amounts, zeros, index, index))
        .addEqualityGroup(
            ForecastColumns.of(
                List.of(EUR, JPY), STAGES, List.of(Q1, Q2), amounts, index, zeros, index))
        .addEqualityGroup(
            ForecastColumns.of(
                List.of(EUR, JPY), STAGES, List.of(Q1, Q2), amounts, index, index, zeros))
        .addEqualityGroup(base.withPartners(List.of(acme), new int[] {-1, -1}))
        .addEqualityGroup(base.withPartners(List.of(zenith), new int[] {-1, -1}))
        .addEqualityGroup(base.withPartners(List.of(acme), new int[] {0, -1}))
        .testEquals();
  }

  @Test
  void groupsByPeriodAndPartnerWithTheRowsWithoutPartnerApart() {
    // Two EUR rows of 10.00 and 20.00 for acme at Committed (0.9), one of 5.00 without partner
    // won: acme's open is 30.00, weighted 27.00; unpartnered won 5.00; the total has both.
    Stage committed = coSell("Committed");
    Stage launched = coSell("Launched");
    ForecastColumns columns =
        ForecastColumns.of(
                List.of(EUR),
                List.of(committed, launched),
                List.of(Q1),
                new long[] {1_000, 2_000, 500},
                new int[] {0, 0, 0},
                new int[] {0, 0, 1},
                new int[] {0, 0, 0})
            .withPartners(List.of(ForecastFixtures.ACME), new int[] {0, 0, -1});
    PartnerForecast forecast = Forecaster.standard().byPeriodAndPartner(columns).get(Q1);
    ForecastFigures acme = forecast.partners().get(ForecastFixtures.ACME).figures(EUR).get();
    assertEquals(Money.of(new BigDecimal("30.00"), EUR), acme.open());
    assertEquals(
        0,
        new BigDecimal("27").compareTo(acme.weighted().getNumber().numberValue(BigDecimal.class)));
    assertEquals(
        Money.of(new BigDecimal("5.00"), EUR), forecast.unpartnered().figures(EUR).get().won());
    assertEquals(3, forecast.total().count());
    assertEquals(columns.partner(2), Optional.empty());
    assertEquals(columns.partner(0), Optional.of(ForecastFixtures.ACME));
  }

  @Test
  void sumsJustInsideAndJustBeyondLongRangeByPartnerAreExact() {
    // Two rows of (2^63 - 1) / 2 minor units sum to 2^63 - 2, which fits a long; a third row of 2
    // makes 2^63, one past it. Both are JPY (no fraction digits), won, for acme, in Q1.
    long half = Long.MAX_VALUE / 2;
    Stage launched = coSell("Launched");
    for (long[] amounts : List.of(new long[] {half, half}, new long[] {half, half, 2})) {
      int rows = amounts.length;
      ForecastColumns columns =
          ForecastColumns.of(
                  List.of(JPY),
                  List.of(launched),
                  List.of(Q1),
                  amounts,
                  new int[rows],
                  new int[rows],
                  new int[rows])
              .withPartners(List.of(ForecastFixtures.ACME), new int[rows]);
      BigDecimal expected =
          rows == 2
              ? BigDecimal.valueOf(Long.MAX_VALUE - 1)
              : BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE);
      PartnerForecast exact = Forecaster.standard().byPeriodAndPartner(columns).get(Q1);
      ForecastFigures acme = exact.partners().get(ForecastFixtures.ACME).figures(JPY).get();
      assertEquals(Money.of(expected, JPY), acme.won());
      assertEquals(rows, acme.wonCount());
      ForecastFigures converted =
          Forecaster.standard()
              .byPeriodAndPartner(columns, JPY, ConversionRates.to(JPY, Map.of()))
              .get(Q1)
              .total()
              .figures(JPY)
              .get();
      assertEquals(Money.of(expected, JPY), converted.won());
      assertEquals(Money.of(expected, JPY), converted.weighted());
    }
  }

  @Test
  void listsPartnersInIdOrderWhateverTheirOrderInTheTable() {
    PartnerId zeta = PartnerId.of("zeta");
    PartnerId alpha = PartnerId.of("alpha");
    PartnerId mid = PartnerId.of("mid");
    ForecastColumns columns =
        ForecastColumns.of(
                List.of(EUR),
                STAGES,
                List.of(Q1),
                new long[] {100, 200, 300},
                new int[3],
                new int[3],
                new int[3])
            .withPartners(List.of(zeta, alpha, mid), new int[] {0, 1, 2});
    assertEquals(
        List.of(alpha, mid, zeta),
        List.copyOf(
            Forecaster.standard()
                .byPeriodAndPartner(columns, EUR, ConversionRates.to(EUR, Map.of()))
                .get(Q1)
                .partners()
                .keySet()));
    assertEquals(
        List.of(alpha, mid, zeta),
        List.copyOf(Forecaster.standard().byPeriodAndPartner(columns).get(Q1).partners().keySet()));
  }

  @Test
  void reportsARowWithAPartnerIndexOutsideItsTableAndRejectsGroupingWithoutPartnerColumn() {
    ForecastColumns columns =
        ForecastColumns.of(
            List.of(EUR),
            STAGES,
            List.of(Q1),
            new long[] {1, 2},
            new int[] {0, 0},
            new int[] {0, 0},
            new int[] {0, 0});
    ForecastColumns partnered =
        columns.withPartners(List.of(ForecastFixtures.ACME), new int[] {0, 1});
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "",
                ProblemKind.OUT_OF_RANGE,
                "row 1: partner index 1 is outside the partner table, whose indexes run from 0 to"
                    + " 0")),
        partnered.problems());
    assertTrue(partnered.isValid(0));
    assertFalse(partnered.isValid(1));
    assertEquals(Optional.of(ForecastFixtures.ACME), partnered.partner(0));
    assertEquals(Optional.empty(), partnered.partner(1));
    assertTrue(columns.isValid(1), "the columns it was made from are unchanged");
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> Forecaster.standard().byPeriodAndPartner(columns));
    assertEquals(
        "forecast columns have no partner column to group by; add one with withPartners",
        none.getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = ForecastFixtures.nullPointerTester().setDefault(List.class, List.of());
    tester.testAllPublicStaticMethods(ForecastColumns.class);
    tester.testAllPublicInstanceMethods(
        ForecastColumns.of(
            List.of(EUR),
            STAGES,
            List.of(Q1),
            new long[] {1},
            new int[] {0},
            new int[] {0},
            new int[] {0}));
  }
}
