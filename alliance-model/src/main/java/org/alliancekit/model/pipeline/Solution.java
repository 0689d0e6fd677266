package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableSet.toImmutableSet;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A repeatable offer that several parties sell together, and what each contributes to it. Teaming
 * around a defined solution makes a partnership concrete, and makes each party's share of the value
 * visible: for example an ISV's product resold and marketed jointly, on a platform vendor's cloud,
 * implemented by a systems integrator.
 *
 * <pre>{@code
 * Solution solution = Solution.of(SolutionId.of("claims-cloud"), "Claims on Cloud",
 *     Contribution.of(isv, ContributionKind.RESALE, ContributionKind.JOINT_GO_TO_MARKET),
 *     Contribution.of(platform, ContributionKind.PLATFORM, ContributionKind.JOINT_GO_TO_MARKET),
 *     Contribution.of(integrator, ContributionKind.SERVICES));
 * }</pre>
 *
 * <p>A solution has at least one contribution and lists each party at most once. Immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Solution implements WithSolution {
  Solution() {}

  /** The solution's id, unique in a portfolio. */
  @Value.Parameter
  public abstract SolutionId id();

  /** The solution's name. */
  @Value.Parameter
  public abstract String name();

  /** Who contributes what; each party once, in the order given. */
  @Value.Parameter
  public abstract ImmutableList<Contribution> contributions();

  /** The contributing parties, in order. */
  public ImmutableSet<PartnerId> parties() {
    return contributions().stream().map(Contribution::party).collect(toImmutableSet());
  }

  /** The parties that contribute the given kind, in order. */
  public ImmutableSet<PartnerId> contributorsOf(ContributionKind kind) {
    checkNotNull(kind, "kind");
    return contributions().stream()
        .filter(contribution -> contribution.includes(kind))
        .map(Contribution::party)
        .collect(toImmutableSet());
  }

  /** The contribution of the given party, if it contributes. */
  public Optional<Contribution> contributionOf(PartnerId party) {
    checkNotNull(party, "party");
    return contributions().stream()
        .filter(contribution -> contribution.party().equals(party))
        .findFirst();
  }

  /**
   * Returns a solution with the given contributions.
   *
   * @throws IllegalArgumentException if the name is blank, there is no contribution or a party
   *     contributes twice
   */
  public static Solution of(SolutionId id, String name, Contribution... contributions) {
    return ImmutableSolution.of(id, name, ImmutableList.copyOf(contributions));
  }

  /** Returns a new builder; the id, the name and at least one contribution are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Solution}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableSolution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.name("solution name", name());
    checkArgument(
        !contributions().isEmpty(), "solution %s must have at least one contribution", name());
    Set<PartnerId> seen = new HashSet<>();
    for (Contribution contribution : contributions()) {
      checkArgument(
          seen.add(contribution.party()),
          "solution %s lists %s as contributor more than once",
          name(),
          contribution.party());
    }
  }
}
