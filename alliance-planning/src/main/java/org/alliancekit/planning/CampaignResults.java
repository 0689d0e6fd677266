package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Measures what campaigns produced: their members (the leads and opportunities each lists), the
 * amount of those opportunities (the pipeline) and of those won, converted exactly into the
 * campaign's cost currency and rounded once to its minor unit, the cost per lead and the return
 * (won - cost) / cost. Push and pull campaigns of a relationship are then added up per kind and
 * currency ({@link #compare}). Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CampaignResults {
  private static final int RATIO_DIGITS = 4;

  /** The order of results: by relationship, then campaign id. */
  static final Comparator<CampaignResult> ORDER =
      Comparator.comparing(CampaignResult::relationship).thenComparing(CampaignResult::campaign);

  private CampaignResults() {}

  /**
   * Returns what the campaign produced; its opportunities are looked up among {@code opportunities}
   * (a member not found there is counted but adds no amount).
   *
   * @throws IllegalArgumentException if no rate converts a member opportunity's amount into the
   *     cost's currency
   */
  public static CampaignResult of(
      Campaign campaign, Iterable<Opportunity> opportunities, ExchangeRates rates) {
    checkNotNull(campaign, "campaign");
    checkNotNull(opportunities, "opportunities");
    checkNotNull(rates, "rates");
    Map<OpportunityId, Opportunity> byId = new HashMap<>();
    for (Opportunity opportunity : opportunities) {
      byId.putIfAbsent(opportunity.id(), opportunity);
    }
    CurrencyUnit currency = campaign.cost().getCurrency();
    BigDecimal pipeline = BigDecimal.ZERO;
    BigDecimal won = BigDecimal.ZERO;
    for (OpportunityId id : campaign.opportunities()) {
      Opportunity opportunity = byId.get(id);
      if (opportunity == null) {
        continue;
      }
      BigDecimal amount =
          Conversion.number(
              opportunity.amount(),
              currency,
              rates,
              "opportunity " + id + " of campaign " + campaign.id());
      pipeline = pipeline.add(amount);
      if (opportunity.outcome() == Outcome.WON) {
        won = won.add(amount);
      }
    }
    int leads = campaign.leads().size();
    MonetaryAmount wonAmount = Money.of(MinorUnits.round(won, currency), currency);
    return new CampaignResult(
        campaign.id(),
        campaign.relationship(),
        campaign.kind(),
        campaign.cost(),
        leads,
        campaign.opportunities().size(),
        Money.of(MinorUnits.round(pipeline, currency), currency),
        wonAmount,
        costPerLead(campaign.cost(), leads),
        returnOnCost(wonAmount, campaign.cost()));
  }

  /**
   * Returns the results of the campaigns, ordered by relationship and campaign id.
   *
   * @throws IllegalArgumentException as {@link #of} does
   */
  public static ImmutableList<CampaignResult> of(
      Iterable<Campaign> campaigns, Iterable<Opportunity> opportunities, ExchangeRates rates) {
    checkNotNull(campaigns, "campaigns");
    ImmutableList.Builder<CampaignResult> results = ImmutableList.builder();
    for (Campaign campaign : campaigns) {
      results.add(of(campaign, opportunities, rates));
    }
    return ImmutableList.sortedCopyOf(ORDER, results.build());
  }

  /**
   * Adds up campaign results per relationship, kind (push before pull) and currency, in that order.
   */
  public static ImmutableList<PushPullComparison> compare(Iterable<CampaignResult> results) {
    checkNotNull(results, "results");
    Map<Key, List<CampaignResult>> groups =
        new TreeMap<>(
            Comparator.comparing(Key::relationship)
                .thenComparing(Key::kind)
                .thenComparing(Key::currency, Amounts.BY_CODE));
    for (CampaignResult result : results) {
      groups
          .computeIfAbsent(
              new Key(result.relationship(), result.kind(), result.currency()),
              key -> new ArrayList<>())
          .add(result);
    }
    ImmutableList.Builder<PushPullComparison> comparisons = ImmutableList.builder();
    groups.forEach(
        (key, group) -> {
          MonetaryAmount zero = Money.of(0, key.currency());
          MonetaryAmount cost = zero;
          MonetaryAmount pipeline = zero;
          MonetaryAmount won = zero;
          int leads = 0;
          int opportunities = 0;
          for (CampaignResult result : group) {
            cost = cost.add(result.cost());
            pipeline = pipeline.add(result.pipeline());
            won = won.add(result.won());
            leads += result.leads();
            opportunities += result.opportunities();
          }
          comparisons.add(
              new PushPullComparison(
                  key.relationship(),
                  key.kind(),
                  group.size(),
                  cost,
                  leads,
                  opportunities,
                  pipeline,
                  won,
                  costPerLead(cost, leads),
                  returnOnCost(won, cost)));
        });
    return comparisons.build();
  }

  private static Optional<MonetaryAmount> costPerLead(MonetaryAmount cost, int leads) {
    if (leads == 0) {
      return Optional.empty();
    }
    CurrencyUnit currency = cost.getCurrency();
    return Optional.of(
        Money.of(
            MinorUnits.divide(Amounts.number(cost), BigDecimal.valueOf(leads), currency),
            currency));
  }

  private static Optional<BigDecimal> returnOnCost(MonetaryAmount won, MonetaryAmount cost) {
    if (cost.isZero()) {
      return Optional.empty();
    }
    BigDecimal costNumber = Amounts.number(cost);
    return Optional.of(
        Amounts.number(won)
            .subtract(costNumber)
            .divide(costNumber, RATIO_DIGITS, RoundingMode.HALF_EVEN));
  }

  private record Key(RelationshipId relationship, CampaignKind kind, CurrencyUnit currency) {}
}
