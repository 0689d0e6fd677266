package org.alliancekit.attribution;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import org.alliancekit.model.batch.Problem;
import org.apiguardian.api.API;

/**
 * The splits of many deals given as {@link DealColumns}: per participation, the part in minor units
 * of the deals' currency, and the deals that could not be split.
 *
 * <p>A party's part of a deal is at its first participation in the deal (in column order); a party
 * listed again in the deal, in another role, has zero at its other participations, so the parts of
 * a good deal add up to its amount exactly. Every part of a bad deal is zero.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DealSplits {
  private final long[] parts;
  private final ImmutableList<Problem> problems;

  DealSplits(long[] parts, ImmutableList<Problem> problems) {
    this.parts = parts;
    this.problems = problems;
  }

  /** The number of participations. */
  public int size() {
    return parts.length;
  }

  /** The part of participation {@code at} in minor units. */
  public long part(int at) {
    return parts[at];
  }

  /** Every participation's part in minor units, as a new array. */
  public long[] parts() {
    return parts.clone();
  }

  /**
   * The deals that could not be split, in deal order, each with its index: those of the columns
   * ({@link DealColumns#problems()}) and those the model refused (a role without weight, roles that
   * all weigh zero).
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DealSplits that
        && Arrays.equals(parts, that.parts)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(parts), problems);
  }

  @Override
  public String toString() {
    return "DealSplits{participations="
        + parts.length
        + (problems.isEmpty() ? "" : ", problems=" + problems.size())
        + "}";
  }
}
