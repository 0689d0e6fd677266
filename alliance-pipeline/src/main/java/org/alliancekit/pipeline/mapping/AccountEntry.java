package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.pipeline.Opportunity;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One account in a party's {@link AccountBook}: the account, whether it is a customer or a prospect
 * of the party, optionally its web domain (which matches more reliably than a name), and the
 * party's opportunities on it.
 *
 * <p>Rules: the domain, when given, has a host name (see {@link
 * MatchKeyProducer#normalizeDomain(String)}); every opportunity is on this account.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class AccountEntry implements WithAccountEntry {
  AccountEntry() {}

  /** The account. */
  @Value.Parameter
  public abstract Account account();

  /** Whether the account is a customer or a prospect of the party. */
  @Value.Parameter
  public abstract AccountStatus status();

  /** The account's web or e-mail domain, such as "northwind.com", if known. */
  public abstract Optional<String> domain();

  /** The party's opportunities on the account, open or closed, in the order given. */
  public abstract ImmutableList<Opportunity> opportunities();

  /** Returns an entry without domain or opportunities. */
  public static AccountEntry of(Account account, AccountStatus status) {
    return ImmutableAccountEntry.of(account, status);
  }

  /** Returns a new builder; account and status are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountEntry}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableAccountEntry.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    domain().ifPresent(MatchKeyProducer::normalizeDomain);
    for (Opportunity opportunity : opportunities()) {
      checkArgument(
          opportunity.account().id().equals(account().id()),
          "opportunity %s is on account %s, not on account %s it is listed under",
          opportunity.id(),
          opportunity.account().id(),
          account().id());
    }
  }
}
