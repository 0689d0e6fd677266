package org.alliancekit.io.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * The values the {@linkplain Column#shared() shared} columns of one file have given so far, by
 * column and cell text, so that rows with the same text get the same immutable value. Confined to
 * the reading of one file.
 */
final class SharedValues {
  private final Map<String, Map<String, Object>> byColumn = new HashMap<>();

  /** The value column {@code column} gave for {@code text}, or null if none yet. */
  @SuppressWarnings("unchecked") // put keeps each column's values of the column's one type
  <T> T get(String column, String text) {
    Map<String, Object> values = byColumn.get(column);
    return values == null ? null : (T) values.get(text);
  }

  /** Remembers the value column {@code column} gave for {@code text}. */
  void put(String column, String text, Object value) {
    byColumn.computeIfAbsent(column, name -> new HashMap<>()).put(text, value);
  }
}
