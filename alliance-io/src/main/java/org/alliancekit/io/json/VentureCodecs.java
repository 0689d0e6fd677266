package org.alliancekit.io.json;

import java.time.LocalDate;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.venture.JointVenture;
import org.alliancekit.model.venture.JointVentureId;
import org.alliancekit.model.venture.Ownership;

/** The JSON codecs of {@code org.alliancekit.model.venture}. */
final class VentureCodecs {
  private VentureCodecs() {}

  static void register(ModelModule module) {
    module.text(JointVentureId.class, JointVentureId::value, JointVentureId::parse);
    ownership(module);
    jointVenture(module);
  }

  private static void ownership(ModelModule module) {
    PropertyTable<Ownership> table = new PropertyTable<>();
    var owner = table.value("owner", PartnerId.class, Ownership::owner);
    var share = table.decimal("share", Ownership::share);
    module.object(Ownership.class, table, in -> Ownership.of(owner.read(in), share.read(in)));
  }

  private static void jointVenture(ModelModule module) {
    PropertyTable<JointVenture> table = new PropertyTable<>();
    var id = table.value("id", JointVentureId.class, JointVenture::id);
    var name = table.string("name", JointVenture::name);
    var owners = table.list("owners", Ownership.class, JointVenture::owners);
    var founded = table.optional("founded", LocalDate.class, JointVenture::founded);
    module.object(
        JointVenture.class,
        table,
        in ->
            JointVenture.builder()
                .id(id.read(in))
                .name(name.read(in))
                .owners(owners.read(in))
                .founded(founded.read(in))
                .build());
  }
}
