package org.alliancekit.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableWriterTest {
  @ParameterizedTest(name = "[{0}] is written as [{1}]")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      value = {
        "=1+1 => '=1+1",
        "=cmd|' /C calc'!A0 => '=cmd|' /C calc'!A0",
        "+SUM(A1) => '+SUM(A1)",
        "-2+3 => '-2+3",
        "@SUM(A1) => '@SUM(A1)",
        "-12.5 => -12.5",
        "+3 => +3",
        "-1E+3 => -1E+3",
        "'=x => ''=x",
        "'' => '''",
        "'plain => 'plain",
        "' => '",
        "Acme => Acme",
        "a=b => a=b",
        "12.50 => 12.50"
      })
  void escapesCellsASpreadsheetWouldRunAsFormulas(String cell, String written) {
    assertEquals(written, CsvTableWriter.escapeFormula(cell));
    assertEquals(cell, CsvTableWriter.unescapeFormula(written));
  }

  @Test
  void escapesLeadingTabAndCarriageReturn() {
    assertEquals("'\t=1", CsvTableWriter.escapeFormula("\t=1"));
    assertEquals("'\rx", CsvTableWriter.escapeFormula("\rx"));
    assertEquals("", CsvTableWriter.escapeFormula(""));
  }

  @Property
  void unescapeUndoesEscape(@ForAll("cells") String cell) {
    assertEquals(cell, CsvTableWriter.unescapeFormula(CsvTableWriter.escapeFormula(cell)));
  }

  @Property
  void noEscapedCellStartsWithATriggerUnlessItIsANumber(@ForAll("cells") String cell) {
    String escaped = CsvTableWriter.escapeFormula(cell);
    if (!escaped.isEmpty() && "=+-@\t\r".indexOf(escaped.charAt(0)) >= 0) {
      assertEquals(true, escaped.matches("[+-][0-9.eE+-]+"), escaped);
    }
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("=+-@'\t\r0123456789.eEab ,\"").ofMaxLength(8),
        Arbitraries.strings().ofMaxLength(12));
  }

  @Test
  void writesHeaderAndRowsWithRfc4180QuotingAndCrlf() throws IOException {
    StringWriter out = new StringWriter();
    try (CsvTableWriter table = CsvTableWriter.of(out, "id", "name")) {
      table.row("1", "Comma, \"Quote\" & Co");
      table.row(ImmutableList.of("2", "=cmd|' /C calc'!A0"));
      table.row("3", "line\nbreak");
    }
    assertEquals(
        "id,name\r\n"
            + "1,\"Comma, \"\"Quote\"\" & Co\"\r\n"
            + "2,'=cmd|' /C calc'!A0\r\n"
            + "3,\"line\nbreak\"\r\n",
        out.toString());
  }

  @Test
  void rejectsARowOfTheWrongWidth() {
    CsvTableWriter table = CsvTableWriter.of(new StringWriter(), "id", "name");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.row("1"));
    assertEquals("row has 1 cells, but the table has 2 columns", e.getMessage());
  }

  @Test
  void rejectsATableWithoutColumns() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CsvTableWriter.of(new StringWriter()));
    assertEquals("a CSV table needs at least one column", e.getMessage());
  }

  @Test
  void createsAUtf8File(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.csv");
    try (CsvTableWriter table = CsvTableWriter.create(file, "name")) {
      table.row("Ünïcødé 株式会社");
    }
    assertEquals("name\r\nÜnïcødé 株式会社\r\n", Files.readString(file, UTF_8));
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(CsvTableWriter.class);
    Samples.nullPointerTester()
        .testAllPublicInstanceMethods(CsvTableWriter.of(new StringWriter(), "a"));
  }
}
