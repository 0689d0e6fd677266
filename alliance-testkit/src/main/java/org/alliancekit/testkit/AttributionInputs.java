package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Multiset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.touch.Touch;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * The inputs {@link AttributionModelLaws} run on, and what the laws know about each: a generator of
 * values ({@code S}), how to make the model's input ({@code I}) from one, and, as far as the kind
 * of input allows, its parties, its interchangeable players, its null players, how to give it in
 * another order and how to rename its parties. Each law uses what it needs; a law whose part is not
 * given is reported as skipped, with the reason.
 *
 * <p>Ready-made inputs for the attribution models of AllianceKit:
 *
 * <ul>
 *   <li>{@link #deals()}: participant lists for {@link org.alliancekit.attribution.RoleWeighted};
 *       parties with the same roles are interchangeable; the list can be shuffled and parties
 *       renamed.
 *   <li>{@link #journeys()}: journeys for {@link org.alliancekit.attribution.touch.TouchModel};
 *       parties can be renamed, but a journey's order is part of it, and a journey names no
 *       interchangeable or null players.
 *   <li>{@link #games()}: {@link Game}s, read as their characteristic function, for {@link
 *       org.alliancekit.attribution.game.Shapley}; interchangeable and null players as the game
 *       lists them; the same table in another order or as a function of shuffled players; players
 *       renamed.
 *   <li>{@link #journeyPaths()}: journey data for {@link
 *       org.alliancekit.attribution.path.MarkovAttribution} and {@link
 *       org.alliancekit.attribution.path.SimplifiedShapley}; half of the data sets are made
 *       symmetric in {@code p1} and {@code p2}; partners on no converting path are null players;
 *       paths can be shuffled and partners renamed.
 * </ul>
 *
 * <p>For a model of your own input type, start from {@link #of(String, Arbitrary)} or {@link
 * #of(String, Arbitrary, Function)} and add what you know:
 *
 * <pre>{@code
 * AttributionInputs.of("referral chains", chains)
 *     .withParties(chain -> chain.partners())
 *     .withReordering((chain, random) -> chain.shuffled(random))
 *     .withRenaming((chain, name) -> chain.renamed(name));
 * }</pre>
 *
 * <p>Immutable: each {@code with...} method returns new inputs. Thread-safe when the functions
 * given are.
 *
 * @param <S> the values generated
 * @param <I> what the model reads
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AttributionInputs<S, I> {
  private final String name;
  private final Arbitrary<S> samples;
  private final Function<? super S, ? extends I> input;
  private final Optional<Function<? super S, ? extends Collection<PartnerId>>> parties;
  private final Optional<Function<? super S, ? extends Collection<? extends Set<PartnerId>>>>
      interchangeable;
  private final Optional<Function<? super S, ? extends Set<PartnerId>>> nullPlayers;
  private final Optional<BiFunction<? super S, Random, ? extends I>> reorder;
  private final Optional<BiFunction<? super S, UnaryOperator<PartnerId>, ? extends S>> rename;

  private AttributionInputs(
      String name,
      Arbitrary<S> samples,
      Function<? super S, ? extends I> input,
      Optional<Function<? super S, ? extends Collection<PartnerId>>> parties,
      Optional<Function<? super S, ? extends Collection<? extends Set<PartnerId>>>> interchangeable,
      Optional<Function<? super S, ? extends Set<PartnerId>>> nullPlayers,
      Optional<BiFunction<? super S, Random, ? extends I>> reorder,
      Optional<BiFunction<? super S, UnaryOperator<PartnerId>, ? extends S>> rename) {
    this.name = name;
    this.samples = samples;
    this.input = input;
    this.parties = parties;
    this.interchangeable = interchangeable;
    this.nullPlayers = nullPlayers;
    this.reorder = reorder;
    this.rename = rename;
  }

  // ---- building ----

  /**
   * Returns inputs that are the generated values themselves, known by {@code name} in skip reasons,
   * with nothing else known about them.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static <I> AttributionInputs<I, I> of(String name, Arbitrary<I> inputs) {
    return of(name, inputs, Function.identity());
  }

  /**
   * Returns inputs made by {@code input} from the values {@code samples} generates, known by {@code
   * name} in skip reasons, with nothing else known about them. Failing cases are reported by the
   * generated value.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static <S, I> AttributionInputs<S, I> of(
      String name, Arbitrary<S> samples, Function<? super S, ? extends I> input) {
    checkNotNull(name, "name");
    checkNotNull(samples, "samples");
    checkNotNull(input, "input");
    checkArgument(!name.isBlank(), "name of the inputs must not be blank");
    return new AttributionInputs<>(
        name,
        samples,
        input,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns these inputs with their parties named by {@code parties}: {@link
   * AttributionLaw#EFFICIENCY} then checks that only those are credited.
   */
  public AttributionInputs<S, I> withParties(
      Function<? super S, ? extends Collection<PartnerId>> parties) {
    return new AttributionInputs<>(
        name,
        samples,
        input,
        Optional.of(checkNotNull(parties, "parties")),
        interchangeable,
        nullPlayers,
        reorder,
        rename);
  }

  /**
   * Returns these inputs with their interchangeable players named by {@code groups}: groups of
   * players every two of whom must get equal shares ({@link AttributionLaw#SYMMETRY}).
   */
  public AttributionInputs<S, I> withInterchangeablePlayers(
      Function<? super S, ? extends Collection<? extends Set<PartnerId>>> groups) {
    return new AttributionInputs<>(
        name,
        samples,
        input,
        parties,
        Optional.of(checkNotNull(groups, "groups")),
        nullPlayers,
        reorder,
        rename);
  }

  /**
   * Returns these inputs with their null players named by {@code nullPlayers}: players that must
   * get nothing ({@link AttributionLaw#NULL_PLAYER}).
   */
  public AttributionInputs<S, I> withNullPlayers(
      Function<? super S, ? extends Set<PartnerId>> nullPlayers) {
    return new AttributionInputs<>(
        name,
        samples,
        input,
        parties,
        interchangeable,
        Optional.of(checkNotNull(nullPlayers, "nullPlayers")),
        reorder,
        rename);
  }

  /**
   * Returns these inputs with a way to give the same input in another order, drawn from the random
   * source ({@link AttributionLaw#INDEPENDENT_OF_INPUT_ORDER}).
   */
  public AttributionInputs<S, I> withReordering(
      BiFunction<? super S, Random, ? extends I> reorder) {
    return new AttributionInputs<>(
        name,
        samples,
        input,
        parties,
        interchangeable,
        nullPlayers,
        Optional.of(checkNotNull(reorder, "reorder")),
        rename);
  }

  /**
   * Returns these inputs with a way to rename parties: given a value and a renaming of parties (a
   * one-to-one function), the same value with every party renamed ({@link
   * AttributionLaw#ANONYMITY}).
   */
  public AttributionInputs<S, I> withRenaming(
      BiFunction<? super S, UnaryOperator<PartnerId>, ? extends S> rename) {
    return new AttributionInputs<>(
        name,
        samples,
        input,
        parties,
        interchangeable,
        nullPlayers,
        reorder,
        Optional.of(checkNotNull(rename, "rename")));
  }

  /**
   * Returns these inputs generating their values with {@code samples} instead, keeping everything
   * else; for instance {@code AttributionInputs.deals().generatedBy(AllianceArbitraries.deals()
   * .roles("REFERRER", "RESELLER"))}.
   */
  public AttributionInputs<S, I> generatedBy(Arbitrary<S> samples) {
    return new AttributionInputs<>(
        name,
        checkNotNull(samples, "samples"),
        input,
        parties,
        interchangeable,
        nullPlayers,
        reorder,
        rename);
  }

  // ---- the standard inputs ----

  /**
   * Deals of {@link AllianceArbitraries#deals()}: their parties; parties with the same set of roles
   * are interchangeable; reordered by shuffling the participants; parties renamed in every
   * participant. No null players are named, since whether a role earns nothing depends on the
   * model.
   */
  public static AttributionInputs<List<Participant>, Collection<Participant>> deals() {
    return AttributionInputs.<List<Participant>, Collection<Participant>>of(
            "deals", AllianceArbitraries.deals(), deal -> deal)
        .withParties(AttributionInputs::partiesOfDeal)
        .withInterchangeablePlayers(AttributionInputs::partiesWithTheSameRoles)
        .withReordering((deal, random) -> shuffled(deal, random))
        .withRenaming(
            (deal, name) ->
                deal.stream()
                    .map(p -> Participant.of(name.apply(p.party()), p.role()))
                    .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Journeys of {@link AllianceArbitraries#journeys()}: their parties, renamed in every touch. A
   * journey's touches are in the order they happened, which the models read, so there is no other
   * order to give it in; and it names no interchangeable or null players.
   */
  public static AttributionInputs<Journey, Journey> journeys() {
    return of("journeys", AllianceArbitraries.journeys())
        .withParties(Journey::parties)
        .withRenaming(
            (journey, name) ->
                journey.withTouches(
                    journey.touches().stream()
                        .map(touch -> Touch.of(name.apply(touch.party()), touch.date()))
                        .toList()));
  }

  /**
   * Games of {@link AllianceArbitraries#games()}, read as their {@linkplain Game#function()
   * characteristic function}: their players, their interchangeable and null players as listed;
   * reordered as the same table built in a shuffled order or as a function of the players in a
   * shuffled order; players renamed with {@link Game#renamed}.
   */
  public static AttributionInputs<Game, CharacteristicFunction> games() {
    return of("games", AllianceArbitraries.games(), Game::function)
        .withParties(Game::players)
        .withInterchangeablePlayers(
            game ->
                game.interchangeablePlayers().isEmpty()
                    ? List.of()
                    : List.of(game.interchangeablePlayers()))
        .withNullPlayers(Game::nullPlayers)
        .withReordering(AttributionInputs::reordered)
        .withRenaming((game, name) -> game.renamed(name));
  }

  /**
   * Journey data: data sets of 1 to 6 {@linkplain JourneyPathArbitrary#datasets paths}, half of
   * them made symmetric in {@code p1} and {@code p2} by adding each path with the two swapped.
   * Their partners; partners whose swap maps the paths onto themselves are interchangeable;
   * partners on no path with a conversion are null players (they took part in no conversion, so a
   * model that shares conversions among the partners of converting paths gives them nothing);
   * reordered by shuffling the paths; partners renamed in every path.
   */
  public static AttributionInputs<List<JourneyPath>, Collection<JourneyPath>> journeyPaths() {
    PartnerId p1 = PartnerId.of("p1");
    PartnerId p2 = PartnerId.of("p2");
    Arbitrary<List<JourneyPath>> data =
        Combinators.combine(
                AllianceArbitraries.journeyPaths().datasets(1, 6), Arbitraries.of(false, true))
            .as((paths, mirrored) -> mirrored ? withMirrorImages(paths, swap(p1, p2)) : paths);
    return AttributionInputs.<List<JourneyPath>, Collection<JourneyPath>>of(
            "journey paths", data, paths -> paths)
        .withParties(AttributionInputs::partnersOnPaths)
        .withInterchangeablePlayers(AttributionInputs::interchangeablePartners)
        .withNullPlayers(AttributionInputs::partnersOnNoConvertingPath)
        .withReordering((paths, random) -> shuffled(paths, random))
        .withRenaming(AttributionInputs::renamedPaths);
  }

  // ---- what the laws read ----

  /** The generated cases, each with what these inputs know about it. */
  public Arbitrary<AttributionCase<I>> cases() {
    return samples.map(this::toCase);
  }

  /** Whether the inputs name their interchangeable players. */
  boolean namesInterchangeablePlayers() {
    return interchangeable.isPresent();
  }

  /** Whether the inputs name their null players. */
  boolean namesNullPlayers() {
    return nullPlayers.isPresent();
  }

  /** Whether the inputs can be given in another order. */
  boolean reorders() {
    return reorder.isPresent();
  }

  /** Whether the inputs can rename their parties. */
  boolean renames() {
    return rename.isPresent();
  }

  /** Returns the name of the inputs. */
  @Override
  public String toString() {
    return name;
  }

  private AttributionCase<I> toCase(S sample) {
    I made = input.apply(sample);
    Optional<ImmutableSet<PartnerId>> named =
        parties.map(f -> ImmutableSet.copyOf(f.apply(sample)));
    ImmutableList<ImmutableSet<PartnerId>> groups =
        interchangeable
            .map(
                f ->
                    f.apply(sample).stream()
                        .map(group -> (ImmutableSet<PartnerId>) ImmutableSortedSet.copyOf(group))
                        .collect(ImmutableList.toImmutableList()))
            .orElse(ImmutableList.of());
    ImmutableSet<PartnerId> nulls =
        nullPlayers
            .map(f -> (ImmutableSet<PartnerId>) ImmutableSortedSet.copyOf(f.apply(sample)))
            .orElse(ImmutableSet.of());
    return new AttributionCase<>(
        sample,
        made,
        named,
        groups,
        nulls,
        random -> reorder.map(f -> f.apply(sample, random)),
        renaming -> rename.map(f -> input.apply(f.apply(sample, renaming))));
  }

  // ---- helpers of the standard inputs ----

  private static ImmutableSet<PartnerId> partiesOfDeal(List<Participant> deal) {
    return deal.stream().map(Participant::party).collect(ImmutableSet.toImmutableSet());
  }

  private static List<Set<PartnerId>> partiesWithTheSameRoles(List<Participant> deal) {
    Map<PartnerId, Set<String>> roles = new LinkedHashMap<>();
    for (Participant participant : deal) {
      roles.computeIfAbsent(participant.party(), party -> new TreeSet<>()).add(participant.role());
    }
    Map<Set<String>, Set<PartnerId>> byRoles = new LinkedHashMap<>();
    roles.forEach((party, set) -> byRoles.computeIfAbsent(set, s -> new TreeSet<>()).add(party));
    return byRoles.values().stream().filter(group -> group.size() > 1).toList();
  }

  private static <T> ImmutableList<T> shuffled(List<T> items, Random random) {
    List<T> shuffled = new ArrayList<>(items);
    Collections.shuffle(shuffled, random);
    if (shuffled.equals(items)) {
      Collections.reverse(shuffled);
    }
    return ImmutableList.copyOf(shuffled);
  }

  private static CharacteristicFunction reordered(Game game, Random random) {
    if (random.nextBoolean()) {
      List<Map.Entry<ImmutableSet<PartnerId>, Double>> entries =
          shuffled(game.values().entrySet().asList(), random);
      Map<Set<PartnerId>, Double> table = new LinkedHashMap<>();
      entries.forEach(entry -> table.put(entry.getKey(), entry.getValue()));
      return CharacteristicFunction.ofTable(table);
    }
    return CharacteristicFunction.of(shuffled(game.players().asList(), random), game::value);
  }

  private static UnaryOperator<PartnerId> swap(PartnerId a, PartnerId b) {
    return party -> party.equals(a) ? b : party.equals(b) ? a : party;
  }

  private static List<JourneyPath> withMirrorImages(
      List<JourneyPath> paths, UnaryOperator<PartnerId> mirror) {
    return ImmutableList.<JourneyPath>builder()
        .addAll(paths)
        .addAll(renamedPaths(paths, mirror))
        .build();
  }

  private static List<JourneyPath> renamedPaths(
      List<JourneyPath> paths, UnaryOperator<PartnerId> name) {
    return paths.stream()
        .map(
            path ->
                JourneyPath.of(
                    path.parties().stream().map(name).toList(),
                    path.conversions(),
                    path.value(),
                    path.nulls()))
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableSortedSet<PartnerId> partnersOnPaths(List<JourneyPath> paths) {
    return paths.stream()
        .flatMap(path -> path.parties().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(PartnerId::compareTo));
  }

  private static ImmutableSortedSet<PartnerId> partnersOnNoConvertingPath(List<JourneyPath> paths) {
    Set<PartnerId> converting = new TreeSet<>();
    paths.stream()
        .filter(path -> path.conversions() > 0)
        .forEach(path -> converting.addAll(path.parties()));
    return partnersOnPaths(paths).stream()
        .filter(partner -> !converting.contains(partner))
        .collect(ImmutableSortedSet.toImmutableSortedSet(PartnerId::compareTo));
  }

  /** Groups of partners any two of whom can be swapped without changing the paths. */
  private static List<Set<PartnerId>> interchangeablePartners(List<JourneyPath> paths) {
    Multiset<JourneyPath> given = HashMultiset.create(paths);
    List<Set<PartnerId>> groups = new ArrayList<>();
    for (PartnerId partner : partnersOnPaths(paths)) {
      Optional<Set<PartnerId>> group =
          groups.stream()
              .filter(
                  g ->
                      given.equals(
                          HashMultiset.create(
                              renamedPaths(paths, swap(g.iterator().next(), partner)))))
              .findFirst();
      if (group.isPresent()) {
        group.get().add(partner);
      } else {
        groups.add(new TreeSet<>(Set.of(partner)));
      }
    }
    return groups.stream().filter(group -> group.size() > 1).toList();
  }
}
