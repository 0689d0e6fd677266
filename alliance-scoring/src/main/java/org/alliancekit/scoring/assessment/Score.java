package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The best-practice score of one relationship from one assessment: the overall score in [0, 1]
 * (shown as a percentage), one {@link CategoryScore} per scored alignment area, the coverage of the
 * catalog, and each factor's part.
 *
 * <p>Two scores are equal when all their attributes are, whether a rule or a builder made them.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Score {
  Score() {}

  /** The relationship scored. */
  public abstract RelationshipId relationship();

  /** The date of the assessment scored. */
  public abstract LocalDate date();

  /** The name of the factor catalog the assessment used. */
  public abstract String catalog();

  /** The overall best-practice score, in [0, 1]. */
  public abstract double overall();

  /**
   * The scores of the areas that could be scored, in {@link FactorCategory} order. An area is
   * missing when none of its factors has a value under the rule's {@link MissingRatingPolicy}.
   */
  public abstract ImmutableList<CategoryScore> categories();

  /** Every factor the rule considered, in catalog order. */
  public abstract ImmutableList<FactorScore> factors();

  /** Share of the catalog's factors that have a known rating, in [0, 1]. */
  public abstract double coverage();

  /** The overall score as a percentage, 0 to 100. */
  public double percent() {
    return overall() * 100;
  }

  /** The score of the given area, if it was scored. */
  public Optional<CategoryScore> category(FactorCategory category) {
    checkNotNull(category, "category");
    for (CategoryScore score : categories()) {
      if (score.category() == category) {
        return Optional.of(score);
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code n} factors with the highest values, highest first; ties keep catalog order. Factors
   * without a value are not listed.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public ImmutableList<FactorScore> strongest(int n) {
    return top(
        n, Comparator.comparingDouble((FactorScore f) -> f.value().getAsDouble()).reversed());
  }

  /**
   * The {@code n} factors with the lowest values, lowest first; ties keep catalog order. Factors
   * without a value are not listed.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public ImmutableList<FactorScore> weakest(int n) {
    return top(n, Comparator.comparingDouble((FactorScore f) -> f.value().getAsDouble()));
  }

  private ImmutableList<FactorScore> top(int n, Comparator<FactorScore> order) {
    checkArgument(n >= 0, "number of factors %s must not be negative", n);
    return ImmutableList.copyOf(
        Ordering.from(order)
            .leastOf(factors().stream().filter(f -> f.value().isPresent()).iterator(), n));
  }

  /**
   * Whether the other object is a score with equal attributes; the two doubles are compared by
   * their bits, as {@link Double#equals} does.
   */
  @Override
  public final boolean equals(Object other) {
    return this == other
        || other instanceof Score that
            && relationship().equals(that.relationship())
            && date().equals(that.date())
            && catalog().equals(that.catalog())
            && Double.doubleToLongBits(overall()) == Double.doubleToLongBits(that.overall())
            && categories().equals(that.categories())
            && factors().equals(that.factors())
            && Double.doubleToLongBits(coverage()) == Double.doubleToLongBits(that.coverage());
  }

  /** A hash code of every attribute, consistent with {@link #equals}. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + relationship().hashCode();
    h += (h << 5) + date().hashCode();
    h += (h << 5) + catalog().hashCode();
    h += (h << 5) + Double.hashCode(overall());
    h += (h << 5) + categories().hashCode();
    h += (h << 5) + factors().hashCode();
    h += (h << 5) + Double.hashCode(coverage());
    return h;
  }

  /** The score as {@code Score{relationship=..., date=..., catalog=..., ...}}. */
  @Override
  public final String toString() {
    return MoreObjects.toStringHelper("Score")
        .add("relationship", relationship())
        .add("date", date())
        .add("catalog", catalog())
        .add("overall", overall())
        .add("categories", categories())
        .add("factors", factors())
        .add("coverage", coverage())
        .toString();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Score}; scoring rules build them, users rarely need to. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableScore.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    check(relationship(), overall(), coverage());
    ImmutableList<CategoryScore> categories = categories();
    for (int i = 1; i < categories.size(); i++) {
      if (categories.get(i - 1).category().compareTo(categories.get(i).category()) >= 0) {
        throw new IllegalArgumentException(
            lenientFormat(
                "area scores of relationship %s must be distinct and in category order: %s",
                relationship(), categories));
      }
    }
  }

  /**
   * Checks that the overall score and the coverage lie in [0, 1], as the builder does, for scores
   * that check their areas in another way.
   *
   * @throws IllegalArgumentException naming the relationship, the attribute and its value
   */
  static void check(RelationshipId relationship, double overall, double coverage) {
    if (!(overall >= 0 && overall <= 1)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "overall score %s of relationship %s must be between 0 and 1",
              overall, relationship));
    }
    if (!(coverage >= 0 && coverage <= 1)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "coverage %s of relationship %s must be between 0 and 1", coverage, relationship));
    }
  }
}
