package org.alliancekit.benchmarks.mapping;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.alliancekit.pipeline.mapping.MatchKeyProducer;

/**
 * The hand-written baseline of the overlap count: each name normalised with the library's {@link
 * MatchKeyProducer#normalizeName}, tagged as the library tags it, keyed with one reused {@code
 * javax.crypto} HMAC-SHA256 {@link Mac}, and the first 64 bits of each digest kept in an
 * open-addressing hash set of {@code long}s; the right list's keys are then looked up in the left
 * list's set. Hashing is part of the work on both lists. A 64-bit prefix can collide, with a chance
 * of about one in 10^7 for two lists of a million; the cross-check against the library would catch
 * it.
 */
public final class MappingBaseline {
  private MappingBaseline() {}

  /** The number of right-list names whose key is also a left-list name's key. */
  public static long overlap(String[] left, String[] right, byte[] secret) {
    Mac mac;
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
    LongSet keys = new LongSet(left.length);
    for (String name : left) {
      keys.add(key(mac, name));
    }
    long overlap = 0;
    for (String name : right) {
      if (keys.contains(key(mac, name))) {
        overlap++;
      }
    }
    return overlap;
  }

  private static long key(Mac mac, String name) {
    byte[] digest =
        mac.doFinal(
            ("name:" + MatchKeyProducer.normalizeName(name)).getBytes(StandardCharsets.UTF_8));
    long prefix = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      prefix = (prefix << 8) | (digest[i] & 0xFF);
    }
    return prefix;
  }

  /** A set of longs by open addressing with linear probing, at most half full. */
  static final class LongSet {
    private final long[] slots;
    private final int mask;
    private boolean hasZero;

    LongSet(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
      slots = new long[capacity];
      mask = capacity - 1;
    }

    void add(long key) {
      if (key == 0) {
        hasZero = true;
        return;
      }
      int slot = index(key);
      while (slots[slot] != 0) {
        if (slots[slot] == key) {
          return;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = key;
    }

    boolean contains(long key) {
      if (key == 0) {
        return hasZero;
      }
      int slot = index(key);
      while (slots[slot] != 0) {
        if (slots[slot] == key) {
          return true;
        }
        slot = (slot + 1) & mask;
      }
      return false;
    }

    private int index(long key) {
      // The key is already a uniform hash; fold it to spread both halves.
      return (int) (key ^ (key >>> 32)) & mask;
    }
  }
}
