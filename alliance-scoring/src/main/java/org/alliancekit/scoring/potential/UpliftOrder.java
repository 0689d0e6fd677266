package org.alliancekit.scoring.potential;

import java.math.BigDecimal;

/**
 * One defined uplift as a sort key, ordered as {@link PotentialRanking#BY_UPLIFT} orders: largest
 * uplift first, then by relationship id. The exact uplift is priced only when two keys are too
 * close for an estimate to decide, so ranking a large portfolio prices few uplifts exactly.
 *
 * <p><b>The estimate.</b> For the proportional rule the key holds {@code revenue x (attainable -
 * current) / current} in doubles and a bound on its distance from the exact, rounded uplift: the
 * decimal forms of the two scores lie within half an ulp of the doubles ({@link
 * BigDecimal#valueOf(double)} round-trips), the revenue's double within half an ulp of the decimal,
 * and the uplift is rounded to the minor unit, half a unit at most. The bound used, {@code 1e-12 x
 * |estimate| + 1e-15 x revenue / current + one minor unit}, is many times those errors; when two
 * estimates lie further apart than the sum of their bounds, the exact uplifts differ in the same
 * direction, so the order of the keys is the exact order either way. Any other model, a currency
 * without a minor unit, or a bound that is not finite leaves the key without an estimate, and it is
 * always compared exactly.
 *
 * <p>Not thread-safe: the exact uplift is cached in the key. Used within one call only.
 */
final class UpliftOrder implements Comparable<UpliftOrder> {
  private static final double RELATIVE_ERROR = 1e-12;
  private static final double SCORE_ERROR = 1e-15;

  private final RelationshipPotential potential;
  private final double estimate;
  private final double bound;
  private BigDecimal exact;

  private UpliftOrder(RelationshipPotential potential, double estimate, double bound) {
    this.potential = potential;
    this.estimate = estimate;
    this.bound = bound;
  }

  /** The key of a potential whose uplift is defined. */
  static UpliftOrder of(RelationshipPotential potential) {
    SalesPotential sales = potential.potential();
    double estimate = Double.NaN;
    double bound = Double.NaN;
    if (sales.isProportional()) {
      double current = sales.current();
      double attainable = sales.attainable();
      int digits = sales.revenue().getCurrency().getDefaultFractionDigits();
      // The potential was checked against the DecimalLimit when built; its number's double is
      // enough here, and reading it as one skips converting it to a decimal again.
      double revenue =
          attainable == current || !(current > 0.0)
              ? 0.0
              : sales.revenue().getNumber().doubleValue();
      estimate = estimate(revenue, current, attainable, digits);
      bound = bound(estimate, revenue, current, attainable, digits);
      if (bound != bound) {
        estimate = Double.NaN;
      }
    }
    return new UpliftOrder(potential, estimate, bound);
  }

  /**
   * The estimate of a proportional uplift, as the class documentation says: 0 when the two scores
   * are equal, NaN when the current score is not positive, the currency has no minor unit or the
   * estimate is not finite. The revenue is read only when the scores differ and the current score
   * is positive.
   */
  static double estimate(double revenue, double current, double attainable, int digits) {
    if (digits < 0) {
      return Double.NaN;
    }
    if (attainable == current) {
      return 0.0;
    }
    if (!(current > 0.0)) {
      return Double.NaN;
    }
    double estimate = revenue * (attainable - current) / current;
    return Double.isFinite(estimate) ? estimate : Double.NaN;
  }

  /**
   * The bound on the distance between an {@link #estimate} and the exact, rounded uplift: NaN when
   * the estimate is NaN or the bound is not finite.
   */
  static double bound(
      double estimate, double revenue, double current, double attainable, int digits) {
    if (estimate != estimate) {
      return Double.NaN;
    }
    if (attainable == current) {
      return 0.0;
    }
    double bound =
        RELATIVE_ERROR * Math.abs(estimate)
            + SCORE_ERROR * revenue / current
            + Math.pow(10, -digits);
    return Double.isFinite(bound) ? bound : Double.NaN;
  }

  /** The potential. */
  RelationshipPotential potential() {
    return potential;
  }

  /** The exact uplift, priced on first use. */
  private BigDecimal exact() {
    BigDecimal uplift = exact;
    if (uplift == null) {
      uplift = SalesPotential.decimal(potential.uplift().orElseThrow());
      exact = uplift;
    }
    return uplift;
  }

  /** Largest uplift first, then by relationship id; consistent with the exact order. */
  @Override
  public int compareTo(UpliftOrder other) {
    int order;
    if (bound == bound
        && other.bound == other.bound
        && Math.abs(estimate - other.estimate) > bound + other.bound) {
      order = estimate > other.estimate ? -1 : 1;
    } else {
      order = other.exact().compareTo(exact());
    }
    return order != 0 ? order : potential.relationship().compareTo(other.potential.relationship());
  }
}
