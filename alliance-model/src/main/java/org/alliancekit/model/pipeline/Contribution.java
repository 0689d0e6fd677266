package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What one party puts into a {@link Solution}: one or more {@link ContributionKind}s.
 *
 * <pre>{@code
 * Contribution isv = Contribution.of(PartnerId.of("isv"),
 *     ContributionKind.RESALE, ContributionKind.JOINT_GO_TO_MARKET);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Contribution implements WithContribution {

  Contribution() {}

  /** The contributing party. */
  @Value.Parameter
  public abstract PartnerId party();

  /** What it contributes; at least one kind, in the enum's declaration order. */
  @Value.Parameter
  public abstract ImmutableSet<ContributionKind> kinds();

  /**
   * The reseller's margin in percent of the deal, from 0 to 100, when the party resells ({@link
   * ContributionKind#RESALE}) and the margin is known. Compared with {@link BigDecimal#equals}.
   */
  public abstract Optional<BigDecimal> marginPercent();

  /** Whether the party contributes the given kind. */
  public boolean includes(ContributionKind kind) {
    return kinds().contains(checkNotNull(kind, "kind"));
  }

  /**
   * Returns a contribution of the given kinds.
   *
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public static Contribution of(PartnerId party, Iterable<ContributionKind> kinds) {
    return ImmutableContribution.of(party, kinds);
  }

  /** Returns a contribution of one or more kinds. */
  public static Contribution of(PartnerId party, ContributionKind kind, ContributionKind... more) {
    return ImmutableContribution.of(party, Lists.asList(kind, more));
  }

  @Value.Check
  void check() {
    checkArgument(!kinds().isEmpty(), "contribution of %s must name at least one kind", party());
    marginPercent()
        .ifPresent(
            margin -> {
              checkArgument(
                  includes(ContributionKind.RESALE),
                  "contribution of %s has a margin of %s%, but only a reseller (RESALE) has one",
                  party(),
                  margin.toPlainString());
              checkArgument(
                  Checks.isPercent(margin),
                  "contribution of %s has a margin of %s%, outside 0 to 100",
                  party(),
                  margin.toPlainString());
              checkArgument(
                  DecimalLimit.fits(margin),
                  "contribution of %s has a margin with more than %s digits",
                  party(),
                  DecimalLimit.MAX_DIGITS);
            });
  }
}
