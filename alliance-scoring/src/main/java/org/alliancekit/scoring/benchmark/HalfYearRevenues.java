package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.RevenuePeriod.Length;
import org.alliancekit.scoring.internal.RevenueChecks;
import org.apiguardian.api.API;

/**
 * The alliance revenue each relationship booked per half-year, exact, from revenue booked per
 * half-year or per quarter: a relationship's revenue in a half-year is its {@link PeriodRevenue} of
 * that half-year, or the exact sum of its two quarters' revenues (quarters 1 and 2 of a fiscal year
 * make up half 1, quarters 3 and 4 half 2). A half-year of which only one quarter is booked has no
 * revenue here: half of its months are unknown. The one home of this rule for the evidence that
 * best practice goes with sales ({@link ScoreRevenueEvidence} and {@code
 * org.alliancekit.scoring.evidence}).
 *
 * <p>Immutable once built and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HalfYearRevenues {
  private final CurrencyUnit currency;
  private final Map<RelationshipId, Map<RevenuePeriod, Slots>> booked;

  private HalfYearRevenues(
      CurrencyUnit currency, Map<RelationshipId, Map<RevenuePeriod, Slots>> booked) {
    this.currency = currency;
    this.booked = booked;
  }

  /**
   * Collects the revenue booked, in any order.
   *
   * @throws IllegalArgumentException if a revenue is in another currency than {@code currency}, or
   *     a relationship books revenue twice for the same months (a period twice, or a half-year and
   *     a quarter of it); the message names the records
   */
  public static HalfYearRevenues of(Iterable<PeriodRevenue> revenues, CurrencyUnit currency) {
    checkNotNull(revenues, "revenues");
    checkNotNull(currency, "currency");
    Map<RelationshipId, Map<RevenuePeriod, Slots>> booked = new HashMap<>();
    for (PeriodRevenue revenue : revenues) {
      RevenueChecks.inCurrency(revenue, currency);
      booked
          .computeIfAbsent(revenue.relationship(), r -> new HashMap<>())
          .computeIfAbsent(HalfYears.of(revenue.period()), h -> new Slots())
          .add(revenue);
    }
    return new HalfYearRevenues(currency, booked);
  }

  /** The currency of every revenue. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The half-years in which {@code relationship} has revenue (all six months booked), in order. */
  public ImmutableList<RevenuePeriod> halves(RelationshipId relationship) {
    checkNotNull(relationship, "relationship");
    return booked.getOrDefault(relationship, Map.of()).entrySet().stream()
        .filter(entry -> entry.getValue().isComplete())
        .map(Map.Entry::getKey)
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The exact revenue of {@code relationship} in {@code half}; empty when none is booked or only
   * one of its quarters is.
   *
   * @throws IllegalArgumentException if {@code half} is a quarter
   */
  public Optional<BigDecimal> revenue(RelationshipId relationship, RevenuePeriod half) {
    checkNotNull(relationship, "relationship");
    HalfYears.checkHalf(half);
    Slots slots = booked.getOrDefault(relationship, Map.of()).get(half);
    return slots != null && slots.isComplete() ? Optional.of(slots.sum()) : Optional.empty();
  }

  /**
   * The revenue records of one relationship in one half-year: the half-year itself (slot 0) or its
   * first and second quarters (slots 1 and 2).
   */
  private static final class Slots {
    private final PeriodRevenue[] slots = new PeriodRevenue[3];

    void add(PeriodRevenue revenue) {
      RevenuePeriod period = revenue.period();
      int slot = period.length() == Length.HALF_YEAR ? 0 : 2 - period.number() % 2;
      for (int other = 0; other < slots.length; other++) {
        PeriodRevenue earlier = slots[other];
        boolean overlaps = other == slot || other == 0 || slot == 0;
        if (earlier != null && overlaps) {
          throw new IllegalArgumentException(
              earlier.period().equals(period)
                  ? "relationship "
                      + revenue.relationship()
                      + " books revenue for "
                      + period
                      + " twice; book each period once"
                  : "relationship "
                      + revenue.relationship()
                      + " books revenue for "
                      + period
                      + ", which overlaps "
                      + earlier.period()
                      + "; book each month's revenue once");
        }
      }
      slots[slot] = revenue;
    }

    /** Whether the records cover all six months. */
    boolean isComplete() {
      return slots[0] != null || (slots[1] != null && slots[2] != null);
    }

    /** The exact sum of the records. */
    BigDecimal sum() {
      BigDecimal sum = BigDecimal.ZERO;
      for (PeriodRevenue revenue : slots) {
        if (revenue != null) {
          sum = sum.add(Amounts.number(revenue.amount()));
        }
      }
      return sum;
    }
  }
}
