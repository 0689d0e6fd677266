package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.benchmark.HalfYearPoint;
import org.alliancekit.scoring.benchmark.HalfYearRevenues;
import org.alliancekit.scoring.benchmark.HalfYearTrend;
import org.apiguardian.api.API;

/**
 * A portfolio's history as a panel: one observation per relationship and half-year that has both an
 * overall score and booked revenue, with the next half-year's revenue when it is booked.
 * Relationships with fewer than two observations cannot show a change and are left out; {@link
 * #leftOut()} counts them. Observations are in relationship id order, then half-year order,
 * whatever the order of the input.
 *
 * <p>Immutable and thread-safe.
 *
 * @param currency the currency of every revenue
 * @param observations the observations, ordered as said above
 * @param leftOut how many relationships were left out for having fewer than two observations
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EvidencePanel(
    CurrencyUnit currency, ImmutableList<PanelObservation> observations, int leftOut) {
  private static final Comparator<PanelObservation> ORDER =
      Comparator.comparing((PanelObservation o) -> o.relationship().value())
          .thenComparing(o -> o.half().year())
          .thenComparing(o -> o.half().number());

  /** Checks the values. */
  public EvidencePanel {
    checkNotNull(currency, "currency");
    checkNotNull(observations, "observations");
    checkArgument(leftOut >= 0, "left-out count %s must not be negative", leftOut);
  }

  /**
   * Builds the panel from each relationship's half-yearly scores and its booked revenue (read as
   * {@link HalfYearRevenues} reads it).
   *
   * @param trends at most one per relationship; the scores of each half-year, as the report
   *     combines the assessments of a half-year
   * @param revenues the revenue booked, in any order, all in {@code currency}
   * @param currency the currency of all revenue
   * @throws IllegalArgumentException if two trends are of one relationship, or as {@link
   *     HalfYearRevenues#of} throws
   */
  public static EvidencePanel of(
      Iterable<HalfYearTrend> trends, Iterable<PeriodRevenue> revenues, CurrencyUnit currency) {
    checkNotNull(trends, "trends");
    HalfYearRevenues booked = HalfYearRevenues.of(revenues, currency);
    Map<RelationshipId, HalfYearTrend> byRelationship = new TreeMap<>();
    for (HalfYearTrend trend : trends) {
      checkNotNull(trend, "trend");
      checkArgument(
          byRelationship.put(trend.relationship(), trend) == null,
          "relationship %s has two trends; give one trend per relationship",
          trend.relationship());
    }
    List<PanelObservation> observations = new ArrayList<>();
    for (HalfYearTrend trend : byRelationship.values()) {
      for (HalfYearPoint point : trend.points()) {
        Optional<BigDecimal> revenue = booked.revenue(trend.relationship(), point.half());
        if (revenue.isPresent()) {
          observations.add(
              new PanelObservation(
                  trend.relationship(),
                  point.half(),
                  point.overall(),
                  revenue.get(),
                  point.half().plus(1).flatMap(n -> booked.revenue(trend.relationship(), n))));
        }
      }
    }
    return of(currency, observations);
  }

  /**
   * Builds the panel from observations made elsewhere, leaving out relationships with fewer than
   * two.
   *
   * @throws IllegalArgumentException if a relationship has two observations of one half-year
   */
  public static EvidencePanel of(CurrencyUnit currency, Iterable<PanelObservation> observations) {
    checkNotNull(currency, "currency");
    checkNotNull(observations, "observations");
    Map<RelationshipId, List<PanelObservation>> byRelationship = new LinkedHashMap<>();
    for (PanelObservation observation : observations) {
      checkNotNull(observation, "observation");
      byRelationship
          .computeIfAbsent(observation.relationship(), r -> new ArrayList<>())
          .add(observation);
    }
    List<PanelObservation> kept = new ArrayList<>();
    int leftOut = 0;
    for (List<PanelObservation> own : byRelationship.values()) {
      own.sort(ORDER);
      for (int i = 1; i < own.size(); i++) {
        checkArgument(
            !own.get(i).half().equals(own.get(i - 1).half()),
            "relationship %s has two observations of %s",
            own.get(i).relationship(),
            own.get(i).half());
      }
      if (own.size() < 2) {
        leftOut++;
      } else {
        kept.addAll(own);
      }
    }
    kept.sort(ORDER);
    return new EvidencePanel(currency, ImmutableList.copyOf(kept), leftOut);
  }

  /** How many relationships the panel holds. */
  public int relationships() {
    return (int) observations.stream().map(PanelObservation::relationship).distinct().count();
  }
}
