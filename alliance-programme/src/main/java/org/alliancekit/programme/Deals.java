package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.relationship.RevenuePeriod;

/** Where a deal stands on a day, whom it involves, and money in words: shared by the verbs. */
final class Deals {
  private Deals() {}

  /** Won, and closed on or before {@code asOf}. */
  static boolean won(Opportunity opportunity, LocalDate asOf) {
    return opportunity.outcome() == Outcome.WON && !opportunity.closeDate().isAfter(asOf);
  }

  /** Lost, and closed on or before {@code asOf}. */
  static boolean lost(Opportunity opportunity, LocalDate asOf) {
    return opportunity.outcome() == Outcome.LOST && !opportunity.closeDate().isAfter(asOf);
  }

  /** Created on or before {@code asOf} and not closed by then. */
  static boolean open(Opportunity opportunity, LocalDate asOf) {
    return !opportunity.created().isAfter(asOf)
        && !won(opportunity, asOf)
        && !lost(opportunity, asOf);
  }

  /** Created on or before {@code asOf}. */
  static boolean exists(Opportunity opportunity, LocalDate asOf) {
    return !opportunity.created().isAfter(asOf);
  }

  /** The partners that work the deal: its involved parties and its owner, the host left out. */
  static ImmutableSet<PartnerId> partnersOf(Opportunity opportunity, PartnerId host) {
    ImmutableSet.Builder<PartnerId> partners = ImmutableSet.builder();
    if (!opportunity.owner().equals(host)) {
      partners.add(opportunity.owner());
    }
    for (PartnerId party : opportunity.partners()) {
      if (!party.equals(host)) {
        partners.add(party);
      }
    }
    return partners.build();
  }

  /** Whether {@link #partnersOf} is not empty, without making the set. */
  static boolean hasPartners(Opportunity opportunity, PartnerId host) {
    PartnerId owner = opportunity.owner();
    if (!owner.equals(host)) {
      return true;
    }
    for (Involvement involvement : opportunity.involvements()) {
      if (!involvement.party().equals(host)) {
        return true;
      }
    }
    return false;
  }

  /** Adds each of {@link #partnersOf} to {@code partners}, without making the set. */
  static void addPartnersOf(Opportunity opportunity, PartnerId host, Set<PartnerId> partners) {
    PartnerId owner = opportunity.owner();
    if (!owner.equals(host)) {
      partners.add(owner);
    }
    for (Involvement involvement : opportunity.involvements()) {
      PartnerId party = involvement.party();
      if (!party.equals(owner) && !party.equals(host)) {
        partners.add(party);
      }
    }
  }

  /** The calendar quarter of a day, such as {@code 2026-Q1}. */
  static RevenuePeriod quarter(LocalDate date) {
    return RevenuePeriod.containing(date, RevenuePeriod.Length.QUARTER, Month.JANUARY);
  }

  /**
   * The exact number of {@code amount} in {@code currency}, unrounded.
   *
   * @throws IllegalArgumentException naming the deal if no rate links the two currencies
   */
  static BigDecimal convert(Opportunity opportunity, CurrencyUnit currency, ExchangeRates rates) {
    MonetaryAmount amount = opportunity.amount();
    return Amounts.number(
        rates
            .convert(amount, currency)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "opportunity "
                            + opportunity.id()
                            + " is in "
                            + amount.getCurrency().getCurrencyCode()
                            + ", and no exchange rate converts it into "
                            + currency.getCurrencyCode())));
  }

  /**
   * The amount rounded once to its minor unit and written with grouped thousands, such as {@code
   * GBP 120,000.00} or {@code JPY 1,500}, independent of locale.
   */
  static String money(MonetaryAmount amount) {
    BigDecimal number = MinorUnits.round(Amounts.number(amount), amount.getCurrency());
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    int digits = Math.max(0, number.scale());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return amount.getCurrency().getCurrencyCode() + " " + format.format(number);
  }

  /** Checks that {@code limit} is positive. */
  static int limit(int limit) {
    checkArgument(limit >= 1, "limit %s must be at least 1", limit);
    return limit;
  }
}
