package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Estimates how alliance revenue moves with the overall score in a portfolio's own history.
 *
 * <p><b>The points.</b> Each observation of an {@link EvidencePanel} gives one point: its score in
 * percentage points ({@code x}, 0 to 100) and the natural logarithm of a revenue ({@code y}): the
 * revenue of the same half-year at lag 0, of the next half-year at lag 1 (an observation without
 * the next half-year's revenue gives no lag-1 point). A revenue of zero has no logarithm: such a
 * point is left out and counted ({@link ElasticityEstimate#zeroRevenues()}), never bent into a
 * number.
 *
 * <p><b>Within relationships</b> ({@link EstimateKind#WITHIN}, fixed effects): each relationship's
 * own mean {@code x} and mean {@code y} are removed from its points, and the slope is {@code sum(x'
 * y') / sum(x' x')} over all relationships with at least two points; R² is the squared correlation
 * of the demeaned points. <b>Across relationships</b> ({@link EstimateKind#ACROSS}): the ordinary
 * least-squares slope of {@code y} on {@code x} over all points; R² the squared correlation. The
 * elasticity is {@code 100 * (exp(slope) - 1)}: the percent change in revenue that one more
 * percentage point of score went with.
 *
 * <p><b>Interval.</b> The 90% interval is the 5th to 95th percentile of the elasticity over {@code
 * resamples} bootstrap resamples, each drawing as many relationships as the estimate uses, with
 * replacement, whole (all of a relationship's points together), from a {@link SplittableRandom}
 * seeded with {@code seed}; percentiles interpolate linearly between order statistics. A resample
 * whose scores do not vary gives no slope and is skipped. Everything runs on the calling thread, so
 * the same panel and seed give the same estimate on any machine.
 *
 * <p><b>Verdict.</b> {@link Verdict#SUPPORTED} when the whole interval lies above zero, {@link
 * Verdict#CONTRADICTED} when below, {@link Verdict#INCONCLUSIVE} otherwise; {@link
 * Verdict#INSUFFICIENT_DATA} with a reason when fewer than {@value #MIN_RELATIONSHIPS}
 * relationships give points (with at least two points each, within), or the scores never vary. The
 * verdict of the portfolio is that of the lag-1 within estimate: score now against revenue next.
 *
 * <p>A stateless utility.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SalesEvidence {
  /** The number of bootstrap resamples unless told otherwise. */
  public static final int DEFAULT_RESAMPLES = 2_000;

  /** The seed of the resamples unless told otherwise. */
  public static final long DEFAULT_SEED = 20_261_205L;

  /** The fewest relationships an estimate is made from. */
  public static final int MIN_RELATIONSHIPS = 3;

  private SalesEvidence() {}

  /**
   * The four standard estimates, within and across relationships at lags 0 and 1, with {@value
   * #DEFAULT_RESAMPLES} resamples and seed {@value #DEFAULT_SEED}.
   */
  public static ImmutableList<ElasticityEstimate> standard(EvidencePanel panel) {
    return standard(panel, DEFAULT_RESAMPLES, DEFAULT_SEED);
  }

  /** The four standard estimates: within at lag 0 and 1, then across at lag 0 and 1. */
  public static ImmutableList<ElasticityEstimate> standard(
      EvidencePanel panel, int resamples, long seed) {
    return ImmutableList.of(
        estimate(panel, EstimateKind.WITHIN, 0, resamples, seed),
        estimate(panel, EstimateKind.WITHIN, 1, resamples, seed),
        estimate(panel, EstimateKind.ACROSS, 0, resamples, seed),
        estimate(panel, EstimateKind.ACROSS, 1, resamples, seed));
  }

  /**
   * One estimate, as the class documentation says.
   *
   * @param lag 0 or 1
   * @param resamples 1 or more
   * @throws IllegalArgumentException if {@code lag} is not 0 or 1, {@code resamples} is below 1, or
   *     a revenue is too large for a {@code double}
   */
  public static ElasticityEstimate estimate(
      EvidencePanel panel, EstimateKind kind, int lag, int resamples, long seed) {
    checkNotNull(panel, "panel");
    checkNotNull(kind, "kind");
    checkArgument(lag == 0 || lag == 1, "lag %s must be 0 or 1", lag);
    checkArgument(resamples >= 1, "number of resamples %s must be at least 1", resamples);
    Map<RelationshipId, List<double[]>> points = new LinkedHashMap<>();
    int zeroRevenues = 0;
    for (PanelObservation observation : panel.observations()) {
      Optional<BigDecimal> revenue =
          lag == 0 ? Optional.of(observation.revenue()) : observation.nextRevenue();
      if (revenue.isEmpty()) {
        continue;
      }
      if (revenue.get().signum() == 0) {
        zeroRevenues++;
        continue;
      }
      double value = revenue.get().doubleValue();
      checkArgument(
          Double.isFinite(value),
          "revenue %s of relationship %s is too large to take its logarithm",
          revenue.get().toPlainString(),
          observation.relationship());
      points
          .computeIfAbsent(observation.relationship(), r -> new ArrayList<>())
          .add(new double[] {observation.score() * 100, Math.log(value)});
    }
    List<Sums> groups = new ArrayList<>();
    for (List<double[]> own : points.values()) {
      if (kind == EstimateKind.ACROSS || own.size() >= 2) {
        groups.add(Sums.of(own, kind == EstimateKind.WITHIN));
      }
    }
    Sums total = Sums.total(groups);
    String missing = null;
    if (groups.size() < MIN_RELATIONSHIPS) {
      missing =
          "only "
              + groups.size()
              + " relationship(s) have "
              + (kind == EstimateKind.WITHIN ? "two or more" : "any")
              + " half-years with a score and revenue"
              + (lag == 1 ? " in the next half-year" : "")
              + "; an estimate needs at least "
              + MIN_RELATIONSHIPS;
    } else if (!(total.sxx() > 0)) {
      missing =
          kind == EstimateKind.WITHIN
              ? "no relationship's score changed between its half-years"
              : "every observation has the same score";
    }
    if (missing != null) {
      return new ElasticityEstimate(
          kind,
          lag,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          groups.size(),
          total.n(),
          zeroRevenues,
          resamples,
          seed,
          Verdict.INSUFFICIENT_DATA,
          Optional.of(missing));
    }
    double slope = total.slope();
    double[] boot = bootstrap(groups, resamples, seed);
    double low = elasticity(percentile(boot, 0.05));
    double high = elasticity(percentile(boot, 0.95));
    Verdict verdict =
        low > 0 ? Verdict.SUPPORTED : high < 0 ? Verdict.CONTRADICTED : Verdict.INCONCLUSIVE;
    return new ElasticityEstimate(
        kind,
        lag,
        OptionalDouble.of(slope),
        OptionalDouble.of(elasticity(slope)),
        OptionalDouble.of(low),
        OptionalDouble.of(high),
        OptionalDouble.of(percentile(boot, 0.10)),
        OptionalDouble.of(percentile(boot, 0.50)),
        OptionalDouble.of(percentile(boot, 0.90)),
        total.syy() > 0
            ? OptionalDouble.of(total.sxy() * total.sxy() / (total.sxx() * total.syy()))
            : OptionalDouble.empty(),
        groups.size(),
        total.n(),
        zeroRevenues,
        resamples,
        seed,
        verdict,
        Optional.empty());
  }

  /** The verdict of a portfolio: that of its lag-1 within estimate among {@code estimates}. */
  public static Verdict verdict(List<ElasticityEstimate> estimates) {
    checkNotNull(estimates, "estimates");
    return estimates.stream()
        .filter(e -> e.kind() == EstimateKind.WITHIN && e.lag() == 1)
        .findFirst()
        .map(ElasticityEstimate::verdict)
        .orElseThrow(() -> new IllegalArgumentException("no lag-1 within estimate among them"));
  }

  /** The percent change in revenue per percentage point of score for a slope of log revenue. */
  public static double elasticity(double slope) {
    return 100 * Math.expm1(slope);
  }

  /**
   * The slopes of the resamples that have one, sorted. Each resample draws {@code m} groups with
   * replacement ({@code random.nextInt(m)}, in order, from one generator for all resamples) and
   * counts how often it drew each; its sums are then each group's sums times its count, added in
   * the order of the groups. The random accesses of a resample go to the counts (one {@code int} a
   * group), and the groups' sums are read in order, so a large portfolio's resamples do not wait on
   * the memory for every draw. The groups' sums are laid out in one array: a slope needs neither
   * the sum of squared revenues nor, for within groups (whose plain sums are zero, so that centring
   * leaves their sums as they are), the count and the plain sums, so the array holds two doubles a
   * within group and, with the counts of points apart, four an across group.
   */
  private static double[] bootstrap(List<Sums> groups, int resamples, long seed) {
    boolean centred = true;
    for (Sums g : groups) {
      centred &= g.sx() == 0 && g.sy() == 0;
    }
    return centred
        ? bootstrapCentred(groups, resamples, seed)
        : bootstrapRaw(groups, resamples, seed);
  }

  /** Draws one resample: how often each of the {@code counts.length} groups is drawn. */
  private static void draw(int[] counts, SplittableRandom random) {
    int m = counts.length;
    for (int k = 0; k < m; k++) {
      counts[random.nextInt(m)]++;
    }
  }

  /** {@link #bootstrap} of groups whose plain sums are all zero. */
  private static double[] bootstrapCentred(List<Sums> groups, int resamples, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = groups.size();
    double[] sums = new double[m * 2];
    for (int k = 0; k < m; k++) {
      Sums g = groups.get(k);
      sums[k * 2] = g.rawSxx();
      sums[k * 2 + 1] = g.rawSxy();
    }
    int[] counts = new int[m];
    double[] slopes = new double[resamples];
    int kept = 0;
    for (int r = 0; r < resamples; r++) {
      draw(counts, random);
      double sxx = 0;
      double sxy = 0;
      for (int k = 0; k < m; k++) {
        int count = counts[k];
        counts[k] = 0;
        sxx += count * sums[k * 2];
        sxy += count * sums[k * 2 + 1];
      }
      // Centring subtracts 0 * 0 / n from each sum, which leaves it as it is.
      if (sxx > 0) {
        slopes[kept++] = sxy / sxx;
      }
    }
    return sorted(slopes, kept);
  }

  /** {@link #bootstrap} of groups with plain sums: each resample's sums are centred. */
  private static double[] bootstrapRaw(List<Sums> groups, int resamples, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = groups.size();
    int[] points = new int[m];
    double[] sums = new double[m * 4];
    for (int k = 0; k < m; k++) {
      Sums g = groups.get(k);
      points[k] = g.n();
      int at = k * 4;
      sums[at] = g.sx();
      sums[at + 1] = g.sy();
      sums[at + 2] = g.rawSxx();
      sums[at + 3] = g.rawSxy();
    }
    int[] counts = new int[m];
    double[] slopes = new double[resamples];
    int kept = 0;
    for (int r = 0; r < resamples; r++) {
      draw(counts, random);
      long n = 0;
      double sx = 0;
      double sy = 0;
      double sxx = 0;
      double sxy = 0;
      for (int k = 0; k < m; k++) {
        int count = counts[k];
        counts[k] = 0;
        int at = k * 4;
        n += (long) count * points[k];
        sx += count * sums[at];
        sy += count * sums[at + 1];
        sxx += count * sums[at + 2];
        sxy += count * sums[at + 3];
      }
      // The sum of squared revenues does not enter the slope, so it is left at zero.
      Sums sample = Sums.centred(Math.toIntExact(n), sx, sy, sxx, sxy, 0);
      if (sample.sxx() > 0) {
        slopes[kept++] = sample.slope();
      }
    }
    return sorted(slopes, kept);
  }

  /** The first {@code kept} slopes, sorted. */
  private static double[] sorted(double[] slopes, int kept) {
    double[] sorted = Arrays.copyOf(slopes, kept);
    Arrays.sort(sorted);
    return sorted;
  }

  /** The {@code p} quantile of sorted values, interpolating linearly between order statistics. */
  static double percentile(double[] sorted, double p) {
    checkArgument(sorted.length > 0, "no resample gave a slope");
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  /**
   * The sums of a group of points. For a within group, {@code sx} and {@code sy} are zero and the
   * raw sums are those of the demeaned points, so that adding groups adds their within sums; for an
   * across group they are the plain sums.
   */
  private record Sums(int n, double sx, double sy, double rawSxx, double rawSxy, double rawSyy) {
    static Sums of(List<double[]> points, boolean demean) {
      int n = points.size();
      double mx = 0;
      double my = 0;
      if (demean) {
        for (double[] p : points) {
          mx += p[0];
          my += p[1];
        }
        mx /= n;
        my /= n;
      }
      double sx = 0;
      double sy = 0;
      double sxx = 0;
      double sxy = 0;
      double syy = 0;
      for (double[] p : points) {
        double x = p[0] - mx;
        double y = p[1] - my;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        syy += y * y;
      }
      return demean ? new Sums(n, 0, 0, sxx, sxy, syy) : new Sums(n, sx, sy, sxx, sxy, syy);
    }

    static Sums total(List<Sums> groups) {
      int n = 0;
      double sx = 0;
      double sy = 0;
      double sxx = 0;
      double sxy = 0;
      double syy = 0;
      for (Sums g : groups) {
        n += g.n();
        sx += g.sx();
        sy += g.sy();
        sxx += g.rawSxx();
        sxy += g.rawSxy();
        syy += g.rawSyy();
      }
      return centred(n, sx, sy, sxx, sxy, syy);
    }

    /** Centres raw sums on their means (a no-op for within sums, whose plain sums are zero). */
    static Sums centred(int n, double sx, double sy, double sxx, double sxy, double syy) {
      if (n == 0) {
        return new Sums(0, 0, 0, 0, 0, 0);
      }
      return new Sums(n, 0, 0, sxx - sx * sx / n, sxy - sx * sy / n, syy - sy * sy / n);
    }

    double sxx() {
      return rawSxx;
    }

    double sxy() {
      return rawSxy;
    }

    double syy() {
      return rawSyy;
    }

    double slope() {
      return rawSxy / rawSxx;
    }
  }
}
