package org.alliancekit.scoring.potential;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import com.google.common.collect.Ordering;
import com.google.common.collect.Sets;
import java.util.Comparator;
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
}
