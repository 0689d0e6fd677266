package org.alliancekit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import java.io.StringReader;
import java.util.List;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {
  private static CsvTableReader.Table read(String text) {
    return CsvTableReader.read(new StringReader(text), "f.csv", List.of("a", "b"), List.of("c"));
  }

  @Test
  void readsColumnsInAnyOrderIgnoringCaseAndAByteOrderMark() {
    CsvTableReader.Table table = read("\uFEFF B ,A\n 2 ,'=1\n\n4,3\n");

    assertEquals(List.of(), table.problems());
    assertEquals(
        List.of(
            new CsvTableReader.DataRow(2, ImmutableMap.of("b", "2", "a", "=1")),
            new CsvTableReader.DataRow(4, ImmutableMap.of("b", "4", "a", "3"))),
        table.rows());
  }

  @Test
  void warnsOfUnknownColumnsAndReportsMalformedRows() {
    CsvTableReader.Table table = read("a,b,zz\n1,2,3\n1,2\n");

    assertEquals(
        List.of(new CsvTableReader.DataRow(2, ImmutableMap.of("a", "1", "b", "2"))), table.rows());
    assertEquals(
        List.of(
            Problem.inFile(
                "f.csv", 1, "zz", ProblemKind.UNKNOWN_COLUMN, "unknown column 'zz' is ignored"),
            Problem.inFile(
                "f.csv",
                3,
                "",
                ProblemKind.MALFORMED_ROW,
                "row has 2 fields, but the header has 3")),
        table.problems());
  }

  @Test
  void readsNoRowWithoutARequiredColumn() {
    CsvTableReader.Table table = read("a,c\n1,2\n");

    assertEquals(List.of(), table.rows());
    assertEquals(
        List.of(
            Problem.inFile(
                "f.csv",
                1,
                "b",
                ProblemKind.MISSING_COLUMN,
                "required column b is missing from the header")),
        table.problems());
  }

  @Test
  void stopsAtABrokenQuoteKeepingTheRowsBefore() {
    CsvTableReader.Table table = read("a,b\n1,2\n\"3,4\n");

    assertEquals(1, table.rows().size());
    assertEquals(ProblemKind.UNREADABLE_FILE, table.problems().get(0).kind());
    assertEquals(3, table.problems().get(0).line());
  }

  @Test
  void reportsAFileWithoutAHeader() {
    assertEquals(ProblemKind.MISSING_COLUMN, read("").problems().get(0).kind());
  }
}
