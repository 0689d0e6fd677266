package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * A relationship's place when a portfolio is ranked by its calibrated median uplift, beside its
 * place under the proportional rule, so that the ranks that change are plain to see.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uplift the relationship's uplifts
 * @param rankP50 its rank by the median calibrated uplift, 1 for the largest
 * @param rankProportional its rank by the proportional rule's uplift, 1 for the largest; empty when
 *     that uplift is undefined
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CalibratedRank(CalibratedUplift uplift, int rankP50, OptionalInt rankProportional) {
  private static final Comparator<CalibratedUplift> BY_P50 =
      Comparator.comparing((CalibratedUplift u) -> number(u.p50()))
          .reversed()
          .thenComparing(u -> u.relationship().value());

  /** Checks the values. */
  public CalibratedRank {
    checkNotNull(uplift, "uplift");
    checkNotNull(rankProportional, "rankProportional");
    checkArgument(rankP50 >= 1, "rank %s must be 1 or more", rankP50);
  }

  /** How many places the relationship moved up (positive) or down against the proportional rule. */
  public OptionalInt change() {
    return rankProportional.isPresent()
        ? OptionalInt.of(rankProportional.getAsInt() - rankP50)
        : OptionalInt.empty();
  }

  /**
   * Ranks the uplifts of a portfolio by their median, largest first, ties by relationship id; each
   * with its rank under the proportional rule (largest first, ties by id; relationships whose
   * proportional uplift is undefined are not ranked by it).
   *
   * @throws IllegalArgumentException if the uplifts are in more than one currency or a relationship
   *     appears twice
   */
  public static ImmutableList<CalibratedRank> rank(List<CalibratedUplift> uplifts) {
    checkNotNull(uplifts, "uplifts");
    Set<RelationshipId> seen = new HashSet<>();
    CurrencyUnit currency = null;
    for (CalibratedUplift uplift : uplifts) {
      checkNotNull(uplift, "uplift");
      checkArgument(
          seen.add(uplift.relationship()),
          "relationship %s appears more than once",
          uplift.relationship());
      CurrencyUnit own = uplift.p50().getCurrency();
      checkArgument(
          currency == null || currency.equals(own),
          "uplifts are in %s and %s; rank one currency at a time",
          currency,
          own);
      currency = own;
    }
    List<CalibratedUplift> byP50 = new ArrayList<>(uplifts);
    byP50.sort(BY_P50);
    List<CalibratedUplift> byProportional =
        uplifts.stream()
            .filter(u -> u.proportional().isPresent())
            .sorted(
                Comparator.comparing((CalibratedUplift u) -> number(u.proportional().orElseThrow()))
                    .reversed()
                    .thenComparing(u -> u.relationship().value()))
            .toList();
    Map<RelationshipId, Integer> proportionalRanks = new HashMap<>();
    for (int i = 0; i < byProportional.size(); i++) {
      proportionalRanks.put(byProportional.get(i).relationship(), i + 1);
    }
    ImmutableList.Builder<CalibratedRank> ranks = ImmutableList.builder();
    for (int i = 0; i < byP50.size(); i++) {
      CalibratedUplift uplift = byP50.get(i);
      Integer proportional = proportionalRanks.get(uplift.relationship());
      ranks.add(
          new CalibratedRank(
              uplift,
              i + 1,
              proportional == null ? OptionalInt.empty() : OptionalInt.of(proportional)));
    }
    return ranks.build();
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }
}
