package org.alliancekit.io.json;

/** Placeholder. */
public final class AllianceJson {
  private AllianceJson() {}
}
