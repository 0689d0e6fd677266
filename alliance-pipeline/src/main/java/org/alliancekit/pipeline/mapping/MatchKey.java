package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A key on which accounts of two parties are matched: either the plain tagged form of a normalised
 * name or domain ({@code name:northwind}, {@code domain:northwind.com}) or its keyed pseudonym, as
 * made by a {@link MatchKeyProducer}. Two accounts match when they share a key made by the same
 * producer. Keys compare by their text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the key text
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MatchKey(String value) implements Comparable<MatchKey> {

  /** Checks that the key text is not blank. */
  public MatchKey {
    checkNotNull(value, "value");
    checkArgument(!value.isBlank(), "match key '%s' must not be blank", value);
  }

  /** Returns the key with the given text. */
  public static MatchKey of(String value) {
    return new MatchKey(value);
  }

  @Override
  public int compareTo(MatchKey other) {
    return value.compareTo(other.value);
  }

  /** Returns the key text. */
  @Override
  public String toString() {
    return value;
  }
}
