package org.alliancekit.model.venture;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A company owned by two or more parents, whose shares add up to exactly one. A joint venture sells
 * in its own right, so it has a pipeline of its own beside the alliance pipeline of its parents and
 * its pairwise pipelines with each of them.
 *
 * <pre>{@code
 * JointVenture jv = JointVenture.builder()
 *     .id(JointVentureId.of("jv-1"))
 *     .name("Acme Globex Cloud")
 *     .addOwners(
 *         Ownership.of(PartnerId.of("acme"), new BigDecimal("0.6")),
 *         Ownership.of(PartnerId.of("globex"), new BigDecimal("0.4")))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class JointVenture implements WithJointVenture {
  JointVenture() {}

  /** The joint venture's id. */
  public abstract JointVentureId id();

  /** The joint venture's name. */
  public abstract String name();

  /**
   * The parents and their shares, in the order given: at least two, each owner once, shares summing
   * to exactly one.
   */
  public abstract ImmutableList<Ownership> owners();

  /** The day the joint venture was founded, if known. */
  public abstract Optional<LocalDate> founded();

  /** The owning parties, in the order of {@link #owners()}. */
  public ImmutableSet<PartnerId> ownerIds() {
    return owners().stream().map(Ownership::owner).collect(ImmutableSet.toImmutableSet());
  }

  /** Whether {@code party} is one of the owners. */
  public boolean isOwner(PartnerId party) {
    checkNotNull(party, "party");
    return owners().stream().anyMatch(ownership -> ownership.owner().equals(party));
  }

  /** The share {@code party} holds, or zero if it is not an owner. */
  public BigDecimal shareOf(PartnerId party) {
    checkNotNull(party, "party");
    return owners().stream()
        .filter(ownership -> ownership.owner().equals(party))
        .map(Ownership::share)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  /** Returns a new builder; id, name and at least two owners are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link JointVenture}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableJointVenture.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.name("joint venture name", name());
    checkArgument(
        owners().size() >= 2,
        "joint venture %s must have at least two owners, has %s",
        id(),
        owners().size());
    Set<PartnerId> seen = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Ownership ownership : owners()) {
      checkArgument(
          seen.add(ownership.owner()),
          "joint venture %s lists owner %s more than once",
          id(),
          ownership.owner());
      sum = sum.add(ownership.share());
    }
    checkArgument(
        sum.compareTo(BigDecimal.ONE) == 0,
        "owner shares of joint venture %s sum to %s, not 1",
        id(),
        sum.toPlainString());
  }
}
