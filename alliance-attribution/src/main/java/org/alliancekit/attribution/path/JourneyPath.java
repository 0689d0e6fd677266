package org.alliancekit.attribution.path;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * A path of partner touches shared by many journeys, with how many of them converted, the value of
 * those conversions, and how many did not convert: one row of journey data as used by the Markov
 * and simplified Shapley models.
 *
 * <p>A path has at least one touch; counts are zero or more and not both zero; the value is zero or
 * more, and zero when nothing converted. Immutable and thread-safe.
 *
 * @param parties the partners touched, in order; the same partner may appear several times
 * @param conversions how many journeys along this path converted
 * @param value the total value of those conversions
 * @param nulls how many journeys along this path did not convert
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record JourneyPath(
    ImmutableList<PartnerId> parties, long conversions, MonetaryAmount value, long nulls) {

  /** Validates the path. */
  public JourneyPath {
    checkNotNull(parties, "parties must not be null");
    checkNotNull(value, "value must not be null");
    checkArgument(!parties.isEmpty(), "journey path must have at least one touch");
    checkArgument(
        conversions >= 0, "conversions %s of path %s must not be negative", conversions, parties);
    checkArgument(nulls >= 0, "nulls %s of path %s must not be negative", nulls, parties);
    checkArgument(
        conversions > 0 || nulls > 0,
        "path %s has neither conversions nor nulls; every path needs at least one journey",
        parties);
    checkArgument(!value.isNegative(), "value %s of path %s must not be negative", value, parties);
    checkArgument(
        conversions > 0 || value.isZero(),
        "path %s has value %s but no conversions",
        parties,
        value);
  }

  /**
   * Returns the path with the given counts and conversion value.
   *
   * @throws IllegalArgumentException if the path is empty, a count is negative, both counts are
   *     zero, or the value is negative or given without conversions
   */
  public static JourneyPath of(
      List<PartnerId> parties, long conversions, MonetaryAmount value, long nulls) {
    return new JourneyPath(ImmutableList.copyOf(parties), conversions, value, nulls);
  }

  /**
   * The path with consecutive touches of the same partner merged into one ({@code a, a, b, a}
   * becomes {@code a, b, a}). The Markov model works on merged paths: a partner touching a journey
   * twice in a row is one step, not a partner leading to itself.
   */
  public ImmutableList<PartnerId> mergedParties() {
    List<PartnerId> merged = new ArrayList<>(parties.size());
    for (PartnerId party : parties) {
      if (merged.isEmpty() || !merged.get(merged.size() - 1).equals(party)) {
        merged.add(party);
      }
    }
    return ImmutableList.copyOf(merged);
  }

  /** The distinct partners of the path, in order of their first touch. */
  public ImmutableSet<PartnerId> distinctParties() {
    return ImmutableSet.copyOf(parties);
  }

  /** The number of journeys along this path: conversions plus nulls. */
  public long journeys() {
    return Math.addExact(conversions, nulls);
  }
}
