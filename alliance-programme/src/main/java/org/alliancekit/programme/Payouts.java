package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.Apportionment;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.IncentiveKind;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * What the programme's incentives pay, per partner, programme and calendar quarter, for the deals
 * won on or before a day.
 *
 * <ul>
 *   <li>A <b>rebate</b> pays its rate on a partner's whole won revenue of a calendar quarter (the
 *       won deals it owns or is involved in, the host left out, by the quarter of their {@link
 *       Opportunity#closeDate() close date}), converted exactly into the currency of the threshold,
 *       when that revenue reaches the threshold: exactly the threshold counts as reached. A quarter
 *       below the threshold pays nothing and has no line.
 *   <li>A <b>referral fee</b> pays its rate on each won deal a partner sourced: a deal of origin
 *       {@link Origin#PARTNER_SOURCED}, credited to its involved {@link InvolvementRole#ORIGINATOR}
 *       partners (or, if none is marked, to its partners), split equally among several to the minor
 *       unit ({@link Apportionment}). The deals of one partner, quarter and currency make one line,
 *       in the deal's currency.
 * </ul>
 *
 * <p>An incentive for one tier pays the partners assigned that tier ({@link PartnerTier}); one with
 * no tier pays every partner. Each line's amount is its exact basis times the rate, rounded once to
 * the currency's minor unit ({@link MinorUnits}): a currency with no minor unit such as JPY is
 * rounded to whole units. Lines are ordered by partner, programme, quarter and currency, so the
 * order of the records changes nothing. A stateless utility.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Payouts {
  private static final Comparator<Payout> ORDER =
      Comparator.comparing(Payout::partner)
          .thenComparing(Payout::programme)
          .thenComparing(Payout::quarter)
          .thenComparing(Payout::currency, Amounts.BY_CODE);

  private Payouts() {}

  /**
   * The payout lines of {@code rebate} for the deals of {@code portfolio} won on or before {@code
   * asOf}.
   *
   * @throws IllegalArgumentException if the incentive is no rebate, or no rate converts a deal's
   *     currency into the threshold's
   */
  public static ImmutableList<Payout> rebates(
      AlliancePortfolio portfolio, Incentive rebate, LocalDate asOf, ExchangeRates rates) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(rebate, "rebate");
    checkNotNull(asOf, "asOf");
    checkNotNull(rates, "rates");
    checkArgument(
        rebate.kind() == IncentiveKind.REBATE, "programme %s is no rebate", rebate.programme());
    MonetaryAmount threshold = rebate.threshold().orElseThrow();
    CurrencyUnit currency = threshold.getCurrency();
    Map<PartnerId, String> tiers = assignedTiers(portfolio);
    Map<PartnerId, Map<RevenuePeriod, BigDecimal>> revenue = new HashMap<>();
    for (Opportunity opportunity : portfolio.opportunities()) {
      if (!Deals.won(opportunity, asOf)) {
        continue;
      }
      for (PartnerId partner : Deals.partnersOf(opportunity, portfolio.host())) {
        if (rebate.appliesTo(Optional.ofNullable(tiers.get(partner)))) {
          revenue
              .computeIfAbsent(partner, p -> new HashMap<>())
              .merge(
                  Deals.quarter(opportunity.closeDate()),
                  Deals.convert(opportunity, currency, rates),
                  BigDecimal::add);
        }
      }
    }
    List<Payout> lines = new ArrayList<>();
    BigDecimal reach = Amounts.number(threshold);
    revenue.forEach(
        (partner, quarters) ->
            quarters.forEach(
                (quarter, basis) -> {
                  if (basis.compareTo(reach) >= 0) {
                    lines.add(line(partner, rebate, quarter, basis, currency));
                  }
                }));
    lines.sort(ORDER);
    return ImmutableList.copyOf(lines);
  }

  /**
   * The payout lines of {@code referralFee} for the partner-sourced deals of {@code portfolio} won
   * on or before {@code asOf}.
   *
   * @throws IllegalArgumentException if the incentive is no referral fee
   */
  public static ImmutableList<Payout> referralFees(
      AlliancePortfolio portfolio, Incentive referralFee, LocalDate asOf) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(referralFee, "referralFee");
    checkNotNull(asOf, "asOf");
    checkArgument(
        referralFee.kind() == IncentiveKind.REFERRAL_FEE,
        "programme %s is no referral fee",
        referralFee.programme());
    Map<PartnerId, String> tiers = assignedTiers(portfolio);
    Map<List<Object>, BigDecimal> bases = new HashMap<>();
    for (Opportunity opportunity : portfolio.opportunities()) {
      if (!Deals.won(opportunity, asOf) || opportunity.origin() != Origin.PARTNER_SOURCED) {
        continue;
      }
      List<PartnerId> sources = sources(opportunity, portfolio.host());
      if (sources.isEmpty()) {
        continue;
      }
      List<MonetaryAmount> shares =
          sources.size() == 1
              ? List.of(opportunity.amount())
              : Apportionment.split(
                  MinorUnits.round(opportunity.amount()),
                  Collections.nCopies(sources.size(), BigDecimal.ONE));
      RevenuePeriod quarter = Deals.quarter(opportunity.closeDate());
      for (int i = 0; i < sources.size(); i++) {
        PartnerId partner = sources.get(i);
        if (referralFee.appliesTo(Optional.ofNullable(tiers.get(partner)))) {
          bases.merge(
              List.of(partner, quarter, opportunity.currency()),
              Amounts.number(shares.get(i)),
              BigDecimal::add);
        }
      }
    }
    List<Payout> lines = new ArrayList<>();
    bases.forEach(
        (key, basis) ->
            lines.add(
                line(
                    (PartnerId) key.get(0),
                    referralFee,
                    (RevenuePeriod) key.get(1),
                    basis,
                    (CurrencyUnit) key.get(2))));
    lines.sort(ORDER);
    return ImmutableList.copyOf(lines);
  }

  /**
   * The payout lines of every incentive of {@code portfolio}, for the deals won on or before {@code
   * asOf}, ordered by partner, programme, quarter and currency.
   *
   * @throws IllegalArgumentException if no rate converts a deal's currency into a rebate
   *     threshold's
   */
  public static ImmutableList<Payout> all(
      AlliancePortfolio portfolio, LocalDate asOf, ExchangeRates rates) {
    checkNotNull(portfolio, "portfolio");
    List<Payout> lines = new ArrayList<>();
    for (Incentive incentive : portfolio.incentives()) {
      lines.addAll(
          incentive.kind() == IncentiveKind.REBATE
              ? rebates(portfolio, incentive, asOf, rates)
              : referralFees(portfolio, incentive, asOf));
    }
    lines.sort(ORDER);
    return ImmutableList.copyOf(lines);
  }

  /** The sum of the lines' amounts per currency, ordered by currency code; exact, no rounding. */
  public static ImmutableMap<CurrencyUnit, MonetaryAmount> totals(Iterable<Payout> payouts) {
    checkNotNull(payouts, "payouts");
    Map<CurrencyUnit, BigDecimal> sums = new TreeMap<>(Amounts.BY_CODE);
    for (Payout payout : payouts) {
      Amounts.add(sums, payout.amount());
    }
    return Amounts.toAmounts(sums);
  }

  /** The partners that sourced a deal: its originators, or else all its partners. */
  private static List<PartnerId> sources(Opportunity opportunity, PartnerId host) {
    List<PartnerId> originators = new ArrayList<>();
    for (Involvement involvement : opportunity.involvements()) {
      PartnerId party = involvement.party();
      if (involvement.role() == InvolvementRole.ORIGINATOR
          && !party.equals(opportunity.owner())
          && !party.equals(host)
          && !originators.contains(party)) {
        originators.add(party);
      }
    }
    return originators.isEmpty() ? List.copyOf(Deals.partnersOf(opportunity, host)) : originators;
  }

  private static Map<PartnerId, String> assignedTiers(AlliancePortfolio portfolio) {
    Map<PartnerId, String> tiers = new HashMap<>();
    for (PartnerTier tier : portfolio.partnerTiers()) {
      tiers.putIfAbsent(tier.partner(), tier.tier());
    }
    return tiers;
  }

  private static Payout line(
      PartnerId partner,
      Incentive incentive,
      RevenuePeriod quarter,
      BigDecimal basis,
      CurrencyUnit currency) {
    return new Payout(
        partner,
        incentive.programme(),
        incentive.kind(),
        quarter,
        currency,
        Money.of(basis, currency),
        incentive.ratePercent(),
        Money.of(Payout.of(basis, incentive.ratePercent(), currency), currency));
  }
}
