package org.alliancekit.pipeline.sharing;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.Optional;

/** Checks shared by the redacted view types. */
final class Views {
  private Views() {}

  /** Checks that a field is not shown both as a value and as a pseudonym. */
  static void eitherOr(String record, String field, Optional<?> shown, Optional<String> pseudonym) {
    checkArgument(
        shown.isEmpty() || pseudonym.isEmpty(),
        "%s shows both the %s and its pseudonym",
        record,
        field);
  }

  /** Checks that a list of values or pseudonyms only comes with the value it belongs to. */
  static void onlyWith(
      String record, String field, Collection<?> values, Optional<?> anchor, String anchorField) {
    checkArgument(
        values.isEmpty() || anchor.isPresent(),
        "%s lists %s %s without the %s",
        record,
        values.size(),
        field,
        anchorField);
  }
}
