package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Tier qualification: for every partner as of a day, the highest {@link ProgrammeTier} whose every
 * rule it meets, its assigned tier, and what it misses for the next tier up.
 *
 * <p><b>The rules of a tier.</b> A partner meets a tier when, on the day asked about:
 *
 * <ul>
 *   <li>its <em>won revenue of the trailing twelve months</em> reaches the tier's minimum: the
 *       amounts of the won deals it owns or is involved in that closed ({@link
 *       Opportunity#closeDate()}) after the same day twelve months earlier and on or before the
 *       day, converted exactly into the minimum's currency with the given rates;
 *   <li>it holds at least the tier's minimum number of competencies valid that day ({@link
 *       Competency#isValidOn}; an expired one does not count, and two of the same name count once);
 *   <li>it holds each of the tier's required competencies, by name, valid that day;
 *   <li>its latest assessment's overall score, in [0, 1], reaches the tier's minimum score, when
 *       the tier has one (no score fails such a tier).
 * </ul>
 *
 * <p>Each rule not met is a gap in words: "needs GBP 120,000.00 more won revenue" (the shortfall,
 * rounded once to the minor unit), "needs 1 more valid competency", "needs competency Data &amp;
 * AI", "needs an overall score of at least 0.6, has 0.52" or "needs an assessed overall score of at
 * least 0.6". More won revenue never closes fewer gaps, so adding a won deal never lowers the
 * qualified tier.
 *
 * <p>The scores are the caller's: this module depends on the model only, so the latest overall
 * score of each partner's relationship (for instance {@code Score.overall()} of the scoring
 * module's latest score per relationship) is passed in as a map. A stateless utility.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TierQualifications {
  private TierQualifications() {}

  /**
   * The tiers in rank order, lowest first.
   *
   * @throws IllegalArgumentException if two tiers share a rank or a name
   */
  public static ImmutableList<ProgrammeTier> ordered(Iterable<ProgrammeTier> tiers) {
    checkNotNull(tiers, "tiers");
    List<ProgrammeTier> sorted = new ArrayList<>();
    tiers.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(ProgrammeTier::rank));
    Set<String> names = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      checkArgument(
          names.add(sorted.get(i).name()), "tier %s is listed twice", sorted.get(i).name());
      checkArgument(
          i == 0 || sorted.get(i - 1).rank() != sorted.get(i).rank(),
          "tiers %s and %s share rank %s",
          i == 0 ? "" : sorted.get(i - 1).name(),
          sorted.get(i).name(),
          sorted.get(i).rank());
    }
    return ImmutableList.copyOf(sorted);
  }

  /**
   * The exact won revenue of each partner in the twelve months up to {@code asOf}, per currency of
   * the deals: the won deals it owns or is involved in (the host left out) that closed after {@code
   * asOf} minus twelve months and on or before {@code asOf}.
   */
  public static ImmutableMap<PartnerId, ImmutableMap<CurrencyUnit, MonetaryAmount>>
      trailingWonRevenue(Iterable<Opportunity> opportunities, PartnerId host, LocalDate asOf) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(host, "host");
    checkNotNull(asOf, "asOf");
    LocalDate after = asOf.minusMonths(12);
    Map<PartnerId, Map<CurrencyUnit, BigDecimal>> sums = new HashMap<>();
    for (Opportunity opportunity : opportunities) {
      if (Deals.won(opportunity, asOf) && opportunity.closeDate().isAfter(after)) {
        for (PartnerId partner : Deals.partnersOf(opportunity, host)) {
          Amounts.add(sums.computeIfAbsent(partner, p -> new HashMap<>()), opportunity.amount());
        }
      }
    }
    ImmutableMap.Builder<PartnerId, ImmutableMap<CurrencyUnit, MonetaryAmount>> result =
        ImmutableMap.builder();
    sums.forEach((partner, byCurrency) -> result.put(partner, Amounts.toAmounts(byCurrency)));
    return result.buildOrThrow();
  }

  /**
   * The gaps of {@code partner} for {@code tier} on {@code asOf}, in the order of the rules; empty
   * when it meets the tier.
   *
   * @param wonRevenue its won revenue of the trailing twelve months, in the currency of the tier's
   *     minimum
   * @param score its latest overall score in [0, 1], if assessed
   * @throws IllegalArgumentException if {@code wonRevenue} is in another currency than the tier's
   *     minimum
   */
  public static ImmutableList<String> gaps(
      ProgrammeTier tier,
      Partner partner,
      MonetaryAmount wonRevenue,
      Optional<Double> score,
      LocalDate asOf) {
    checkNotNull(tier, "tier");
    checkNotNull(partner, "partner");
    checkNotNull(wonRevenue, "wonRevenue");
    checkNotNull(score, "score");
    checkNotNull(asOf, "asOf");
    checkArgument(
        wonRevenue.getCurrency().equals(tier.minWonRevenue().getCurrency()),
        "won revenue %s of partner %s is not in the currency of tier %s, %s",
        wonRevenue,
        partner.id(),
        tier.name(),
        tier.minWonRevenue().getCurrency());
    ImmutableList.Builder<String> gaps = ImmutableList.builder();
    BigDecimal shortfall =
        Amounts.number(tier.minWonRevenue()).subtract(Amounts.number(wonRevenue));
    if (shortfall.signum() > 0) {
      gaps.add(
          "needs "
              + Deals.money(Money.of(shortfall, wonRevenue.getCurrency()))
              + " more won revenue");
    }
    Set<String> valid = Competencies.validNames(partner, asOf);
    int fewer = tier.minCompetencies() - valid.size();
    if (fewer > 0) {
      gaps.add("needs " + fewer + " more valid " + (fewer == 1 ? "competency" : "competencies"));
    }
    for (String required : tier.requiredCompetencies()) {
      if (!valid.contains(required)) {
        gaps.add("needs competency " + required);
      }
    }
    if (tier.minScore().isPresent()) {
      BigDecimal min = tier.minScore().get();
      if (score.isEmpty()) {
        gaps.add("needs an assessed overall score of at least " + min.toPlainString());
      } else if (BigDecimal.valueOf(score.get()).compareTo(min) < 0) {
        gaps.add(
            "needs an overall score of at least "
                + min.toPlainString()
                + ", has "
                + BigDecimal.valueOf(score.get())
                    .setScale(2, RoundingMode.HALF_EVEN)
                    .toPlainString());
      }
    }
    return gaps.build();
  }

  /**
   * Where {@code partner} stands in {@code tiers} on {@code asOf}.
   *
   * @param wonRevenue its won revenue of the trailing twelve months, per currency ({@link
   *     #trailingWonRevenue}); converted into each tier's currency with {@code rates}
   * @param assigned the tier assigned to it, if any; a name that is no tier is ignored
   * @param score its latest overall score in [0, 1], if assessed
   * @throws IllegalArgumentException if no rate converts a revenue currency into a tier's currency
   */
  public static TierQualification qualify(
      Partner partner,
      List<ProgrammeTier> tiers,
      Map<CurrencyUnit, MonetaryAmount> wonRevenue,
      Optional<String> assigned,
      Optional<Double> score,
      LocalDate asOf,
      ExchangeRates rates) {
    checkNotNull(partner, "partner");
    checkNotNull(wonRevenue, "wonRevenue");
    checkNotNull(assigned, "assigned");
    checkNotNull(rates, "rates");
    ImmutableList<ProgrammeTier> ordered = ordered(tiers);
    List<ImmutableList<String>> gaps = new ArrayList<>();
    int qualified = -1;
    for (int i = 0; i < ordered.size(); i++) {
      ProgrammeTier tier = ordered.get(i);
      ImmutableList<String> tierGaps =
          gaps(tier, partner, inCurrency(partner, wonRevenue, tier, rates), score, asOf);
      gaps.add(tierGaps);
      if (tierGaps.isEmpty()) {
        qualified = i;
      }
    }
    Optional<String> qualifiedTier =
        qualified < 0 ? Optional.empty() : Optional.of(ordered.get(qualified).name());
    int next = qualified + 1;
    Optional<String> nextTier =
        next < ordered.size() ? Optional.of(ordered.get(next).name()) : Optional.empty();
    ImmutableList<String> missing = next < ordered.size() ? gaps.get(next) : ImmutableList.of();
    boolean atRisk = false;
    for (int i = 0; i < ordered.size(); i++) {
      if (assigned.equals(Optional.of(ordered.get(i).name())) && qualified < i) {
        atRisk = true;
      }
    }
    return new TierQualification(partner.id(), assigned, qualifiedTier, nextTier, missing, atRisk);
  }

  /**
   * Where every partner of {@code portfolio} but the host stands in its {@linkplain
   * AlliancePortfolio#tiers() tiers} on {@code asOf}, in the order of the partners; empty when the
   * portfolio has no tiers.
   *
   * @param rates converts the deals' currencies into the tiers' currencies
   * @param scores the latest overall score in [0, 1] of each assessed partner
   * @throws IllegalArgumentException if two tiers share a name or rank, or no rate converts a
   *     revenue currency into a tier's currency
   */
  public static ImmutableList<TierQualification> qualifyAll(
      AlliancePortfolio portfolio,
      LocalDate asOf,
      ExchangeRates rates,
      Map<PartnerId, Double> scores) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    checkNotNull(rates, "rates");
    checkNotNull(scores, "scores");
    if (portfolio.tiers().isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList<ProgrammeTier> tiers = ordered(portfolio.tiers());
    Map<PartnerId, String> assigned = new HashMap<>();
    for (PartnerTier tier : portfolio.partnerTiers()) {
      assigned.putIfAbsent(tier.partner(), tier.tier());
    }
    ImmutableMap<PartnerId, ImmutableMap<CurrencyUnit, MonetaryAmount>> revenue =
        trailingWonRevenue(portfolio.opportunities(), portfolio.host(), asOf);
    ImmutableList.Builder<TierQualification> result = ImmutableList.builder();
    for (Partner partner : portfolio.partners()) {
      if (!partner.id().equals(portfolio.host())) {
        result.add(
            qualify(
                partner,
                tiers,
                revenue.getOrDefault(partner.id(), ImmutableMap.of()),
                Optional.ofNullable(assigned.get(partner.id())),
                Optional.ofNullable(scores.get(partner.id())),
                asOf,
                rates));
      }
    }
    return result.build();
  }

  /** The partners at risk: below their assigned tier. */
  public static ImmutableList<TierQualification> atRisk(List<TierQualification> qualifications) {
    return checkNotNull(qualifications, "qualifications").stream()
        .filter(TierQualification::atRisk)
        .collect(ImmutableList.toImmutableList());
  }

  private static MonetaryAmount inCurrency(
      Partner partner,
      Map<CurrencyUnit, MonetaryAmount> revenue,
      ProgrammeTier tier,
      ExchangeRates rates) {
    CurrencyUnit currency = tier.minWonRevenue().getCurrency();
    BigDecimal sum = BigDecimal.ZERO;
    for (MonetaryAmount amount : revenue.values()) {
      MonetaryAmount converted =
          rates
              .convert(amount, currency)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "won revenue "
                              + Amounts.text(amount)
                              + " of partner "
                              + partner.id()
                              + " cannot be converted into "
                              + currency.getCurrencyCode()
                              + " for tier "
                              + tier.name()
                              + ": no exchange rate"));
      sum = sum.add(Amounts.number(converted));
    }
    return Money.of(sum, currency);
  }
}
