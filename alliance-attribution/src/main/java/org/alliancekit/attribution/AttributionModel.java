package org.alliancekit.attribution;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import javax.money.MonetaryAmount;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.game.Shapley;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.path.MarkovAttribution;
import org.alliancekit.attribution.path.SimplifiedShapley;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.touch.TouchModel;
import org.apiguardian.api.API;

/**
 * Shares the credit for a deal, or for a set of journeys, among the parties that worked on it.
 *
 * <p>Every model gives each party a share, fractions summing to one ({@link Shares}), and splits a
 * money amount by those shares exactly to the currency's minor unit ({@link MoneySplit}). The
 * models differ in what they read:
 *
 * <ul>
 *   <li>{@link RoleWeighted}: the parties of one deal and their roles ({@link Participant}s);
 *   <li>{@link TouchModel}: one dated sequence of partner touches ({@link Journey}): first touch,
 *       last touch, linear, position-based and time-decay;
 *   <li>{@link Shapley}: a {@link CharacteristicFunction}, the value each coalition of partners
 *       achieves, exactly or by seeded sampling;
 *   <li>{@link MarkovAttribution} and {@link SimplifiedShapley}: many journeys at once, each path
 *       with its conversions, conversion value and non-conversions ({@link JourneyPath}).
 * </ul>
 *
 * <p>Implementations are pure functions: immutable, thread-safe, and giving the same result for the
 * same input every time, whatever the order of unordered input (participants, paths, players).
 *
 * @param <I> what the model reads
 */
@API(status = STABLE, since = "0.1")
public interface AttributionModel<I> {

  /**
   * Each party's share of the credit.
   *
   * @throws IllegalArgumentException if the input has no party to credit or is otherwise invalid
   *     for this model; the message says why
   */
  Shares shares(I input);

  /**
   * Splits {@code amount} by {@link #shares}: the parts add up to the amount exactly, to the minor
   * unit of its currency (see {@link MoneySplit#proportional}).
   *
   * @throws IllegalArgumentException as {@link #shares} does, or if the amount has more decimal
   *     places than its currency's minor unit
   */
  default MoneySplit split(I input, MonetaryAmount amount) {
    checkNotNull(input, "input");
    checkNotNull(amount, "amount");
    return shares(input).split(amount);
  }
}
