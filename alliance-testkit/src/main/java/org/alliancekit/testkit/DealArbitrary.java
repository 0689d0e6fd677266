package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.attribution.Participant;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.apiguardian.api.API;

/**
 * Generates the participants of one deal, as {@link org.alliancekit.attribution.RoleWeighted} reads
 * them: parties {@code p1, p2, ...}, by default 1 to 6 of them, each in 1 or 2 different roles.
 * Roles are the names of the pipeline model's {@link InvolvementRole}s ({@code ORIGINATOR}, {@code
 * CO_SELLER}, ...) unless {@linkplain #roles given}. Participants are listed party by party, each
 * party's roles in the order the roles are given; no party is listed twice in the same role.
 * Parties with the same roles are common, since roles are drawn from a short list.
 *
 * <p>Values shrink towards the fewest parties allowed, each an {@code ORIGINATOR} (the first role)
 * only. Each configuration method returns a new arbitrary and leaves this one unchanged. Get one
 * from {@link AllianceArbitraries#deals()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DealArbitrary extends ArbitraryDecorator<List<Participant>> {
  private static final ImmutableList<String> ROLES =
      Arrays.stream(InvolvementRole.values())
          .map(Enum::name)
          .collect(ImmutableList.toImmutableList());

  private final int minParties;
  private final int maxParties;
  private final ImmutableList<String> roles;
  private final int maxRolesPerParty;

  DealArbitrary() {
    this(1, 6, ROLES, 2);
  }

  private DealArbitrary(
      int minParties, int maxParties, ImmutableList<String> roles, int maxRolesPerParty) {
    this.minParties = minParties;
    this.maxParties = maxParties;
    this.roles = roles;
    this.maxRolesPerParty = maxRolesPerParty;
  }

  /**
   * Returns an arbitrary whose deals have {@code min} to {@code max} parties.
   *
   * @throws IllegalArgumentException if {@code min} is less than 1 or greater than {@code max}, or
   *     {@code max} is more than 99
   */
  public DealArbitrary parties(int min, int max) {
    checkArgument(
        1 <= min && min <= max && max <= 99,
        "party count range %s..%s must lie within 1..99 and not be empty",
        min,
        max);
    return new DealArbitrary(min, max, roles, maxRolesPerParty);
  }

  /**
   * Returns an arbitrary whose parties play the given roles, shrinking towards the first.
   *
   * @throws IllegalArgumentException if no role is given or a role is not a valid role key
   */
  public DealArbitrary roles(String... roles) {
    ImmutableList<String> chosen = ImmutableSet.copyOf(roles).asList();
    checkArgument(!chosen.isEmpty(), "roles to choose from must not be empty");
    for (String role : chosen) {
      Participant.of(PartnerId.of("p1"), checkNotNull(role, "role")); // checks the key
    }
    return new DealArbitrary(minParties, maxParties, chosen, maxRolesPerParty);
  }

  /**
   * Returns an arbitrary whose parties each play 1 to {@code max} different roles.
   *
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public DealArbitrary rolesPerParty(int max) {
    checkArgument(max >= 1, "roles per party %s must be at least 1", max);
    return new DealArbitrary(minParties, maxParties, roles, max);
  }

  @Override
  protected Arbitrary<List<Participant>> arbitrary() {
    int most = Math.min(maxRolesPerParty, roles.size());
    return Arbitraries.integers()
        .between(0, roles.size() - 1)
        .set()
        .ofMinSize(1)
        .ofMaxSize(most)
        .list()
        .ofMinSize(minParties)
        .ofMaxSize(maxParties)
        .map(this::deal);
  }

  private List<Participant> deal(List<Set<Integer>> rolesOfParties) {
    ImmutableList.Builder<Participant> deal = ImmutableList.builder();
    for (int i = 0; i < rolesOfParties.size(); i++) {
      PartnerId party = PartnerId.of("p" + (i + 1));
      for (int role : new TreeSet<>(rolesOfParties.get(i))) {
        deal.add(Participant.of(party, roles.get(role)));
      }
    }
    return deal.build();
  }
}
