package org.alliancekit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/** Assertions on writers that refuse a value their file cannot hold. */
final class Refusals {
  private Refusals() {}

  /** Writing to a {@link Writer}. */
  interface Write {
    void to(Writer out) throws IOException;
  }

  /**
   * Asserts that the write throws {@link IllegalArgumentException} before writing anything, and
   * returns its message.
   */
  static String refusal(Write write) {
    StringWriter out = new StringWriter();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write.to(out));
    assertEquals("", out.toString(), "written before the refusal");
    return e.getMessage();
  }
}
