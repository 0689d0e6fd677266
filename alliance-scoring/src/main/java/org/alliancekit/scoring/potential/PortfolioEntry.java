package org.alliancekit.scoring.potential;

import static org.apiguardian.api.API.Status.STABLE;

import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One relationship of a portfolio to triage: its id, its current alliance revenue and its current
 * best-practice score.
 *
 * <pre>{@code
 * PortfolioEntry acme =
 *     PortfolioEntry.of(RelationshipId.of("acme"), Money.of(1_000_000, "GBP"), 0.30);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PortfolioEntry implements WithPortfolioEntry {
  PortfolioEntry() {}

  /** The relationship. */
  @Value.Parameter
  public abstract RelationshipId relationship();

  /** The relationship's current alliance revenue; zero or more. */
  @Value.Parameter
  public abstract MonetaryAmount revenue();

  /** The relationship's current best-practice score, between 0 and 1. */
  @Value.Parameter
  public abstract double score();

  /**
   * Returns the entry of one relationship.
   *
   * @throws IllegalArgumentException if the revenue is negative or the score is not a number
   *     between 0 and 1
   */
  public static PortfolioEntry of(
      RelationshipId relationship, MonetaryAmount revenue, double score) {
    return ImmutablePortfolioEntry.of(relationship, revenue, score);
  }

  /** Returns a new builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PortfolioEntry}. {@code build()} throws {@link IllegalStateException} naming
   * any missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePortfolioEntry.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (revenue().isNegative()) {
      throw new IllegalArgumentException(negativeRevenue(relationship(), revenue()));
    }
    if (!validScore(score())) {
      throw new IllegalArgumentException(badScore(relationship(), score()));
    }
  }

  static boolean validScore(double score) {
    return score >= 0.0 && score <= 1.0;
  }

  static String negativeRevenue(RelationshipId relationship, MonetaryAmount revenue) {
    return "revenue " + revenue + " of relationship " + relationship + " must not be negative";
  }

  static String badScore(RelationshipId relationship, double score) {
    return "score "
        + score
        + " of relationship "
        + relationship
        + " must be a number between 0 and 1";
  }
}
