package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The accounts one party brings to an account mapping.
 *
 * <p>Rules: each account once; each opportunity under one account only, so that no opportunity can
 * be counted twice.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class AccountBook implements WithAccountBook {
  AccountBook() {}

  /** The party whose accounts these are. */
  @Value.Parameter
  public abstract PartnerId party();

  /** The accounts, in the order given. */
  @Value.Parameter
  public abstract ImmutableList<AccountEntry> entries();

  /** Returns the book of the given entries. */
  public static AccountBook of(PartnerId party, Iterable<? extends AccountEntry> entries) {
    return ImmutableAccountBook.of(party, entries);
  }

  /** Returns a new builder; the party is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountBook}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableAccountBook.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<AccountId> accounts = new HashSet<>();
    Map<OpportunityId, AccountId> opportunities = new HashMap<>();
    for (AccountEntry entry : entries()) {
      AccountId account = entry.account().id();
      checkArgument(
          accounts.add(account), "account %s is listed twice in the book of %s", account, party());
      for (Opportunity opportunity : entry.opportunities()) {
        AccountId earlier = opportunities.putIfAbsent(opportunity.id(), account);
        checkArgument(
            earlier == null,
            "opportunity %s is listed twice in the book of %s, under accounts %s and %s",
            opportunity.id(),
            party(),
            earlier,
            account);
      }
    }
  }
}
