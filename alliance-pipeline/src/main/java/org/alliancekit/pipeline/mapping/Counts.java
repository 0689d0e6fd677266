package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;

/** Checks on counts. */
final class Counts {
  private Counts() {}

  static void nonNegative(String field, int value, MappingCell cell) {
    checkArgument(value >= 0, "%s %s of cell %s must not be negative", field, value, cell);
  }
}
