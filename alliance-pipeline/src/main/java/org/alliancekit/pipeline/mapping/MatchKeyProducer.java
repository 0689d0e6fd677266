package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
    Keyer keyer = new Keyer();
    List<MatchKey> keys = new ArrayList<>(book.entries().size());
    book.entries().forEach(entry -> keys.addAll(keysOf(entry, keyer::key)));
    MatchKey[] sorted = keys.toArray(new MatchKey[0]);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (distinct == 0 || !sorted[i].equals(sorted[distinct - 1])) {
        sorted[distinct++] = sorted[i];
      }
    }
    return AccountKeys.of(book.party(), Arrays.asList(sorted).subList(0, distinct));
  }

  /** The keys of each entry, made with one HMAC instance for all of them. */
  List<ImmutableSet<MatchKey>> keysOf(List<AccountEntry> entries) {
    Keyer keyer = new Keyer();
    List<ImmutableSet<MatchKey>> keys = new ArrayList<>(entries.size());
    entries.forEach(entry -> keys.add(keysOf(entry, keyer::key)));
    return keys;
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
    List<ImmutableSet<MatchKey>> keys = keysOf(book.entries());
    Groups groups = Groups.of(keys);
    Set<Integer> kept = new HashSet<>();
    for (List<Integer> group : groups.members()) {
      boolean shared =
          group.stream().anyMatch(i -> keys.get(i).stream().anyMatch(theirs::contains));
      if (shared) {
        kept.addAll(group);
      }
    }
    List<AccountEntry> entries = new ArrayList<>();
    for (int i = 0; i < book.entries().size(); i++) {
      if (kept.contains(i)) {
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
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Makes the keys of one call: the same keys as {@link #key}, with one HMAC instance for every
   * account instead of one per key. Confined to the call that made it.
   */
  private final class Keyer {
    private final Mac mac;

    Keyer() {
      if (secret == null) {
        mac = null;
        return;
      }
      try {
        mac = Mac.getInstance(HMAC_SHA256);
        mac.init(secret);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HMAC-SHA256 is not available", e);
      }
    }

    MatchKey key(String tagged) {
      if (mac == null) {
        return MatchKey.of(tagged);
      }
      byte[] digest = mac.doFinal(tagged.getBytes(StandardCharsets.UTF_8));
      char[] hex = new char[2 * digest.length];
      for (int i = 0; i < digest.length; i++) {
        hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
        hex[2 * i + 1] = HEX[digest[i] & 0xF];
      }
      return MatchKey.of(new String(hex));
    }
  }

  /** Groups of indexes connected through shared keys (union-find). */
  static final class Groups {
    private final int[] parent;

    private Groups(int size) {
      parent = new int[size];
      for (int i = 0; i < size; i++) {
        parent[i] = i;
      }
    }

    /** Groups the items whose key sets share a key, directly or through other items. */
    static Groups of(List<? extends Set<MatchKey>> keys) {
      Groups groups = new Groups(keys.size());
      java.util.Map<MatchKey, Integer> firstHolder = new java.util.HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        for (MatchKey key : keys.get(i)) {
          Integer first = firstHolder.putIfAbsent(key, i);
          if (first != null) {
            groups.union(first, i);
          }
        }
      }
      return groups;
    }

    private int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    private void union(int a, int b) {
      int rootA = find(a);
      int rootB = find(b);
      if (rootA != rootB) {
        parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
      }
    }

    /** The groups, each in index order, ordered by their first index. */
    ImmutableList<List<Integer>> members() {
      // A group's root is its first index (union keeps the smaller root), so counting the members
      // per root and laying the groups out in root order keeps both orders without a sorted map.
      int size = parent.length;
      int[] root = new int[size];
      int[] count = new int[size];
      for (int i = 0; i < size; i++) {
        root[i] = find(i);
        count[root[i]]++;
      }
      Integer[][] groups = new Integer[size][];
      int[] filled = new int[size];
      ImmutableList.Builder<List<Integer>> members = ImmutableList.builder();
      for (int i = 0; i < size; i++) {
        int r = root[i];
        if (groups[r] == null) {
          groups[r] = new Integer[count[r]];
        }
        groups[r][filled[r]++] = i;
      }
      for (int i = 0; i < size; i++) {
        if (groups[i] != null) {
          members.add(Arrays.asList(groups[i]));
        }
      }
      return members.build();
    }
  }
}
