package org.alliancekit.benchmarks.forecast;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.pipeline.forecast.ConversionRates;
import org.alliancekit.pipeline.forecast.ForecastColumns;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
import org.alliancekit.pipeline.forecast.PeriodScheme;
import org.javamoney.moneta.Money;

/**
 * Seeded opportunities for the forecast workload, as columns and as objects: amounts log-uniform
 * between 1,000 and 1,000,000 in EUR, GBP or USD, a stage of the co-sell model, an expected close
 * date in 2026 or 2027 (eight calendar quarters) and one partner out of a few thousand.
 *
 * @param currencies the currency table: EUR, GBP, USD
 * @param stages the stage table: the co-sell model's stages
 * @param minorUnits each row's amount in minor units (cents) of its currency
 * @param currency each row's index into {@code currencies}
 * @param stage each row's index into {@code stages}
 * @param quarter each row's calendar quarter, 0 for 2026 Q1 to 7 for 2027 Q4
 * @param closeDay each row's expected close date as an epoch day
 * @param partner each row's partner index
 * @param partnerCount the number of partners; partner {@code i} has id {@code p<i>}
 */
public record ForecastData(
    ImmutableList<CurrencyUnit> currencies,
    ImmutableList<Stage> stages,
    long[] minorUnits,
    int[] currency,
    int[] stage,
    int[] quarter,
    int[] closeDay,
    int[] partner,
    int partnerCount) {

  /** The seed of the benchmark's data. */
  public static final long SEED = 20_260_401L;

  /** The currency the forecast is reported in. */
  public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  /** The number of calendar quarters the close dates fall in. */
  public static final int QUARTERS = 8;

  /** The first day of the first quarter. */
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  /** The factors into EUR of the table's currencies: 1, 1.1532 for GBP and 0.9187 for USD. */
  static final BigDecimal[] FACTORS = {
    BigDecimal.ONE, new BigDecimal("1.1532"), new BigDecimal("0.9187")
  };

  /** Generates {@code rows} opportunities of {@code partners} partners from {@code seed}. */
  public static ForecastData generate(int rows, int partners, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableList<CurrencyUnit> currencies =
        ImmutableList.of(EUR, Monetary.getCurrency("GBP"), Monetary.getCurrency("USD"));
    ImmutableList<Stage> stages = StageModels.coSell().stages();
    long[] minor = new long[rows];
    int[] currency = new int[rows];
    int[] stage = new int[rows];
    int[] quarter = new int[rows];
    int[] closeDay = new int[rows];
    int[] partner = new int[rows];
    double logLow = StrictMath.log(100_000);
    double logSpan = StrictMath.log(100_000_000) - logLow;
    long firstDay = FIRST_DAY.toEpochDay();
    int days = (int) (FIRST_DAY.plusYears(2).toEpochDay() - firstDay);
    for (int row = 0; row < rows; row++) {
      minor[row] = (long) StrictMath.exp(logLow + logSpan * random.nextDouble());
      currency[row] = random.nextInt(currencies.size());
      stage[row] = random.nextInt(stages.size());
      LocalDate close = FIRST_DAY.plusDays(random.nextInt(days));
      closeDay[row] = (int) close.toEpochDay();
      quarter[row] = (close.getYear() - FIRST_DAY.getYear()) * 4 + (close.getMonthValue() - 1) / 3;
      partner[row] = random.nextInt(partners);
    }
    return new ForecastData(
        currencies, stages, minor, currency, stage, quarter, closeDay, partner, partners);
  }

  /** The number of rows. */
  public int size() {
    return minorUnits.length;
  }

  /** The caller's rates into EUR. */
  public ConversionRates rates() {
    return ConversionRates.to(
        EUR, Map.of(currencies.get(1), FACTORS[1], currencies.get(2), FACTORS[2]));
  }

  /** Each row's amount as money in its currency. */
  public MonetaryAmount[] amounts() {
    MonetaryAmount[] amounts = new MonetaryAmount[size()];
    for (int row = 0; row < size(); row++) {
      amounts[row] =
          Money.of(BigDecimal.valueOf(minorUnits[row], 2), currencies.get(currency[row]));
    }
    return amounts;
  }

  /** The partner ids, {@code p0} to {@code p<partnerCount - 1>}. */
  public List<PartnerId> partnerIds() {
    List<PartnerId> ids = new ArrayList<>(partnerCount);
    for (int i = 0; i < partnerCount; i++) {
      ids.add(PartnerId.of("p" + i));
    }
    return ids;
  }

  /** The rows as the library's columns, each row in its calendar quarter and with its partner. */
  public ForecastColumns columns() {
    PeriodScheme scheme = PeriodScheme.calendarQuarters();
    List<ForecastPeriod> periods = new ArrayList<>(QUARTERS);
    for (int q = 0; q < QUARTERS; q++) {
      periods.add(scheme.periodOf(FIRST_DAY.plusMonths(3L * q)));
    }
    return ForecastColumns.of(currencies, stages, periods, minorUnits, currency, stage, quarter)
        .withPartners(partnerIds(), partner);
  }

  /** The rows as opportunities, each owned by one vendor and co-sold with its partner. */
  public List<Opportunity> opportunities() {
    MonetaryAmount[] amounts = amounts();
    PartnerId owner = PartnerId.of("vendor");
    Account account = Account.of(AccountId.of("acct-1"), "Northwind");
    LocalDate created = FIRST_DAY.minusDays(30);
    PartnerId[] partners = partnerIds().toArray(new PartnerId[0]);
    List<Opportunity> opportunities = new ArrayList<>(size());
    for (int row = 0; row < size(); row++) {
      opportunities.add(
          Opportunity.builder()
              .id(OpportunityId.of("o" + row))
              .account(account)
              .name("Opportunity " + row)
              .amount(amounts[row])
              .stage(stages.get(stage[row]))
              .created(created)
              .expectedClose(LocalDate.ofEpochDay(closeDay[row]))
              .owner(owner)
              .addInvolvements(Involvement.of(partners[partner[row]], InvolvementRole.CO_SELLER))
              .build());
    }
    return opportunities;
  }
}
