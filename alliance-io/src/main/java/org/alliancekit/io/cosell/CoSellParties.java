package org.alliancekit.io.cosell;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.apiguardian.api.API;

/**
 * The two parties of an import from a co-sell system when the caller names them by id only: the
 * host (the company whose data it is) and the platform vendor whose system the data comes from. A
 * partner needs at least one kind, so the host is taken as an {@link PartnerKind#ISV} named by its
 * id; pass real {@link Partner}s to the readers to say more.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CoSellParties {
  private CoSellParties() {}

  /** The host named by its id, of kind ISV. */
  public static Partner host(PartnerId host) {
    checkNotNull(host, "host");
    return Partner.builder().id(host).name(host.value()).addKinds(PartnerKind.ISV).build();
  }

  /** A platform vendor with the given id and name, of kind PLATFORM_VENDOR. */
  public static Partner platform(PartnerId platform, String name) {
    checkNotNull(platform, "platform");
    return Partner.builder().id(platform).name(name).addKinds(PartnerKind.PLATFORM_VENDOR).build();
  }
}
