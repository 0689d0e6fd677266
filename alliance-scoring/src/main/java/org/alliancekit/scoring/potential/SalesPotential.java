package org.alliancekit.scoring.potential;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.MinorUnits;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The alliance sales potential of one relationship: the extra revenue it could make if its
 * best-practice score rose from the current score to the attainable one.
 *
 * <p>The estimate assumes that alliance revenue grows in proportion to the score, so the uplift is
 * {@code revenue x (attainable / current - 1)}. A weak relationship therefore has more room to grow
 * than a strong one, whatever their revenues:
 *
 * <ul>
 *   <li>GBP 1,000,000 at 30% that can reach 60% doubles its score, so its uplift is GBP
 *       1,000,000.00;
 *   <li>GBP 5,000,000 at 70% that can reach 80% grows its score by a seventh (14.29%), so its
 *       uplift is GBP 714,285.71.
 * </ul>
 *
 * <p>The benchmark report these examples come from prints about GBP 712,000 for the second: it
 * rounded the growth to 14.25% before multiplying. Here nothing is rounded until the end.
 *
 * <p><b>Arithmetic.</b> Each score is turned into a decimal with {@link BigDecimal#valueOf(double)}
 * (its shortest decimal form, so 0.3 is exactly three tenths). The uplift is {@code revenue x
 * (attainable - current) / current}, computed exactly in {@code BigDecimal} up to the single
 * division, which rounds once, half to even, to the currency's minor unit by {@link
 * MinorUnits#divide} (two digits for GBP or EUR, none for JPY; a currency without a minor unit is
 * divided to 34 significant digits instead). The result is a {@link Money} in the revenue's
 * currency; {@code Money} compares by value and may drop trailing zeros, so an uplift of GBP
 * 1,000,000.00 can print as {@code GBP 1000000}.
 *
 * <p><b>Zero scores and no change.</b> The rules, in this order:
 *
 * <ol>
 *   <li>when the attainable score equals the current one (zero included), the uplift is zero: no
 *       change in score, no change in revenue;
 *   <li>when the current score is zero and the revenue is zero too, the uplift is zero: a
 *       proportional model scales the revenue there is, and there is none;
 *   <li>when the current score is zero and the revenue is not, the ratio is undefined: {@link
 *       #uplift()} is empty and {@link #status()} is {@link UpliftStatus#UNDEFINED_ZERO_SCORE}.
 *       Nothing is ever divided by zero.
 * </ol>
 *
 * <p>An attainable score below the current one (only a custom {@link ImprovementModel} can give
 * one) leads to a negative uplift, the revenue the relationship stands to lose.
 *
 * <pre>{@code
 * SalesPotential potential = SalesPotential.of(Money.of(1_000_000, "GBP"), 0.30, 0.60);
 * potential.uplift(); // Optional[GBP 1000000.00]
 * SalesPotential.estimate(Money.of(5_000_000, "GBP"), 0.70, ImprovementModel.target(0.80));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class SalesPotential implements WithSalesPotential {
  SalesPotential() {}

  /** The relationship's current revenue; zero or more. */
  @Value.Parameter
  public abstract MonetaryAmount revenue();

  /** The current best-practice score, between 0 and 1. */
  @Value.Parameter
  public abstract double current();

  /** The attainable best-practice score, between 0 and 1. */
  @Value.Parameter
  public abstract double attainable();

  /**
   * How revenue responds to the score: {@link PotentialModel#proportional()} unless set. The
   * arithmetic described above is that of the proportional rule.
   */
  @Value.Default
  public PotentialModel potentialModel() {
    return PotentialModel.proportional();
  }

  /**
   * The computed uplift and its status. Priced on first use: the proportional rule cannot fail on a
   * potential that passed {@link #check()}, so a ranking prices exactly only the uplifts it has to
   * compare or show; every other model is priced, and so validated, when the potential is built.
   */
  @Value.Lazy
  Outcome outcome() {
    return compute(revenue(), current(), attainable(), potentialModel());
  }

  /** Whether the uplift is priced by the proportional rule, which {@link #check()} validates. */
  boolean isProportional() {
    return potentialModel() == ProportionalModel.INSTANCE;
  }

  /**
   * The extra revenue the attainable score is worth, in the revenue's currency, rounded as the
   * class documentation says; empty when {@link #status()} is {@link
   * UpliftStatus#UNDEFINED_ZERO_SCORE}.
   */
  public Optional<MonetaryAmount> uplift() {
    return outcome().uplift();
  }

  /** Whether the uplift is defined, and if not, why not. */
  public UpliftStatus status() {
    if (isProportional()) {
      // The proportional rule leaves the uplift undefined only for a change from a zero score with
      // revenue (compute and ProportionalModel.uplift); no need to price it to know.
      return attainable() != current() && current() == 0.0 && !revenue().isZero()
          ? UpliftStatus.UNDEFINED_ZERO_SCORE
          : UpliftStatus.DEFINED;
    }
    return outcome().status();
  }

  /** Whether the uplift is defined. */
  public boolean isDefined() {
    return status() == UpliftStatus.DEFINED;
  }

  /** The revenue plus the uplift: what the relationship could make; empty when the uplift is. */
  public Optional<MonetaryAmount> projectedRevenue() {
    return uplift()
        .map(uplift -> Money.of(decimal(revenue()).add(decimal(uplift)), revenue().getCurrency()));
  }

  /**
   * Returns the potential of a relationship with the given revenue, current and attainable scores.
   *
   * @throws IllegalArgumentException if the revenue is negative or a score is not a number between
   *     0 and 1
   */
  public static SalesPotential of(MonetaryAmount revenue, double current, double attainable) {
    return ImmutableSalesPotential.of(revenue, current, attainable);
  }

  /**
   * Returns the potential of a relationship with the given revenue and current score, whose
   * attainable score comes from {@code model}.
   *
   * @throws IllegalArgumentException if the revenue is negative, the current score is not a number
   *     between 0 and 1, or the model returns one that is not
   */
  public static SalesPotential estimate(
      MonetaryAmount revenue, double current, ImprovementModel model) {
    Scores.unit("current score", current);
    return of(revenue, current, model.attainable(current));
  }

  /**
   * Returns the potential of a relationship with the given revenue and current score, whose
   * attainable score comes from {@code model} and whose uplift is priced by {@code potentialModel}.
   *
   * @throws IllegalArgumentException if the revenue is negative, the current score is not a number
   *     between 0 and 1, or the model returns one that is not
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static SalesPotential estimate(
      MonetaryAmount revenue,
      double current,
      ImprovementModel model,
      PotentialModel potentialModel) {
    return estimate(revenue, current, model).withPotentialModel(potentialModel);
  }

  /** Returns a new builder; revenue, current and attainable are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SalesPotential}. {@code build()} throws {@link IllegalStateException} naming
   * any missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableSalesPotential.Builder {
    Builder() {}
  }

  /**
   * Checks what {@link #compute} checks before pricing, so that a potential is refused when it is
   * built whatever its model: a negative revenue, a score outside [0, 1], an amount beyond the
   * {@link DecimalLimit}. A model other than the proportional rule is priced here too, so its
   * errors also surface at once.
   */
  @Value.Check
  void check() {
    MonetaryAmount revenue = revenue();
    checkArgument(!revenue.isNegative(), "revenue %s must not be negative", revenue);
    Scores.unit("current score", current());
    Scores.unit("attainable score", attainable());
    decimal(revenue);
    if (!isProportional()) {
      outcome();
    }
  }

  private static Outcome compute(
      MonetaryAmount revenue, double current, double attainable, PotentialModel model) {
    checkArgument(!revenue.isNegative(), "revenue %s must not be negative", revenue);
    Scores.unit("current score", current);
    Scores.unit("attainable score", attainable);
    if (attainable == current) {
      CurrencyUnit currency = revenue.getCurrency();
      decimal(revenue);
      return new Outcome(
          Optional.of(Money.of(MinorUnits.round(BigDecimal.ZERO, currency), currency)),
          UpliftStatus.DEFINED);
    }
    Optional<MonetaryAmount> uplift = model.uplift(revenue, current, attainable);
    checkNotNull(uplift, "uplift of %s", model);
    uplift.ifPresent(
        amount ->
            checkArgument(
                amount.getCurrency().equals(revenue.getCurrency()),
                "potential model %s priced an uplift of %s in %s, not in the revenue's currency",
                model,
                revenue,
                amount.getCurrency()));
    return new Outcome(
        uplift, uplift.isPresent() ? UpliftStatus.DEFINED : UpliftStatus.UNDEFINED_ZERO_SCORE);
  }

  /**
   * The amount's number, within the {@link DecimalLimit}: a short number such as {@code
   * 1E+999999999} is otherwise a billion digits once rounded to cents.
   */
  static BigDecimal decimal(MonetaryAmount amount) {
    BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
    // The field's name is only built for the error message.
    return DecimalLimit.fits(number)
        ? number
        : DecimalLimit.check("amount " + amount.getCurrency().getCurrencyCode(), number);
  }

  /** The uplift and its status. */
  record Outcome(Optional<MonetaryAmount> uplift, UpliftStatus status) {}
}
