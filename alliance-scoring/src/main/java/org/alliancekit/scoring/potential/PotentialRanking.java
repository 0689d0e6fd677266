package org.alliancekit.scoring.potential;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import com.google.common.collect.Ordering;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A portfolio ranked by alliance sales potential, as {@link PotentialTriage} produces it: the
 * relationships with a defined uplift, largest uplift first (ties broken by relationship id), then
 * the relationships whose uplift is undefined, by relationship id, each with its {@link
 * UpliftStatus}. Every relationship of the portfolio appears exactly once, and every revenue and
 * uplift is in one currency.
 *
 * <p>Two rankings are equal when their two lists are, whether {@link PotentialTriage} or a builder
 * made them.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class PotentialRanking implements WithPotentialRanking {
  /** Largest uplift first, then by relationship id. */
  static final Comparator<RelationshipPotential> BY_UPLIFT =
      Comparator.comparing(
              (RelationshipPotential p) -> SalesPotential.decimal(p.uplift().orElseThrow()))
          .reversed()
          .thenComparing(RelationshipPotential::relationship);

  static final Comparator<RelationshipPotential> BY_RELATIONSHIP =
      Comparator.comparing(RelationshipPotential::relationship);

  PotentialRanking() {}

  /**
   * The relationships with a defined uplift, largest uplift first; equal uplifts in relationship id
   * order. The first has rank 1.
   */
  public abstract ImmutableList<RelationshipPotential> ranked();

  /**
   * The relationships whose uplift is undefined, in relationship id order; {@link
   * RelationshipPotential#status()} says why.
   */
  public abstract ImmutableList<RelationshipPotential> undefined();

  /** Every relationship: the ranked ones in rank order, then the undefined ones. */
  public ImmutableList<RelationshipPotential> all() {
    return ImmutableList.<RelationshipPotential>builder()
        .addAll(ranked())
        .addAll(undefined())
        .build();
  }

  /** The currency of every revenue and uplift; empty for an empty portfolio. */
  public Optional<CurrencyUnit> currency() {
    ImmutableList<RelationshipPotential> first = ranked().isEmpty() ? undefined() : ranked();
    return first.isEmpty()
        ? Optional.empty()
        : Optional.of(first.get(0).potential().revenue().getCurrency());
  }

  /**
   * The rank of a relationship, starting at 1 for the largest uplift; empty when the relationship
   * is not ranked (its uplift is undefined, or it is not in the portfolio).
   */
  public OptionalInt rankOf(RelationshipId relationship) {
    checkNotNull(relationship, "relationship");
    for (int i = 0; i < ranked().size(); i++) {
      if (ranked().get(i).relationship().equals(relationship)) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** The potential of a relationship, ranked or not; empty when it is not in the portfolio. */
  public Optional<RelationshipPotential> potentialOf(RelationshipId relationship) {
    checkNotNull(relationship, "relationship");
    return all().stream().filter(p -> p.relationship().equals(relationship)).findFirst();
  }

  /**
   * Returns a ranking of the given lists, which must already be in order; {@link
   * PotentialTriage#rank} puts them in order for you.
   *
   * @throws IllegalArgumentException if a list is out of order, holds a potential of the wrong
   *     status, or the ranking repeats a relationship or mixes currencies
   */
  public static PotentialRanking of(
      Iterable<? extends RelationshipPotential> ranked,
      Iterable<? extends RelationshipPotential> undefined) {
    return builder().ranked(ranked).undefined(undefined).build();
  }

  /**
   * A ranking of lists that {@link PotentialTriage} has already put in order and checked against
   * every rule of the class documentation, made without checking them again.
   */
  static PotentialRanking trusted(
      List<RelationshipPotential> ranked, List<RelationshipPotential> undefined) {
    return new Trusted(ImmutableList.copyOf(ranked), ImmutableList.copyOf(undefined));
  }

  /** Whether the other object is a ranking with equal lists. */
  @Override
  public final boolean equals(Object other) {
    return this == other
        || other instanceof PotentialRanking that
            && ranked().equals(that.ranked())
            && undefined().equals(that.undefined());
  }

  /** A hash code of the two lists, consistent with {@link #equals}. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + ranked().hashCode();
    h += (h << 5) + undefined().hashCode();
    return h;
  }

  /** The ranking as {@code PotentialRanking{ranked=[...], undefined=[...]}}. */
  @Override
  public final String toString() {
    return MoreObjects.toStringHelper("PotentialRanking")
        .add("ranked", ranked())
        .add("undefined", undefined())
        .toString();
  }

  /** Returns a new builder; both lists may be empty. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PotentialRanking}. {@code build()} throws {@link IllegalArgumentException} when
   * the lists break the rules of the class documentation.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePotentialRanking.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    for (RelationshipPotential potential : ranked()) {
      checkArgument(
          potential.potential().isDefined(),
          "ranked relationship %s must have a defined uplift, has status %s",
          potential.relationship(),
          potential.status());
    }
    for (RelationshipPotential potential : undefined()) {
      potential
          .uplift()
          .ifPresent(
              uplift -> {
                throw new IllegalArgumentException(
                    "relationship "
                        + potential.relationship()
                        + " listed as undefined has a defined uplift "
                        + uplift);
              });
    }
    Set<RelationshipId> seen =
        Sets.newHashSetWithExpectedSize(ranked().size() + undefined().size());
    Optional<CurrencyUnit> currency = currency();
    for (RelationshipPotential potential : Iterables.concat(ranked(), undefined())) {
      checkArgument(
          seen.add(potential.relationship()),
          "relationship %s appears more than once in the ranking",
          potential.relationship());
      CurrencyUnit own = potential.potential().revenue().getCurrency();
      checkArgument(
          own.equals(currency.orElseThrow()),
          "revenue of relationship %s is in %s, but the ranking is in %s",
          potential.relationship(),
          own,
          currency.orElseThrow());
    }
    UpliftOrder previous = null;
    for (RelationshipPotential potential : ranked()) {
      UpliftOrder current = UpliftOrder.of(potential);
      if (previous != null && previous.compareTo(current) > 0) {
        throw new IllegalArgumentException(
            "ranked relationships must be in order of uplift, largest first, then by id: "
                + ranked().stream().map(RelationshipPotential::relationship).toList());
      }
      previous = current;
    }
    if (!Ordering.from(BY_RELATIONSHIP).isOrdered(undefined())) {
      throw new IllegalArgumentException(
          "relationships with an undefined uplift must be in id order: "
              + undefined().stream().map(RelationshipPotential::relationship).toList());
    }
  }

  /**
   * A ranking made by {@link PotentialTriage} from lists it has checked; a copy with another list
   * goes through the builder and its checks.
   */
  private static final class Trusted extends PotentialRanking {
    private final ImmutableList<RelationshipPotential> ranked;
    private final ImmutableList<RelationshipPotential> undefined;

    Trusted(
        ImmutableList<RelationshipPotential> ranked,
        ImmutableList<RelationshipPotential> undefined) {
      this.ranked = ranked;
      this.undefined = undefined;
    }

    @Override
    public ImmutableList<RelationshipPotential> ranked() {
      return ranked;
    }

    @Override
    public ImmutableList<RelationshipPotential> undefined() {
      return undefined;
    }

    @Override
    public PotentialRanking withRanked(RelationshipPotential... elements) {
      return withRanked(Arrays.asList(elements));
    }

    @Override
    public PotentialRanking withRanked(Iterable<? extends RelationshipPotential> elements) {
      return builder().ranked(elements).undefined(undefined).build();
    }

    @Override
    public PotentialRanking withUndefined(RelationshipPotential... elements) {
      return withUndefined(Arrays.asList(elements));
    }

    @Override
    public PotentialRanking withUndefined(Iterable<? extends RelationshipPotential> elements) {
      return builder().ranked(ranked).undefined(elements).build();
    }
  }
}
