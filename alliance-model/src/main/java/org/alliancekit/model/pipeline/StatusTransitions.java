package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.stream.Collectors.joining;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A named table of the moves allowed between the values of an enum, such as the {@link
 * ReviewStatus#transitions() review status} or the {@link ReferralSubStatus#transitions() referral}
 * lifecycles. A move not listed is not allowed, including a "move" from a state to itself; a state
 * with no move out of it is final.
 *
 * <pre>{@code
 * StatusTransitions<ReviewStatus> review = ReviewStatus.transitions();
 * review.check(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW);   // fine
 * review.check(ReviewStatus.APPROVED, ReviewStatus.SUBMITTED);    // throws
 * }</pre>
 *
 * <p>Two tables are equal when they have the same name, enum type and allowed moves. Immutable and
 * thread-safe.
 *
 * @param <S> the enum of states
 */
@API(status = STABLE, since = "0.1")
public final class StatusTransitions<S extends Enum<S>> {
  private final String name;
  private final Class<S> type;
  private final ImmutableSetMultimap<S, S> allowed;
  private final Function<? super S, String> describe;

  private StatusTransitions(
      String name,
      Class<S> type,
      ImmutableSetMultimap<S, S> allowed,
      Function<? super S, String> describe) {
    this.name = name;
    this.type = type;
    this.allowed = allowed;
    this.describe = describe;
  }

  /**
   * Returns a builder of a table with the given name (used in messages) over the values of {@code
   * type}.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static <S extends Enum<S>> Builder<S> builder(String name, Class<S> type) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "transition table name '%s' must not be blank", name);
    return new Builder<>(name, checkNotNull(type, "type"));
  }

  /** The table's name, such as "Review status". */
  public String name() {
    return name;
  }

  /** The enum whose values are the states. */
  public Class<S> type() {
    return type;
  }

  /** Whether the table allows a move from {@code from} to {@code to}. */
  public boolean isAllowed(S from, S to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return allowed.containsEntry(from, to);
  }

  /** The states reachable in one move from {@code from}, in declaration order. */
  public ImmutableSet<S> allowedFrom(S from) {
    checkNotNull(from, "from");
    return allowed.get(from);
  }

  /** Whether no move leads out of {@code state}. */
  public boolean isFinal(S state) {
    checkNotNull(state, "state");
    return !allowed.containsKey(state);
  }

  /**
   * Checks that the table allows the move from {@code from} to {@code to}.
   *
   * @throws IllegalArgumentException naming both states, the table and the moves allowed from
   *     {@code from}, if the move is not allowed
   */
  public void check(S from, S to) {
    if (!isAllowed(from, to)) {
      String options =
          isFinal(from)
              ? describe.apply(from) + " is final"
              : "from "
                  + describe.apply(from)
                  + " it allows only "
                  + allowedFrom(from).stream().map(describe).collect(joining(", "));
      throw new IllegalArgumentException(
          String.format(
              "%s does not allow a move from %s to %s: %s",
              name, describe.apply(from), describe.apply(to), options));
    }
  }

  /**
   * Returns {@code to} if the table allows the move from {@code from} to it.
   *
   * @throws IllegalArgumentException as {@link #check} does
   */
  public S transition(S from, S to) {
    check(from, to);
    return to;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StatusTransitions<?> that
        && name.equals(that.name)
        && type.equals(that.type)
        && allowed.equals(that.allowed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, allowed);
  }

  @Override
  public String toString() {
    return "StatusTransitions{" + name + ": " + allowed + "}";
  }

  /**
   * Builds a {@link StatusTransitions} table. Not thread-safe.
   *
   * @param <S> the enum of states
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder<S extends Enum<S>> {
    private final String name;
    private final Class<S> type;
    private final ImmutableSetMultimap.Builder<S, S> allowed = ImmutableSetMultimap.builder();
    private Function<? super S, String> describe = Enum::name;

    private Builder(String name, Class<S> type) {
      this.name = name;
      this.type = type;
    }

    /** Sets how states are written in messages; {@link Enum#name()} unless set. */
    public Builder<S> describedBy(Function<? super S, String> describe) {
      this.describe = checkNotNull(describe, "describe");
      return this;
    }

    /**
     * Allows the moves from {@code from} to each of {@code to}.
     *
     * @throws IllegalArgumentException if {@code to} is empty or contains {@code from}
     */
    @SafeVarargs
    public final Builder<S> allow(S from, S... to) {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkArgument(to.length > 0, "%s: a move from %s needs at least one target", name, from);
      for (S target : to) {
        checkNotNull(target, "to");
        checkArgument(
            target != from, "%s: %s cannot move to itself; a move changes the state", name, from);
        allowed.put(from, target);
      }
      return this;
    }

    /** Returns the table; moves are kept in declaration order of the targets. */
    public StatusTransitions<S> build() {
      ImmutableSetMultimap<S, S> moves = allowed.build();
      ImmutableSetMultimap.Builder<S, S> ordered = ImmutableSetMultimap.builder();
      for (S from : type.getEnumConstants()) {
        EnumSet<S> targets = EnumSet.noneOf(type);
        targets.addAll(moves.get(from));
        ordered.putAll(from, targets);
      }
      return new StatusTransitions<>(name, type, ordered.build(), describe);
    }
  }
}
