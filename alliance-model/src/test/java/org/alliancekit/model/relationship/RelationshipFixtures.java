package org.alliancekit.model.relationship;

import org.alliancekit.model.party.PartnerId;

/** Parties shared by the relationship tests. */
final class RelationshipFixtures {
  static final PartnerId HOST = PartnerId.of("hq");
  static final PartnerId PARTNER = PartnerId.of("acme");
  static final PartnerId STRANGER = PartnerId.of("globex");

  private RelationshipFixtures() {}
}
