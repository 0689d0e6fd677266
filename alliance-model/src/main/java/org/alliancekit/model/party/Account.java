package org.alliancekit.model.party;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An end customer account: the company that the host and its partners sell to.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Account implements WithAccount {
  Account() {}

  /** The account's id. */
  @Value.Parameter
  public abstract AccountId id();

  /** The customer's name. */
  @Value.Parameter
  public abstract String name();

  /** The customer's country, if known. */
  public abstract Optional<CountryCode> country();

  /** The customer's industry, such as "Banking", if known. */
  public abstract Optional<String> industry();

  /** The customer segment, such as "enterprise" or "public sector", if known. */
  public abstract Optional<String> segment();

  /**
   * Returns an account with only an id and a name.
   *
   * @throws IllegalArgumentException if the name is blank or holds control characters
   */
  public static Account of(AccountId id, String name) {
    return ImmutableAccount.of(id, name);
  }

  /** Returns a new builder; {@code id} and {@code name} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Account}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableAccount.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.name("account name", name());
    industry().ifPresent(industry -> Checks.name("account industry", industry));
    segment().ifPresent(segment -> Checks.name("account segment", segment));
  }
}
