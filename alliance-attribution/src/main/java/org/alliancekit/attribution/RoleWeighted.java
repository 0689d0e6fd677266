package org.alliancekit.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancekit.attribution.internal.Arguments;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Attribution by role: each role has a weight, each party earns the weights of its roles in the
 * deal, and the shares are those earnings divided by their total.
 *
 * <p>The weights are relative: with the {@link #standard()} weights a deal with an originator, a
 * co-seller and an influencer splits 50/30/20, and a deal with an originator and two co-sellers
 * splits 0.5 : 0.3 : 0.3, that is 45.5%, 27.3% and 27.3%. A party with two roles earns both
 * weights; the same party listed twice in the same role counts once. A role with weight zero earns
 * nothing, so a party whose only role weighs zero gets a share of zero.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class RoleWeighted implements AttributionModel<Collection<Participant>> {
  private static final RoleWeighted STANDARD =
      new RoleWeighted(
          ImmutableMap.<String, Double>builder()
              .put("ORIGINATOR", 0.5)
              .put("CO_SELLER", 0.3)
              .put("RESELLER", 0.3)
              .put("DISTRIBUTOR", 0.1)
              .put("INFLUENCER", 0.2)
              .put("DELIVERY", 0.2)
              .put("TECHNOLOGY_PROVIDER", 0.2)
              .put("REFERRER", 0.2)
              .buildOrThrow());

  private final ImmutableMap<String, Double> weights;

  private RoleWeighted(ImmutableMap<String, Double> weights) {
    this.weights = weights;
  }

  /**
   * The standard weights, keyed by the names of the pipeline model's involvement roles: originator
   * 0.5; co-seller and reseller 0.3; influencer, delivery, technology provider and referrer 0.2;
   * distributor 0.1. They are a starting point to be tuned, not a rule.
   */
  public static RoleWeighted standard() {
    return STANDARD;
  }

  /**
   * Returns the model with the given weight per role key.
   *
   * @throws IllegalArgumentException if there are no weights, a role key is invalid, a weight is
   *     negative or not finite, or all weights are zero
   */
  public static RoleWeighted of(Map<String, Double> weights) {
    checkNotNull(weights, "weights");
    checkArgument(!weights.isEmpty(), "role weights must name at least one role");
    ImmutableMap<String, Double> copy = ImmutableSortedMap.copyOf(weights);
    copy.forEach(
        (role, weight) ->
            Arguments.weight("weight", "role " + Arguments.key("role", role), weight));
    checkArgument(
        copy.values().stream().anyMatch(w -> w > 0), "role weights %s must not all be zero", copy);
    return new RoleWeighted(copy);
  }

  /** The weight of each role key. */
  public ImmutableMap<String, Double> weights() {
    return weights;
  }

  /**
   * Returns a copy with the weight of one role set or replaced.
   *
   * @throws IllegalArgumentException as {@link #of} does
   */
  public RoleWeighted withWeight(String role, double weight) {
    checkNotNull(role, "role");
    Map<String, Double> copy = new LinkedHashMap<>(weights);
    copy.put(role, weight);
    return of(copy);
  }

  /**
   * Each party's share by the weights of its roles.
   *
   * @throws IllegalArgumentException if there are no participants, a role has no weight, or every
   *     participant's role weighs zero
   */
  @Override
  public Shares shares(Collection<Participant> participants) {
    checkNotNull(participants, "participants");
    checkArgument(!participants.isEmpty(), "deal has no parties to share the credit among");
    // Participants sorted by party, then role: duplicates are neighbours, and each party's weights
    // are added in role order, as a party's earnings always are.
    Participant[] sorted = participants.toArray(new Participant[0]);
    for (Participant participant : sorted) {
      checkNotNull(participant, "participant");
    }
    if (!isSorted(sorted)) {
      Arrays.sort(sorted, BY_PARTY_AND_ROLE);
    }
    PartnerId[] parties = new PartnerId[sorted.length];
    double[] earned = new double[sorted.length];
    int count = 0;
    boolean anyPositive = false;
    for (int i = 0; i < sorted.length; i++) {
      Participant participant = sorted[i];
      if (i > 0 && participant.equals(sorted[i - 1])) {
        continue;
      }
      Double weight = weights.get(participant.role());
      if (weight == null) {
        throw new IllegalArgumentException(
            String.format(
                "role %s of party %s has no weight; weighted roles are %s",
                participant.role(), participant.party(), weights.keySet()));
      }
      if (count > 0 && parties[count - 1].equals(participant.party())) {
        earned[count - 1] += weight;
      } else {
        parties[count] = participant.party();
        earned[count++] = weight;
      }
    }
    for (int i = 0; i < count; i++) {
      anyPositive |= earned[i] > 0;
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(
          String.format(
              "every role of parties %s weighs zero, so there is no credit to share",
              Arrays.asList(parties).subList(0, count)));
    }
    return Shares.proportional(Arrays.copyOf(parties, count), Arrays.copyOf(earned, count));
  }

  private static boolean isSorted(Participant[] participants) {
    for (int i = 1; i < participants.length; i++) {
      if (BY_PARTY_AND_ROLE.compare(participants[i - 1], participants[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  private static final Comparator<Participant> BY_PARTY_AND_ROLE =
      (a, b) -> {
        int byParty = a.party().compareTo(b.party());
        return byParty != 0 ? byParty : a.role().compareTo(b.role());
      };

  @Override
  public String toString() {
    return "RoleWeighted" + weights;
  }
}
