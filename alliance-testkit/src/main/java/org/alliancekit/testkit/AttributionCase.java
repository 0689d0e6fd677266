package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * One generated input for an attribution model, with what the laws know about it: the value it was
 * made from, its parties, its interchangeable and null players, and how to give it in another order
 * or with players renamed. {@link AttributionInputs} makes these; jqwik reports a failing case by
 * the value it was made from, such as the list of participants or the {@link Game}.
 *
 * <p>Immutable and thread-safe when the functions of its {@link AttributionInputs} are.
 *
 * @param <I> what the model reads
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AttributionCase<I> {
  private final Object sample;
  private final I input;
  private final Optional<ImmutableSet<PartnerId>> parties;
  private final ImmutableList<ImmutableSet<PartnerId>> interchangeablePlayers;
  private final ImmutableSet<PartnerId> nullPlayers;
  private final Function<Random, Optional<I>> reorder;
  private final Function<UnaryOperator<PartnerId>, Optional<I>> rename;

  AttributionCase(
      Object sample,
      I input,
      Optional<ImmutableSet<PartnerId>> parties,
      ImmutableList<ImmutableSet<PartnerId>> interchangeablePlayers,
      ImmutableSet<PartnerId> nullPlayers,
      Function<Random, Optional<I>> reorder,
      Function<UnaryOperator<PartnerId>, Optional<I>> rename) {
    this.sample = checkNotNull(sample, "sample");
    this.input = checkNotNull(input, "input");
    this.parties = parties;
    this.interchangeablePlayers = interchangeablePlayers;
    this.nullPlayers = nullPlayers;
    this.reorder = reorder;
    this.rename = rename;
  }

  /** The input the model reads. */
  public I input() {
    return input;
  }

  /** The generated value the input was made from; the input itself unless the inputs convert. */
  public Object sample() {
    return sample;
  }

  /** The parties of the input, if the inputs name them. */
  public Optional<ImmutableSet<PartnerId>> parties() {
    return parties;
  }

  /** Groups of players, every two in a group interchangeable; empty if none are known. */
  public ImmutableList<ImmutableSet<PartnerId>> interchangeablePlayers() {
    return interchangeablePlayers;
  }

  /** The players known to be null players; empty if none are known. */
  public ImmutableSet<PartnerId> nullPlayers() {
    return nullPlayers;
  }

  /** The same input in another order drawn from {@code random}, if the inputs can give one. */
  Optional<I> reordered(Random random) {
    return reorder.apply(random);
  }

  /** The input with every party renamed by {@code name}, if the inputs can rename. */
  Optional<I> renamed(UnaryOperator<PartnerId> name) {
    return rename.apply(name);
  }

  /** Returns the text of the value the input was made from. */
  @Override
  public String toString() {
    return sample.toString();
  }
}
