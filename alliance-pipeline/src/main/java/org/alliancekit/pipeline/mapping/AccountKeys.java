package org.alliancekit.pipeline.mapping;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The match keys of one party's accounts, and nothing else: what a party sends to the other when
 * they map accounts without showing each other the accounts outside the overlap (see {@link
 * MatchKeyProducer}). Keys are kept in key order, so the order of the accounts is not revealed
 * either.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class AccountKeys implements WithAccountKeys {
  AccountKeys() {}

  /** The party whose keys these are. */
  @Value.Parameter
  public abstract PartnerId party();

  /** The keys, in key order. */
  @Value.Parameter
  public abstract ImmutableSet<MatchKey> keys();

  /** The keys both parties hold, in key order. */
  public ImmutableSet<MatchKey> commonWith(AccountKeys other) {
    // Both key sets are in key order: one merge of the two finds the common keys in key order.
    ImmutableList<MatchKey> mine = keys().asList();
    ImmutableList<MatchKey> theirs = other.keys().asList();
    ImmutableSet.Builder<MatchKey> common =
        ImmutableSet.builderWithExpectedSize(Math.min(mine.size(), theirs.size()));
    int i = 0;
    int j = 0;
    while (i < mine.size() && j < theirs.size()) {
      int order = mine.get(i).compareTo(theirs.get(j));
      if (order <= 0) {
        if (order == 0) {
          common.add(mine.get(i));
          j++;
        }
        i++;
      } else {
        j++;
      }
    }
    return common.build();
  }

  /** Returns the keys of {@code party}. */
  public static AccountKeys of(PartnerId party, Iterable<? extends MatchKey> keys) {
    return ImmutableAccountKeys.of(party, keys);
  }

  /** Returns a new builder; the party is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountKeys}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableAccountKeys.Builder {
    Builder() {}
  }

  @Value.Check
  AccountKeys normalize() {
    if (Ordering.natural().isStrictlyOrdered(keys())) {
      return this;
    }
    return builder().party(party()).keys(Ordering.natural().sortedCopy(keys())).build();
  }
}
