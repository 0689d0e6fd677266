package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * Makes the {@link MatchKey}s that account mapping matches on: one from the account's normalised
 * name and, when the entry has a domain, one from its normalised domain. Accounts that share any
 * key match.
 *
 * <p>The {@link #plain()} producer uses the tagged normalised text itself ({@code name:northwind},
 * {@code domain:northwind.com}); {@link #hmacSha256(byte[])} replaces it by its keyed HMAC-SHA256
 * (Guava {@link Hashing#hmacSha256(byte[])}), in lowercase hexadecimal. Both match exactly the same
 * accounts.
 *
 * <h2>Mapping without showing the accounts outside the overlap</h2>
 *
 * <ol>
 *   <li>The two parties agree on a secret key and each builds {@code hmacSha256(key)}.
 *   <li>Each computes {@link #keysOf(AccountBook)} on its own book and sends the resulting {@link
 *       AccountKeys} (keys only: no names, statuses or amounts) to the other.
 *   <li>Each computes {@link #overlapping(AccountBook, Set)} of its own book with the other's keys
 *       and shares only that reduced book; {@link AccountMapping} on the two reduced books gives
 *       the shared cells of the full mapping exactly.
 * </ol>
 *
 * <p>What this protects and what not: someone without the key (a third party relaying the keys,
 * say) learns nothing but the number of keys. The other party learns how many keys it did not
 * match, and, because it holds the key, it can test guesses: it can make keys for a list of company
 * names or domains and see which ones the sender has. Keyed hashing keeps accounts out of casual
 * sight, not out of reach of a partner set on guessing; a full private set intersection protocol is
 * needed for that.
 *
 * <h2>Normalisation</h2>
 *
 * <p>Names are decomposed (NFKD) and stripped of accents, lower-cased, "&amp;" read as "and", dots
 * dropped, every other character that is not a letter or digit read as a space; a leading "the" and
 * trailing legal forms (such as ltd, inc, llc, plc, corp, gmbh, ag, sa, spa, srl, bv, nv) are
 * dropped while a word remains. "Northwind Traders, Inc." and "NORTHWIND TRADERS LTD" both become
 * "northwind traders". Domains are lower-cased and stripped of a scheme, user part or e-mail local
 * part, "www.", port, path and trailing dot: "https://www.Northwind.com/about" and
 * "sales@northwind.com" both become "northwind.com". Normalisation cannot tell apart two companies
 * of the same name, nor join a company's two names; such cases need a shared domain or registry id.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MatchKeyProducer {
  /** The shortest key accepted for keyed match keys, in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  private static final ImmutableSet<String> LEGAL_FORMS =
      ImmutableSet.of(
          "ltd",
          "limited",
          "inc",
          "incorporated",
          "llc",
          "llp",
          "lp",
          "plc",
          "corp",
          "corporation",
          "co",
          "company",
          "gmbh",
          "ag",
          "kg",
          "sa",
          "sas",
          "sarl",
          "spa",
          "srl",
          "bv",
          "nv",
          "oy",
          "ab",
          "pty",
          "pte");
  private static final CharMatcher COMBINING =
      CharMatcher.forPredicate(c -> Character.getType(c) == Character.NON_SPACING_MARK);
  private static final CharMatcher LETTER_OR_DIGIT =
      CharMatcher.forPredicate(Character::isLetterOrDigit);
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

  private final Optional<HashFunction> hmac;
  // The same key for the HMAC instances that key a whole book, one per call; null when plain.
  private final SecretKeySpec secret;

  private MatchKeyProducer(Optional<HashFunction> hmac, SecretKeySpec secret) {
    this.hmac = hmac;
    this.secret = secret;
  }

  /** Returns the producer of plain keys: the tagged normalised names and domains themselves. */
  public static MatchKeyProducer plain() {
    return new MatchKeyProducer(Optional.empty(), null);
  }

  /**
   * Returns the producer of keyed pseudonymous keys; both parties must use the same key.
   *
   * @throws IllegalArgumentException if the key is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  public static MatchKeyProducer hmacSha256(byte[] key) {
    checkNotNull(key, "key");
    checkArgument(
        key.length >= MIN_KEY_BYTES,
        "match key secret of %s bytes is shorter than the %s bytes required",
        key.length,
        MIN_KEY_BYTES);
    return new MatchKeyProducer(
        Optional.of(Hashing.hmacSha256(key.clone())), new SecretKeySpec(key, HMAC_SHA256));
  }

  /** The keys of one account: from its name, and from its domain when it has one. */
  public ImmutableSet<MatchKey> keysOf(AccountEntry entry) {
    checkNotNull(entry, "entry");
    return keysOf(entry, this::key);
  }

  private static ImmutableSet<MatchKey> keysOf(AccountEntry entry, Function<String, MatchKey> key) {
    MatchKey name = key.apply("name:" + normalizeName(entry.account().name()));
    if (entry.domain().isEmpty()) {
      return ImmutableSet.of(name);
    }
    return ImmutableSet.of(name, key.apply("domain:" + normalizeDomain(entry.domain().get())));
  }

  /** The keys of every account in the book, without anything else: what a party may send out. */
  public AccountKeys keysOf(AccountBook book) {
    checkNotNull(book, "book");
    EntryKeys keys = keysOf(book.entries());
    ImmutableSet.Builder<MatchKey> sorted = ImmutableSet.builderWithExpectedSize(keys.size());
    if (keys.words != null) {
      int[] order = Digests.order(keys.words, keys.size());
      for (int i = 0; i < order.length; i++) {
        if (i == 0 || Digests.compare(keys.words, order[i - 1], order[i]) != 0) {
          sorted.add(keys.key(order[i]));
        }
      }
    } else {
      MatchKey[] plain = keys.keys.clone();
      Arrays.sort(plain);
      for (int i = 0; i < plain.length; i++) {
        if (i == 0 || !plain[i].equals(plain[i - 1])) {
          sorted.add(plain[i]);
        }
      }
    }
    return AccountKeys.of(book.party(), sorted.build());
  }

  /** The keys of each entry, made with one HMAC instance for all of them. */
  EntryKeys keysOf(List<AccountEntry> entries) {
    Keyer keyer = new Keyer();
    int count = entries.size();
    for (AccountEntry entry : entries) {
      if (entry.domain().isPresent()) {
        count++;
      }
    }
    EntryKeys keys = new EntryKeys(entries.size(), count, keyer.mac != null);
    for (int i = 0; i < entries.size(); i++) {
      AccountEntry entry = entries.get(i);
      keys.start(i);
      keyer.add("name:" + normalizeName(entry.account().name()), keys);
      if (entry.domain().isPresent()) {
        keyer.add("domain:" + normalizeDomain(entry.domain().get()), keys);
      }
    }
    keys.start(entries.size());
    return keys;
  }

  /**
   * The keys of a list of entries, flat: the keys of entry {@code i} are keys {@code start[i]} up
   * to {@code start[i + 1] - 1}, its name's key first. Keyed keys are held as the four words of
   * their digests ({@link Digests}), plain keys as {@link MatchKey}s.
   */
  static final class EntryKeys {
    final int[] start;
    // Four words per key when keyed, else null.
    final long[] words;
    // The keys when plain, else null.
    final MatchKey[] keys;
    private int size;

    EntryKeys(int entries, int capacity, boolean keyed) {
      start = new int[entries + 1];
      words = keyed ? new long[Digests.WORDS * capacity] : null;
      keys = keyed ? null : new MatchKey[capacity];
    }

    private void start(int entry) {
      start[entry] = size;
    }

    private void add(MatchKey key) {
      keys[size++] = key;
    }

    private void addDigest(byte[] digest) {
      Digests.put(digest, words, size++);
    }

    /** The number of entries. */
    int entries() {
      return start.length - 1;
    }

    /** The number of keys. */
    int size() {
      return size;
    }

    /** Key {@code k}. */
    MatchKey key(int k) {
      return words == null ? keys[k] : Digests.key(words, k);
    }
  }

  /**
   * Returns the part of {@code book} that overlaps the other party's keys: every account that has
   * one of {@code theirKeys}, together with the accounts of the same book it matches through a
   * shared key (duplicate records of the same customer), so that no group of accounts is split. The
   * entries keep their order.
   */
  public AccountBook overlapping(AccountBook book, Set<MatchKey> theirKeys) {
    checkNotNull(book, "book");
    ImmutableSet<MatchKey> theirs = ImmutableSet.copyOf(theirKeys);
    EntryKeys keys = keysOf(book.entries());
    Groups groups = Groups.of(keys);
    boolean[] kept = new boolean[keys.entries()];
    for (int group = 0; group < groups.count(); group++) {
      boolean shared = false;
      for (int m = groups.start(group); m < groups.start(group + 1) && !shared; m++) {
        int entry = groups.member(m);
        for (int k = keys.start[entry]; k < keys.start[entry + 1] && !shared; k++) {
          shared = theirs.contains(keys.key(k));
        }
      }
      if (shared) {
        for (int m = groups.start(group); m < groups.start(group + 1); m++) {
          kept[groups.member(m)] = true;
        }
      }
    }
    List<AccountEntry> entries = new ArrayList<>();
    for (int i = 0; i < book.entries().size(); i++) {
      if (kept[i]) {
        entries.add(book.entries().get(i));
      }
    }
    return AccountBook.of(book.party(), entries);
  }

  /** Says whether the producer is keyed; never shows the key. */
  @Override
  public String toString() {
    return "MatchKeyProducer{" + (hmac.isPresent() ? "HMAC-SHA256" : "plain") + "}";
  }

  /**
   * Returns the normalised form of a company name, as described above; if nothing is left of it,
   * the lower-cased, stripped name itself.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static String normalizeName(String name) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "account name '%s' must not be blank", name);
    String text = COMBINING.removeFrom(Normalizer.normalize(name, Normalizer.Form.NFKD));
    text = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace(".", "");
    text = LETTER_OR_DIGIT.negate().replaceFrom(text, ' ');
    List<String> words = new ArrayList<>(WORDS.splitToList(text));
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    String normalized = String.join(" ", words);
    return normalized.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : normalized;
  }

  /**
   * Returns the normalised form of a web or e-mail domain, as described above.
   *
   * @throws IllegalArgumentException if no host name is left
   */
  public static String normalizeDomain(String domain) {
    checkNotNull(domain, "domain");
    String text = domain.strip().toLowerCase(Locale.ROOT);
    int scheme = text.indexOf("://");
    if (scheme >= 0) {
      text = text.substring(scheme + 3);
    }
    int end = CharMatcher.anyOf("/?#").indexIn(text);
    if (end >= 0) {
      text = text.substring(0, end);
    }
    text = text.substring(text.lastIndexOf('@') + 1);
    int port = text.indexOf(':');
    if (port >= 0) {
      text = text.substring(0, port);
    }
    while (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.startsWith("www.")) {
      text = text.substring(4);
    }
    checkArgument(
        !text.isEmpty() && CharMatcher.whitespace().matchesNoneOf(text),
        "domain '%s' has no host name",
        domain);
    return text;
  }

  private MatchKey key(String tagged) {
    return MatchKey.of(
        hmac.map(f -> f.hashString(tagged, StandardCharsets.UTF_8).toString()).orElse(tagged));
  }

  private static final String HMAC_SHA256 = "HmacSHA256";

  /**
   * Makes the keys of one call: the same keys as {@link #key}, with one HMAC instance for every
   * account instead of one per key, each key holding its digest rather than its text. Confined to
   * the call that made it.
   */
  private final class Keyer {
    private final Mac mac;
    private final byte[] digest;

    Keyer() {
      if (secret == null) {
        mac = null;
        digest = null;
        return;
      }
      try {
        mac = Mac.getInstance(HMAC_SHA256);
        mac.init(secret);
        digest = new byte[mac.getMacLength()];
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HMAC-SHA256 is not available", e);
      }
    }

    /** Adds the key of {@code tagged} to {@code keys}. */
    void add(String tagged, EntryKeys keys) {
      if (mac == null) {
        keys.add(MatchKey.of(tagged));
        return;
      }
      mac.update(tagged.getBytes(StandardCharsets.UTF_8));
      try {
        mac.doFinal(digest, 0);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HMAC-SHA256 digest does not fit its buffer", e);
      }
      keys.addDigest(digest);
    }
  }

  /**
   * Groups of entries connected through shared keys (union-find), laid out flat: group {@code g}
   * holds the entries {@code member(start(g))} up to {@code member(start(g + 1) - 1)}, in index
   * order, and the groups are ordered by their first entry.
   */
  static final class Groups {
    private final int[] members;
    private final int[] starts;

    private Groups(int[] members, int[] starts) {
      this.members = members;
      this.starts = starts;
    }

    /** Groups the entries whose keys share a key, directly or through other entries. */
    static Groups of(EntryKeys keys) {
      int size = keys.entries();
      int[] parent = new int[size];
      for (int i = 0; i < size; i++) {
        parent[i] = i;
      }
      KeyIndex firstHolder = new KeyIndex(keys);
      for (int i = 0; i < size; i++) {
        for (int k = keys.start[i]; k < keys.start[i + 1]; k++) {
          int first = firstHolder.putIfAbsent(k, i);
          if (first >= 0) {
            union(parent, first, i);
          }
        }
      }
      // A group's root is its first index (union keeps the smaller root), so counting the members
      // per root and laying the groups out in root order keeps both orders without sorting.
      int[] root = new int[size];
      int[] count = new int[size];
      for (int i = 0; i < size; i++) {
        root[i] = find(parent, i);
        count[root[i]]++;
      }
      int groups = 0;
      for (int i = 0; i < size; i++) {
        if (count[i] > 0) {
          groups++;
        }
      }
      int[] starts = new int[groups + 1];
      // Reuses parent as each root's next free slot.
      int[] next = parent;
      int group = 0;
      int offset = 0;
      for (int i = 0; i < size; i++) {
        if (count[i] > 0) {
          starts[group++] = offset;
          next[i] = offset;
          offset += count[i];
        }
      }
      starts[groups] = size;
      int[] members = new int[size];
      for (int i = 0; i < size; i++) {
        members[next[root[i]]++] = i;
      }
      return new Groups(members, starts);
    }

    private static int find(int[] parent, int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    private static void union(int[] parent, int a, int b) {
      int rootA = find(parent, a);
      int rootB = find(parent, b);
      if (rootA != rootB) {
        parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
      }
    }

    /** The number of groups. */
    int count() {
      return starts.length - 1;
    }

    /** Where group {@code g}'s members start; {@code start(count())} is the number of entries. */
    int start(int g) {
      return starts[g];
    }

    /** The entry at position {@code m} of the layout. */
    int member(int m) {
      return members[m];
    }
  }

  /**
   * The first entry holding each key of an {@link EntryKeys}: open addressing with linear probing
   * over key numbers, at most half full.
   */
  private static final class KeyIndex {
    private final EntryKeys keys;
    // Key number + 1 per slot, 0 when free.
    private final int[] slots;
    private final int[] holders;
    private final int mask;

    KeyIndex(EntryKeys keys) {
      this.keys = keys;
      int capacity = Integer.highestOneBit(Math.max(4, keys.size()) * 2 - 1) << 1;
      slots = new int[capacity];
      holders = new int[capacity];
      mask = capacity - 1;
    }

    /** Records {@code holder} for key {@code k} if it has none; returns its holder, or -1. */
    int putIfAbsent(int k, int holder) {
      int hash =
          (keys.words != null
                  ? Long.hashCode(keys.words[Digests.WORDS * k])
                  : keys.keys[k].hashCode())
              * 0x9E3779B9;
      int slot = (hash ^ (hash >>> 16)) & mask;
      while (slots[slot] != 0) {
        if (same(slots[slot] - 1, k)) {
          return holders[slot];
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = k + 1;
      holders[slot] = holder;
      return -1;
    }

    private boolean same(int a, int b) {
      return keys.words != null
          ? Digests.compare(keys.words, a, b) == 0
          : keys.keys[a].equals(keys.keys[b]);
    }
  }
}
