package org.alliancekit.model.network;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * Identifies a partner network.
 *
 * <p>An id is any non-blank text of at most 256 characters without control characters and without
 * leading or trailing whitespace; ids compare by their text. Immutable and thread-safe.
 *
 * @param value the id text
 */
@API(status = STABLE, since = "0.1")
public record NetworkId(String value) implements Comparable<NetworkId> {

  /** Validates the id text. */
  public NetworkId {
    Checks.id("network id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static NetworkId of(String value) {
    return new NetworkId(value);
  }

  /**
   * Parses an id from its text form, as written by {@link #toString()}.
   *
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static NetworkId parse(String text) {
    return new NetworkId(text);
  }

  @Override
  public int compareTo(NetworkId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id text. */
  @Override
  public String toString() {
    return value;
  }
}
