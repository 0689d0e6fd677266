package org.alliancekit.model.programme;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.pipeline.SolutionId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A competency that a solution needs from a partner who delivers or sells it, such as "Data &amp;
 * AI" for a claims analytics solution. A solution lists each competency at most once.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class SolutionNeed implements WithSolutionNeed {
  SolutionNeed() {}

  /** The solution. */
  @Value.Parameter
  public abstract SolutionId solution();

  /** The name of the competency it needs, as in {@link org.alliancekit.model.party.Competency}. */
  @Value.Parameter
  public abstract String competency();

  /**
   * Returns the need of {@code solution} for {@code competency}.
   *
   * @throws IllegalArgumentException if the competency name is blank or holds control characters
   */
  public static SolutionNeed of(SolutionId solution, String competency) {
    return ImmutableSolutionNeed.of(solution, competency);
  }

  @Value.Check
  void check() {
    Checks.name("competency name", competency());
  }
}
