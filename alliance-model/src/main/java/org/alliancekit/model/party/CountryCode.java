package org.alliancekit.model.party;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code GB} or {@code DE}.
 *
 * <p>Only codes that the JDK knows as ISO 3166 countries are accepted, in upper case. Immutable and
 * thread-safe.
 *
 * @param alpha2 the two-letter code in upper case
 */
@API(status = STABLE, since = "0.1")
public record CountryCode(String alpha2) implements Comparable<CountryCode> {
  private static final ImmutableSet<String> KNOWN =
      ImmutableSet.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  /** Validates the code. */
  public CountryCode {
    checkNotNull(alpha2, "country code must not be null");
    checkArgument(
        KNOWN.contains(alpha2),
        "country code '%s' is not an upper-case ISO 3166-1 alpha-2 code",
        alpha2);
  }

  /**
   * Returns the country with the given upper-case ISO 3166-1 alpha-2 code.
   *
   * @throws IllegalArgumentException if the code is not a known ISO 3166 country
   */
  public static CountryCode of(String alpha2) {
    return new CountryCode(alpha2);
  }

  /**
   * Parses a code, ignoring case and surrounding whitespace ({@code " gb"} gives {@code GB}).
   *
   * @throws IllegalArgumentException if the text is not a known ISO 3166 country code
   */
  public static CountryCode parse(String text) {
    checkNotNull(text, "country code must not be null");
    return new CountryCode(text.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public int compareTo(CountryCode other) {
    return alpha2.compareTo(other.alpha2);
  }

  /** Returns the two-letter code. */
  @Override
  public String toString() {
    return alpha2;
  }
}
