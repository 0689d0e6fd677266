package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.FilterReader;
import java.io.Reader;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values the {@linkplain Column#shared() shared} columns have given so far, by parser and cell
 * text, so that cells with the same text get the same immutable value. The key is the parser
 * itself: columns that name the same kind of record through the same parser constant (such as
 * {@link Cells#PARTNER_ID}) share their values, in one file and, when the files of a portfolio are
 * read with one table ({@link #carriedBy}), across its files. The records of one read then hold one
 * id object per id text, which keeps fewer objects alive and lets the look-ups of an analysis
 * compare ids by reference before comparing their text.
 *
 * <p>Confined to one read; not thread-safe.
 */
final class SharedValues {
  private final Map<Function<String, ?>, Slot> byParser = new IdentityHashMap<>();
  private final SharedAccounts accounts = new SharedAccounts();

  /**
   * One parser's values by text, and the text and value met last: rows of one record's children
   * (stage changes, involvements) usually follow each other, so many look-ups are answered by the
   * last one without hashing the text.
   */
  private static final class Slot {
    private final Map<String, Optional<?>> values = new HashMap<>();
    private String lastText;
    private Optional<?> lastValue;
  }

  /**
   * The value {@code parser} gave for {@code text} in this read, present, or null if none yet. The
   * value is kept in its {@link Optional}, so a cell met again costs no allocation.
   */
  @SuppressWarnings("unchecked") // put keeps each parser's values of the parser's one type
  <T> Optional<T> get(Function<String, T> parser, String text) {
    Slot slot = byParser.get(parser);
    if (slot == null) {
      return null;
    }
    if (text.equals(slot.lastText)) {
      return (Optional<T>) slot.lastValue;
    }
    Optional<?> value = slot.values.get(text);
    if (value != null) {
      slot.lastText = text;
      slot.lastValue = value;
    }
    return (Optional<T>) value;
  }

  /** Remembers the value {@code parser} gave for {@code text}, which is present. */
  <T> void put(Function<String, T> parser, String text, Optional<T> value) {
    checkArgument(value.isPresent(), "only values are kept, not their absence");
    Slot slot = byParser.computeIfAbsent(parser, key -> new Slot());
    slot.values.put(text, value);
    slot.lastText = text;
    slot.lastValue = value;
  }

  /** The accounts the rows of this read name. */
  SharedAccounts accounts() {
    return accounts;
  }

  /**
   * The reader {@code in} that hands {@code shared} to the {@link CsvTable} reading it, so that the
   * files of one portfolio share one table without every file's reader taking it as an argument.
   */
  static Reader carrying(Reader in, SharedValues shared) {
    return new Carrier(in, shared);
  }

  /** The table a reader made by {@link #carrying} carries, or a new one for this file alone. */
  static SharedValues carriedBy(Reader in) {
    return in instanceof Carrier carrier ? carrier.shared : new SharedValues();
  }

  private static final class Carrier extends FilterReader {
    private final SharedValues shared;

    Carrier(Reader in, SharedValues shared) {
      super(in);
      this.shared = shared;
    }
  }
}
