package org.alliancekit.attribution.stacking;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import org.alliancekit.model.batch.Problem;
import org.apiguardian.api.API;

/**
 * The value stacks of a set of solutions, from {@link ValueStacking#fromSolutions(Collection,
 * Collection, LocalDate)}: one {@link SolutionStack} per solution and currency with won deals, and
 * the won deals that could not be stacked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stacks one per solution and currency, ordered by solution id, then currency code
 * @param problems the won deals of the window that were left out, each at its row (the deal's
 *     position in the input, counting from 0) with the deal's id as key, in input order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SolutionStacks(ImmutableList<SolutionStack> stacks, ImmutableList<Problem> problems) {

  /** Validates that both lists are present. */
  public SolutionStacks {
    checkNotNull(stacks, "stacks must not be null");
    checkNotNull(problems, "problems must not be null");
  }
}
