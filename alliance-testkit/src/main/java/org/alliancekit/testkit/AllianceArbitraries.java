package org.alliancekit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.alliancekit.arbitraries.ModelArbitraries;
import org.apiguardian.api.API;

/**
 * jqwik arbitraries for the AllianceKit model and for the inputs of attribution models, for use in
 * {@code @Provide} methods and in arbitraries of your own. The same values are offered to
 * {@code @ForAll} parameters by {@link AllianceDomain}.
 *
 * <p>The arbitraries of the model types ({@code partners()}, {@code relationships()}, {@code
 * assessments()}, {@code portfolios()}, {@code pipelines()} and the others) are those of {@link
 * ModelArbitraries}, inherited from module {@code alliance-arbitraries}, which depends on the model
 * only; this class adds those of deals, journeys, journey paths and cooperative games.
 *
 * <p>Every value generated is valid by construction: building it never throws, and no generator
 * filters out invalid attempts. Values shrink towards small, readable cases. Arbitraries with a
 * configuration of their own ({@link DealArbitrary}, {@link JourneyArbitrary}, {@link
 * JourneyPathArbitrary}, {@link GameArbitrary}) are immutable: each configuration method returns a
 * new arbitrary.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Assessment> scorecardAssessments() {
 *   return AllianceArbitraries.assessments()
 *       .forCatalog(FactorCatalogs.allianceSalesScorecard())
 *       .onScale(RatingScale.zeroToTen())
 *       .unknownShare(0.2);
 * }
 * }</pre>
 *
 * <p>This class has no state.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllianceArbitraries extends ModelArbitraries {
  private AllianceArbitraries() {}

  // ---- attribution ----

  /**
   * The participants of one deal: parties {@code p1, p2, ...} in roles; see {@link DealArbitrary}.
   */
  public static DealArbitrary deals() {
    return new DealArbitrary();
  }

  /** Journeys of dated partner touches; see {@link JourneyArbitrary}. */
  public static JourneyArbitrary journeys() {
    return new JourneyArbitrary();
  }

  /**
   * Journey paths with their conversions, conversion value and non-conversions; see {@link
   * JourneyPathArbitrary}, whose {@link JourneyPathArbitrary#datasets datasets} gives whole data
   * sets.
   */
  public static JourneyPathArbitrary journeyPaths() {
    return new JourneyPathArbitrary();
  }

  /**
   * Small cooperative games, every coalition valued, with their null and interchangeable players
   * listed; see {@link GameArbitrary}.
   */
  public static GameArbitrary games() {
    return new GameArbitrary();
  }
}
