package org.alliancekit.model.network;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A network of partners that work together: its type, the party that organises it (every type but
 * {@link NetworkType#PEER_TO_PEER} has one), its members and what it focuses on.
 *
 * <pre>{@code
 * PartnerNetwork network = PartnerNetwork.builder()
 *     .id(NetworkId.of("net-1"))
 *     .name("Cloud Partner Circle")
 *     .type(NetworkType.VENDOR_DRIVEN)
 *     .organizer(PartnerId.of("hq"))
 *     .addMembers(PartnerId.of("acme"), PartnerId.of("globex"))
 *     .addFocus("cloud migration")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
@Value.Style.Depluralize(dictionary = "focus:focus")
public abstract class PartnerNetwork implements WithPartnerNetwork {
  PartnerNetwork() {}

  /** The network's id. */
  public abstract NetworkId id();

  /** The network's name. */
  public abstract String name();

  /** How the network is organised. */
  public abstract NetworkType type();

  /**
   * The party that runs the network, such as the vendor or distributor; present for every type but
   * {@link NetworkType#PEER_TO_PEER}, where it is optional. It need not be a member.
   */
  public abstract Optional<PartnerId> organizer();

  /** The member partners, in the order given; at least one. */
  public abstract ImmutableSet<PartnerId> members();

  /** Tags for what the network focuses on, such as an industry, region or technology. */
  public abstract ImmutableSet<String> focus();

  /** Whether {@code party} is a member of the network. */
  public boolean isMember(PartnerId party) {
    return members().contains(checkNotNull(party, "party"));
  }

  /** Returns a new builder; id, name, type and at least one member are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PartnerNetwork}. {@code build()} throws {@link IllegalStateException} naming
   * any missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePartnerNetwork.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.name("network name", name());
    checkArgument(
        type() == NetworkType.PEER_TO_PEER || organizer().isPresent(),
        "network %s of type %s must have an organizer",
        id(),
        type());
    checkArgument(!members().isEmpty(), "network %s must have at least one member", id());
    Checks.names("network focus", focus());
  }
}
