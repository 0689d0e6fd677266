package org.alliancekit.report.scoring;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.io.csv.RatesCsv;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.PotentialRanking;
import org.alliancekit.scoring.potential.PotentialTriage;
import org.alliancekit.scoring.potential.RelationshipPotential;
import org.alliancekit.scoring.potential.SalesPotential;
import org.apiguardian.api.API;

/**
 * The potentials of a portfolio ranked in a report currency by {@link PotentialTriage}, with the
 * problems of the currencies no rate converts.
 *
 * <p>Each relationship's revenue is converted exactly with the portfolio's {@link ExchangeRates}
 * and its uplift in the report currency is computed from the converted revenue and its own two
 * scores ({@link SalesPotential#of}), so it is rounded once, after the conversion, and equals the
 * uplift {@link PotentialTriage} gives to the cent. Relationships whose currency no rate converts
 * into the report currency are ranked among themselves, in their own currency, and that currency is
 * reported once, not once per relationship.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rows one row per potential: those ranked in the report currency first, in rank order
 *     (undefined uplifts last), then those of each currency without a rate, by currency code
 * @param problems one problem per currency that no rate converts into the report currency
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RankedPotentials(ImmutableList<PotentialRow> rows, ImmutableList<Problem> problems) {
  /**
   * The triage that ranks: {@link PotentialTriage#rank} keeps every potential's own current and
   * attainable scores, so the model (no improvement) is never applied.
   */
  private static final PotentialTriage RANKING = PotentialTriage.of(ImprovementModel.closeGap(0));

  /** Checks that the lists are present. */
  public RankedPotentials {
    checkNotNull(rows, "rows");
    checkNotNull(problems, "problems");
  }

  /**
   * Ranks the potentials, each in its relationship's own currency, in {@code reportCurrency}.
   *
   * @param potentials the potentials in the relationships' own currencies, one per relationship
   * @param rates the rates that convert revenues into the report currency
   * @param reportCurrency the currency of the ranking
   * @throws IllegalArgumentException if a relationship appears twice
   */
  public static RankedPotentials of(
      Iterable<RelationshipPotential> potentials,
      ExchangeRates rates,
      CurrencyUnit reportCurrency) {
    checkNotNull(potentials, "potentials");
    checkNotNull(rates, "rates");
    checkNotNull(reportCurrency, "reportCurrency");
    List<RelationshipPotential> converted = new ArrayList<>();
    Map<RelationshipId, SalesPotential> own = new LinkedHashMap<>();
    Map<CurrencyUnit, List<RelationshipPotential>> unconverted =
        new TreeMap<>(Comparator.comparing(CurrencyUnit::getCurrencyCode));
    for (RelationshipPotential potential : potentials) {
      SalesPotential mine = checkNotNull(potential, "potential").potential();
      own.put(potential.relationship(), mine);
      Optional<MonetaryAmount> revenue = rates.convert(mine.revenue(), reportCurrency);
      if (revenue.isPresent()) {
        converted.add(
            RelationshipPotential.of(
                potential.relationship(),
                SalesPotential.of(revenue.get(), mine.current(), mine.attainable())));
      } else {
        unconverted
            .computeIfAbsent(mine.revenue().getCurrency(), currency -> new ArrayList<>())
            .add(potential);
      }
    }
    ImmutableList.Builder<PotentialRow> rows = ImmutableList.builder();
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    addRows(rows, RANKING.rank(converted), own, reportCurrency, true);
    unconverted.forEach(
        (currency, group) -> {
          problems.add(
              Problem.inFile(
                  RatesCsv.FILE_NAME,
                  ProblemKind.CURRENCY_MISMATCH,
                  "no rate converts "
                      + currency.getCurrencyCode()
                      + " into the report currency "
                      + reportCurrency.getCurrencyCode()
                      + "; relationships in "
                      + currency.getCurrencyCode()
                      + " are ranked among themselves in "
                      + currency.getCurrencyCode()
                      + ": "
                      + group.stream()
                          .map(potential -> potential.relationship().value())
                          .collect(Collectors.joining(", "))));
          addRows(rows, RANKING.rank(group), own, currency, false);
        });
    return new RankedPotentials(rows.build(), problems.build());
  }

  private static void addRows(
      ImmutableList.Builder<PotentialRow> rows,
      PotentialRanking ranking,
      Map<RelationshipId, SalesPotential> own,
      CurrencyUnit rankCurrency,
      boolean converted) {
    for (RelationshipPotential potential : ranking.all()) {
      OptionalInt rank = ranking.rankOf(potential.relationship());
      rows.add(
          new PotentialRow(
              potential.relationship(),
              own.get(potential.relationship()),
              converted ? potential.uplift() : Optional.empty(),
              rankCurrency,
              rank));
    }
  }
}
