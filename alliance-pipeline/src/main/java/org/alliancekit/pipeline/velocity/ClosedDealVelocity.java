package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Outcome;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Velocity of the deals closed in the twelve months up to a day, per {@link Segment} and currency,
 * from the opportunity records alone (no stage model needed).
 *
 * <p>Definitions:
 *
 * <ul>
 *   <li><b>closed deal</b>: an opportunity whose current stage is won or lost ({@link
 *       Opportunity#outcome()});
 *   <li><b>close date</b>: the day of the first entry of its stage history into a closed (won or
 *       lost) stage or, when the history records none, its expected close date;
 *   <li><b>window</b>: the deal counts when {@code asOf.minusYears(1) < closeDate <= asOf}, so as
 *       of 30 June 2024 from 1 July 2023 to 30 June 2024 (as of 29 February 2024, from 1 March
 *       2023, since {@code minusYears} gives 28 February 2023);
 *   <li><b>segment</b>: whatever the given {@link Segmentation} says, such as {@link
 *       Segmentation#byRelationships};
 *   <li><b>cycle</b>: for a won deal, the days from its creation date to its close date.
 * </ul>
 *
 * <p>Each segment and currency with at least one closed deal in the window gives one {@link
 * SegmentVelocity} row (which documents the win rate and the averages); amounts in different
 * currencies are never mixed or converted. Rows are ordered by segment (in {@link Segment}
 * declaration order) and then by currency code, so the result does not depend on the order of the
 * opportunities.
 *
 * <pre>{@code
 * List<SegmentVelocity> rows = ClosedDealVelocity.of(
 *     opportunities, Segmentation.byRelationships(relationships), LocalDate.of(2024, 6, 30));
 * }</pre>
 *
 * <p>One pass over the opportunities, O(n) apart from the few rows. A stateless utility, safe to
 * call from any thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ClosedDealVelocity {
  private ClosedDealVelocity() {}

  /**
   * The velocity rows of the deals among {@code opportunities} that closed in the twelve months up
   * to {@code asOf}, segmented by {@code segmentation}.
   *
   * @throws IllegalArgumentException if the segmentation puts a deal of the window in no segment
   */
  public static ImmutableList<SegmentVelocity> of(
      Collection<Opportunity> opportunities, Segmentation segmentation, LocalDate asOf) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(segmentation, "segmentation");
    checkNotNull(asOf, "asOf");
    LocalDate afterDay = asOf.minusYears(1);
    Map<Segment, Map<CurrencyUnit, Tally>> tallies = new EnumMap<>(Segment.class);
    for (Opportunity opportunity : opportunities) {
      checkNotNull(opportunity, "opportunity");
      Outcome outcome = opportunity.outcome();
      if (!outcome.isClosed()) {
        continue;
      }
      LocalDate closed = opportunity.closeDate();
      if (!closed.isAfter(afterDay) || closed.isAfter(asOf)) {
        continue;
      }
      Segment segment = segmentation.segmentOf(opportunity);
      checkArgument(
          segment != null, "segmentation puts opportunity %s in no segment", opportunity.id());
      Tally tally =
          tallies
              .computeIfAbsent(segment, key -> new TreeMap<>(Amounts.BY_CODE))
              .computeIfAbsent(opportunity.currency(), key -> new Tally());
      if (outcome == Outcome.WON) {
        tally.won++;
        tally.wonSum = tally.wonSum.add(Amounts.number(opportunity.amount()));
        tally.cycleDays += ChronoUnit.DAYS.between(opportunity.created(), closed);
      } else {
        tally.lost++;
      }
    }
    ImmutableList.Builder<SegmentVelocity> rows = ImmutableList.builder();
    tallies.forEach(
        (segment, byCurrency) ->
            byCurrency.forEach(
                (currency, tally) ->
                    rows.add(
                        new SegmentVelocity(
                            segment,
                            currency,
                            tally.won,
                            tally.lost,
                            Money.of(tally.wonSum, currency),
                            tally.cycleDays))));
    return rows.build();
  }

  /** Running counts and exact sums of one segment and currency. */
  private static final class Tally {
    long won;
    long lost;
    BigDecimal wonSum = BigDecimal.ZERO;
    long cycleDays;
  }
}
