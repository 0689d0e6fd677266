package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.Month;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Compares the budget cycles of a relationship's two parties, from the month each one's fiscal year
 * starts in.
 *
 * <ul>
 *   <li>the offset is the number of months between the two starts the shorter way round the year
 *       (January and July: 6; November and February: 3);
 *   <li>the next joint deadline is the earlier of the two parties' next fiscal-year starts strictly
 *       after the as-of date, minus the planning lead time ({@value #DEFAULT_LEAD_MONTHS} months
 *       unless given): a joint budget agreed by then can enter both cycles. It may lie before the
 *       as-of date, when the next start is nearer than the lead time: the deadline is then overdue.
 * </ul>
 *
 * <p>Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BudgetCycles {
  /** The planning lead time used unless another is given: 3 months. */
  public static final int DEFAULT_LEAD_MONTHS = 3;

  private BudgetCycles() {}

  /**
   * Aligns the cycles with the default lead time of {@value #DEFAULT_LEAD_MONTHS} months.
   *
   * @see #align(RelationshipId, Month, Month, LocalDate, int)
   */
  public static BudgetCycleAlignment align(
      RelationshipId relationship,
      Month hostFiscalStart,
      Month partnerFiscalStart,
      LocalDate asOf) {
    return align(relationship, hostFiscalStart, partnerFiscalStart, asOf, DEFAULT_LEAD_MONTHS);
  }

  /**
   * Aligns the cycles of a relationship's host and partner as of a date.
   *
   * @param leadMonths the planning lead time in months, 0 to 12
   * @throws IllegalArgumentException if the lead time is outside 0 to 12
   */
  public static BudgetCycleAlignment align(
      RelationshipId relationship,
      Month hostFiscalStart,
      Month partnerFiscalStart,
      LocalDate asOf,
      int leadMonths) {
    checkNotNull(relationship, "relationship");
    checkNotNull(hostFiscalStart, "hostFiscalStart");
    checkNotNull(partnerFiscalStart, "partnerFiscalStart");
    checkNotNull(asOf, "asOf");
    checkArgument(
        leadMonths >= 0 && leadMonths <= 12,
        "planning lead time of %s months must be from 0 to 12",
        leadMonths);
    int offset = offsetMonths(hostFiscalStart, partnerFiscalStart);
    LocalDate hostNext = nextStart(hostFiscalStart, asOf);
    LocalDate partnerNext = nextStart(partnerFiscalStart, asOf);
    LocalDate earlier = hostNext.isBefore(partnerNext) ? hostNext : partnerNext;
    LocalDate deadline = earlier.minusMonths(leadMonths);
    String sentence =
        offset == 0
            ? String.format(
                "relationship %s: both fiscal years start in %s; agree the next joint marketing"
                    + " budget by %s",
                relationship, hostFiscalStart, deadline)
            : String.format(
                "relationship %s: the host's fiscal year starts in %s and the partner's in %s, %d"
                    + " months apart; agree the next joint marketing budget by %s so that it is in"
                    + " both cycles",
                relationship, hostFiscalStart, partnerFiscalStart, offset, deadline);
    return new BudgetCycleAlignment(
        relationship, hostFiscalStart, partnerFiscalStart, offset, deadline, sentence);
  }

  /**
   * Aligns the cycles of a relationship of the portfolio, each party's fiscal-year start month
   * taken from its {@link Partner#fiscalYearStartMonth()}.
   *
   * @throws IllegalArgumentException if the relationship or one of its parties is not in the
   *     portfolio, or the lead time is outside 0 to 12
   */
  public static BudgetCycleAlignment align(
      Relationship relationship, AlliancePortfolio portfolio, LocalDate asOf, int leadMonths) {
    checkNotNull(relationship, "relationship");
    checkNotNull(portfolio, "portfolio");
    return align(
        relationship.id(),
        fiscalStart(portfolio, relationship, relationship.host()),
        fiscalStart(portfolio, relationship, relationship.partner()),
        asOf,
        leadMonths);
  }

  /** The months between two fiscal-year starts, the shorter way round the year: 0 to 6. */
  public static int offsetMonths(Month first, Month second) {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    int forward = Math.floorMod(second.getValue() - first.getValue(), 12);
    return Math.min(forward, 12 - forward);
  }

  /**
   * The first day of the first fiscal year starting in {@code month} strictly after {@code asOf}.
   */
  public static LocalDate nextStart(Month month, LocalDate asOf) {
    checkNotNull(month, "month");
    checkNotNull(asOf, "asOf");
    LocalDate start = LocalDate.of(asOf.getYear(), month, 1);
    return start.isAfter(asOf) ? start : start.plusYears(1);
  }

  private static Month fiscalStart(
      AlliancePortfolio portfolio, Relationship relationship, PartnerId party) {
    return portfolio
        .partner(party)
        .map(Partner::fiscalYearStartMonth)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "relationship "
                        + relationship.id()
                        + " names party "
                        + party
                        + ", which is not among the partners"));
  }
}
