package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.RevenuePeriod.Length;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.benchmark.HalfYearPoint;
import org.alliancekit.scoring.benchmark.HalfYearRevenues;
import org.alliancekit.scoring.benchmark.HalfYearTrend;
import org.alliancekit.scoring.internal.RevenueChecks;
import org.apiguardian.api.API;

/**
 * A portfolio's history as a panel: one observation per relationship and half-year (or quarter, see
 * {@link #quarterly}) that has both an overall score and booked revenue, with the next period's
 * revenue when it is booked. All observations of a panel are of one period length. Relationships
 * with fewer than two observations cannot show a change and are left out; {@link #leftOut()} counts
 * them. Observations are in relationship id order, then half-year order, whatever the order of the
 * input.
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
   * Builds a quarterly panel: each relationship's assessments combined per fiscal quarter and
   * scored, beside the revenue booked for that quarter and the next one.
   *
   * <p>Only revenue booked by quarter enters: a half-year booking cannot be split into its quarters
   * without inventing a split, so a relationship that books by half-year has no quarterly
   * observations (and is counted in {@link #leftOut()} when it has assessments). A quarter booked
   * twice for one relationship is an error.
   *
   * @param assessments the assessments of every relationship, in any order
   * @param revenues the revenue booked, in any order, all in {@code currency}
   * @param rule scores each quarter's combined assessment
   * @param combiner combines each quarter's assessments into one, even a single one
   * @param fiscalYearStart the month the fiscal years start in
   * @param currency the currency of all revenue
   * @throws IllegalArgumentException if a revenue is in another currency, a relationship books a
   *     quarter twice, or the combiner or rule cannot handle a quarter's assessments
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static EvidencePanel quarterly(
      Iterable<Assessment> assessments,
      Iterable<PeriodRevenue> revenues,
      ScoringRule rule,
      AssessmentCombiner combiner,
      Month fiscalYearStart,
      CurrencyUnit currency) {
    checkNotNull(assessments, "assessments");
    checkNotNull(revenues, "revenues");
    checkNotNull(rule, "rule");
    checkNotNull(combiner, "combiner");
    checkNotNull(fiscalYearStart, "fiscalYearStart");
    checkNotNull(currency, "currency");
    Map<RelationshipId, Map<RevenuePeriod, BigDecimal>> booked = new HashMap<>();
    for (PeriodRevenue revenue : revenues) {
      RevenueChecks.inCurrency(revenue, currency);
      if (revenue.period().length() != Length.QUARTER) {
        continue;
      }
      BigDecimal earlier =
          booked
              .computeIfAbsent(revenue.relationship(), r -> new HashMap<>())
              .put(revenue.period(), Amounts.number(revenue.amount()));
      checkArgument(
          earlier == null,
          "relationship %s books revenue for %s twice; book each period once",
          revenue.relationship(),
          revenue.period());
    }
    Map<RelationshipId, Map<RevenuePeriod, List<Assessment>>> byQuarter = new TreeMap<>();
    for (Assessment assessment : assessments) {
      checkNotNull(assessment, "assessment");
      byQuarter
          .computeIfAbsent(assessment.relationship(), r -> new TreeMap<>())
          .computeIfAbsent(
              RevenuePeriod.containing(assessment.date(), Length.QUARTER, fiscalYearStart),
              q -> new ArrayList<>())
          .add(assessment);
    }
    List<PanelObservation> observations = new ArrayList<>();
    int withoutRevenue = 0;
    for (Map.Entry<RelationshipId, Map<RevenuePeriod, List<Assessment>>> own :
        byQuarter.entrySet()) {
      Map<RevenuePeriod, BigDecimal> quarters = booked.getOrDefault(own.getKey(), Map.of());
      boolean any = false;
      for (Map.Entry<RevenuePeriod, List<Assessment>> quarter : own.getValue().entrySet()) {
        BigDecimal revenue = quarters.get(quarter.getKey());
        if (revenue == null) {
          continue;
        }
        Score score =
            checkNotNull(
                rule.score(combiner.combine(quarter.getValue())),
                "rule %s returned no score",
                rule);
        observations.add(
            new PanelObservation(
                own.getKey(),
                quarter.getKey(),
                score.overall(),
                revenue,
                quarter.getKey().plus(1).map(quarters::get)));
        any = true;
      }
      if (!any) {
        withoutRevenue++;
      }
    }
    EvidencePanel panel = of(currency, observations);
    return new EvidencePanel(currency, panel.observations(), panel.leftOut() + withoutRevenue);
  }

  /**
   * Builds the panel from observations made elsewhere, leaving out relationships with fewer than
   * two.
   *
   * @throws IllegalArgumentException if a relationship has two observations of one period, or the
   *     observations mix half-years and quarters
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
    Length length = null;
    for (List<PanelObservation> own : byRelationship.values()) {
      for (PanelObservation observation : own) {
        Length its = observation.half().length();
        checkArgument(
            length == null || length == its,
            "observations mix half-years and quarters (%s of relationship %s); a panel holds one"
                + " period length",
            observation.half(),
            observation.relationship());
        length = its;
      }
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
