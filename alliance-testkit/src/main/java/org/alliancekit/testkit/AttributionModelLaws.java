package org.alliancekit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.attribution.AttributionModel;
import org.apiguardian.api.API;

/**
 * The laws every {@link AttributionModel} should obey, as a jqwik contract: implement this
 * interface in a test class, return your model from {@link #model()} and the inputs to run it on
 * from {@link #inputs()}, and jqwik checks each law as a property.
 *
 * <pre>{@code
 * class ReferralWeightedLawsTest implements AttributionModelLaws<Collection<Participant>> {
 *   @Override
 *   public AttributionModel<Collection<Participant>> model() {
 *     return new ReferralWeighted();
 *   }
 *
 *   @Override
 *   public AttributionInputs<?, Collection<Participant>> inputs() {
 *     return AttributionInputs.deals();
 *   }
 * }
 * }</pre>
 *
 * <p>The laws are listed in {@link AttributionLaw}: <b>efficiency</b> (the shares sum to one and
 * the money parts add up to the amount exactly, to the minor unit), <b>symmetry</b>
 * (interchangeable players get equal shares), <b>null player</b> (a player who adds nothing gets
 * nothing), <b>independence of input order</b> and <b>anonymity</b> (renaming two parties swaps
 * their shares).
 *
 * <p><b>Inputs.</b> {@link AttributionInputs} generates the inputs and says what is known about
 * each: which players are interchangeable, which are null players, how to give the same input in
 * another order, how to rename parties. Ready-made inputs serve the three kinds of model in
 * AllianceKit: {@link AttributionInputs#deals()} for models over participants, {@link
 * AttributionInputs#journeys()} for models over one journey, {@link AttributionInputs#games()} for
 * models over a characteristic function, and {@link AttributionInputs#journeyPaths()} for models
 * over journey data. For an input type of your own, build {@link AttributionInputs} with {@link
 * AttributionInputs#of(String, Arbitrary)} and the {@code with...} methods. A model that rejects a
 * generated input breaks every law, with a message saying so.
 *
 * <p><b>Switching laws off.</b> A model that does not claim a law lists it in {@link
 * #disabledLaws()}; its property is then not run but reported as <em>skipped</em>, with the reason,
 * in the IDE, in the test reports and in jqwik's output. A law whose part the inputs do not give (a
 * journey names no interchangeable players, say) is skipped the same way, with its own reason.
 * Nothing is skipped silently.
 *
 * <p><b>Failures.</b> A broken law fails its property with an {@link AssertionError} naming the
 * law, the model and the numbers that disagree; jqwik shrinks the input and the amount and reports
 * the smallest counterexample it finds. Shares expected to be equal are compared within {@link
 * #equalShareTolerance}, by default {@value #TOLERANCE}; a model that estimates (sampled Shapley
 * values, say) widens it by its own error. Money is always compared exactly.
 *
 * @param <I> what the model reads
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface AttributionModelLaws<I> {
  /** The tolerance of the sum of the shares, and by default of shares expected to be equal. */
  double TOLERANCE = 1e-9;

  /** The model under test. Called once or more per try; return the same model every time. */
  AttributionModel<I> model();

  /** The inputs the laws run on, with what is known about each. */
  AttributionInputs<?, I> inputs();

  /**
   * The laws the model does not claim; their properties are reported as skipped. None by default.
   */
  default Set<AttributionLaw> disabledLaws() {
    return Set.of();
  }

  /**
   * How far apart two shares of the model for {@code input} may be when a law expects them to be
   * equal, and how far above zero a null player's share may be; {@value #TOLERANCE} by default.
   * Where two inputs are compared, the larger of their tolerances counts. The sum of the shares is
   * always held to {@value #TOLERANCE}, and money to the minor unit.
   */
  default double equalShareTolerance(I input) {
    return TOLERANCE;
  }

  /**
   * The amounts split by the laws: by default zero to ten million in EUR, USD, GBP or JPY (which
   * has no minor unit), to the minor unit, shrinking towards zero in EUR. Override to restrict or
   * widen them, for instance to negative amounts if the model splits refunds.
   */
  default Arbitrary<MonetaryAmount> amounts() {
    return Values.amounts(AllianceArbitraries.currencies(), 0, 10_000_000L);
  }

  /** Supplies the cases of {@link #inputs()} to the law properties; not meant to be overridden. */
  @Provide
  default Arbitrary<AttributionCase<I>> attributionModelLawsCases() {
    return inputs().cases();
  }

  /** Supplies {@link #amounts()} to the law properties; not meant to be overridden. */
  @Provide
  default Arbitrary<MonetaryAmount> attributionModelLawsAmounts() {
    return amounts();
  }

  /**
   * {@link AttributionLaw#EFFICIENCY}: the shares sum to one and credit only the input's parties;
   * the split of {@code amount} adds up to it exactly, to the minor unit, each part within one
   * minor unit of its share.
   */
  @Property
  @AddLifecycleHook(AttributionLawSwitch.class)
  default void sharesAndMoneyAddUp(
      @ForAll("attributionModelLawsCases") AttributionCase<I> input,
      @ForAll("attributionModelLawsAmounts") MonetaryAmount amount) {
    AttributionLawChecks.efficiency(this, input, amount);
  }

  /**
   * {@link AttributionLaw#SYMMETRY}: interchangeable players get equal shares and parts of {@code
   * amount} at most one minor unit apart.
   */
  @Property
  @AddLifecycleHook(AttributionLawSwitch.class)
  default void interchangeablePlayersGetEqualShares(
      @ForAll("attributionModelLawsCases") AttributionCase<I> input,
      @ForAll("attributionModelLawsAmounts") MonetaryAmount amount) {
    AttributionLawChecks.symmetry(this, input, amount);
  }

  /**
   * {@link AttributionLaw#NULL_PLAYER}: null players get no share and no part of {@code amount}.
   */
  @Property
  @AddLifecycleHook(AttributionLawSwitch.class)
  default void nullPlayersGetNothing(
      @ForAll("attributionModelLawsCases") AttributionCase<I> input,
      @ForAll("attributionModelLawsAmounts") MonetaryAmount amount) {
    AttributionLawChecks.nullPlayer(this, input, amount);
  }

  /**
   * {@link AttributionLaw#INDEPENDENT_OF_INPUT_ORDER}: the input in another order, drawn with the
   * given seed, gets the same shares and the same split of {@code amount}.
   */
  @Property
  @AddLifecycleHook(AttributionLawSwitch.class)
  default void inputOrderDoesNotMatter(
      @ForAll("attributionModelLawsCases") AttributionCase<I> input,
      @ForAll long shuffleSeed,
      @ForAll("attributionModelLawsAmounts") MonetaryAmount amount) {
    AttributionLawChecks.independentOfInputOrder(this, input, shuffleSeed, amount);
  }

  /**
   * {@link AttributionLaw#ANONYMITY}: swapping the names of two parties, chosen by {@code pick}
   * among those with a share, swaps their shares and changes no other.
   */
  @Property
  @AddLifecycleHook(AttributionLawSwitch.class)
  default void renamingPlayersRenamesTheirShares(
      @ForAll("attributionModelLawsCases") AttributionCase<I> input,
      @ForAll @IntRange(min = 0, max = 1_000) int pick) {
    AttributionLawChecks.anonymity(this, input, pick);
  }
}
