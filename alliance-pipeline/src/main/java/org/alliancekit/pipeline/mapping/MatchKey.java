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
 * <p>A key whose text is 64 lowercase hexadecimal digits (a keyed pseudonym, whether made by a
 * producer or read back from its text) holds the 32 bytes the digits spell and makes its text only
 * when asked; it is equal to and ordered against other keys exactly as its text would be. (It is a
 * final class with the constructor and methods of the record it used to be, so that it can hold
 * those bytes.)
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MatchKey implements Comparable<MatchKey> {
  private static final int DIGEST_DIGITS = 64;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  // The key text as given; null for a digest key made from its bytes.
  private final String value;
  // The text of a digest key made from its bytes, set on first request (a racy single check, like
  // String's hash: every thread that sets it sets an equal string).
  private String digits;
  // For a digest key, its 32 bytes as four big-endian longs; all zero otherwise.
  private final long d0;
  private final long d1;
  private final long d2;
  private final long d3;
  private final boolean digest;

  /**
   * Returns the key with the given text.
   *
   * @param value the key text
   * @throws IllegalArgumentException if the text is blank
   */
  public MatchKey(String value) {
    checkNotNull(value, "value");
    checkArgument(!value.isBlank(), "match key '%s' must not be blank", value);
    this.value = value;
    long[] words = isDigestText(value) ? parse(value) : null;
    this.digest = words != null;
    this.d0 = digest ? words[0] : 0;
    this.d1 = digest ? words[1] : 0;
    this.d2 = digest ? words[2] : 0;
    this.d3 = digest ? words[3] : 0;
  }

  private MatchKey(long d0, long d1, long d2, long d3) {
    this.value = null;
    this.digest = true;
    this.d0 = d0;
    this.d1 = d1;
    this.d2 = d2;
    this.d3 = d3;
  }

  /** Returns the key with the given text. */
  public static MatchKey of(String value) {
    return new MatchKey(value);
  }

  /**
   * The key whose text is the lowercase hexadecimal form of the 32 bytes held, big-endian, in the
   * four words.
   */
  static MatchKey ofWords(long d0, long d1, long d2, long d3) {
    return new MatchKey(d0, d1, d2, d3);
  }

  private static boolean isDigestText(String text) {
    if (text.length() != DIGEST_DIGITS) {
      return false;
    }
    for (int i = 0; i < DIGEST_DIGITS; i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static long[] parse(String text) {
    long[] words = new long[4];
    for (int i = 0; i < DIGEST_DIGITS; i++) {
      char c = text.charAt(i);
      int digit = c <= '9' ? c - '0' : c - 'a' + 10;
      words[i / 16] = (words[i / 16] << 4) | digit;
    }
    return words;
  }

  /** Returns the key text. */
  public String value() {
    if (value != null) {
      return value;
    }
    String text = digits;
    if (text == null) {
      char[] chars = new char[DIGEST_DIGITS];
      hex(d0, chars, 0);
      hex(d1, chars, 16);
      hex(d2, chars, 32);
      hex(d3, chars, 48);
      text = new String(chars);
      digits = text;
    }
    return text;
  }

  private static void hex(long word, char[] digits, int from) {
    for (int i = 15; i >= 0; i--) {
      digits[from + i] = HEX[(int) word & 0xF];
      word >>>= 4;
    }
  }

  /** Compares by key text. */
  @Override
  public int compareTo(MatchKey other) {
    if (digest && other.digest) {
      // Lowercase hexadecimal digits sort as the nibbles they spell, so the texts sort as the
      // bytes do, unsigned and big-endian.
      int order = Long.compareUnsigned(d0, other.d0);
      if (order == 0) {
        order = Long.compareUnsigned(d1, other.d1);
        if (order == 0) {
          order = Long.compareUnsigned(d2, other.d2);
          if (order == 0) {
            order = Long.compareUnsigned(d3, other.d3);
          }
        }
      }
      return order;
    }
    return value().compareTo(other.value());
  }

  /** Two keys are equal when their texts are. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MatchKey)) {
      return false;
    }
    MatchKey key = (MatchKey) other;
    if (digest != key.digest) {
      // Every text of 64 lowercase hexadecimal digits is held as a digest, so a digest key and a
      // text key never have the same text.
      return false;
    }
    return digest
        ? d0 == key.d0 && d1 == key.d1 && d2 == key.d2 && d3 == key.d3
        : value.equals(key.value);
  }

  @Override
  public int hashCode() {
    return digest ? Long.hashCode(d0) : value.hashCode();
  }

  /** Returns the key text. */
  @Override
  public String toString() {
    return value();
  }
}
