package org.alliancekit.io.json;

import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.network.NetworkType;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.PartnerId;

/** The JSON codecs of {@code org.alliancekit.model.network}. */
final class NetworkCodecs {
  private NetworkCodecs() {}

  static void register(ModelModule module) {
    module.text(NetworkId.class, NetworkId::value, NetworkId::parse);
    PropertyTable<PartnerNetwork> table = new PropertyTable<>();
    var id = table.value("id", NetworkId.class, PartnerNetwork::id);
    var name = table.string("name", PartnerNetwork::name);
    var type = table.constant("type", NetworkType.class, PartnerNetwork::type);
    var organizer = table.optional("organizer", PartnerId.class, PartnerNetwork::organizer);
    var members = table.list("members", PartnerId.class, PartnerNetwork::members);
    var focus = table.list("focus", String.class, PartnerNetwork::focus);
    module.object(
        PartnerNetwork.class,
        table,
        in ->
            PartnerNetwork.builder()
                .id(id.read(in))
                .name(name.read(in))
                .type(type.read(in))
                .organizer(organizer.read(in))
                .members(members.read(in))
                .focus(focus.read(in))
                .build());
  }
}
