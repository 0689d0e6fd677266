package org.alliancekit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelDomain;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.touch.Journey;
import org.apiguardian.api.API;

/**
 * A jqwik domain that generates the AllianceKit model types and the inputs of attribution models
 * for {@code @ForAll} parameters with the defaults of {@link AllianceArbitraries}:
 *
 * <pre>{@code
 * @Property
 * @Domain(AllianceDomain.class)
 * void everyPortfolioHasRevenues(@ForAll Portfolio portfolio) { ... }
 * }</pre>
 *
 * <p>Types provided: the model types of {@link ModelDomain}, which this domain extends, and the
 * participants of a deal as {@code List<Participant>}, {@link Journey}, {@link JourneyPath}, data
 * sets of journey paths as {@code List<JourneyPath>}, {@link Game} and {@link
 * CharacteristicFunction}.
 *
 * <p>A property or container annotated with only this domain sees only these types; to use jqwik's
 * own types ({@code int}, {@code String}, enums, lists) beside them, add
 * {@code @Domain(DomainContext.Global.class)} too. For constrained values (a given catalog,
 * currency or size range) write a {@code @Provide} method with {@link AllianceArbitraries} instead.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllianceDomain extends ModelDomain {

  /** Creates the domain; jqwik does this for {@code @Domain(AllianceDomain.class)}. */
  public AllianceDomain() {}

  /** The participants of one deal, as {@link AllianceArbitraries#deals()}. */
  @Provide
  public Arbitrary<List<Participant>> deals() {
    return AllianceArbitraries.deals();
  }

  /** Journeys of partner touches, as {@link AllianceArbitraries#journeys()}. */
  @Provide
  public Arbitrary<Journey> journeys() {
    return AllianceArbitraries.journeys();
  }

  /** Journey paths, as {@link AllianceArbitraries#journeyPaths()}. */
  @Provide
  public Arbitrary<JourneyPath> journeyPaths() {
    return AllianceArbitraries.journeyPaths();
  }

  /** Data sets of 1 to 6 journey paths, as {@link JourneyPathArbitrary#datasets}. */
  @Provide
  public Arbitrary<List<JourneyPath>> journeyPathDatasets() {
    return AllianceArbitraries.journeyPaths().datasets(1, 6);
  }

  /** Small games with their structure, as {@link AllianceArbitraries#games()}. */
  @Provide
  public Arbitrary<Game> games() {
    return AllianceArbitraries.games();
  }

  /** The characteristic functions of {@linkplain #games() games}. */
  @Provide
  public Arbitrary<CharacteristicFunction> characteristicFunctions() {
    return AllianceArbitraries.games().map(Game::function);
  }
}
