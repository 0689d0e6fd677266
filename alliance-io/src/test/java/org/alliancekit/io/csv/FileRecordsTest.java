package org.alliancekit.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records FastCSV hands the file reader ({@link CsvTable#records}): their lines, their fields,
 * and the strings repeated from the record before.
 */
class FileRecordsTest {
  private static List<FileRecords.Record> read(String text) {
    List<FileRecords.Record> records = new ArrayList<>();
    CsvTable.records(new StringReader(text)).forEach(records::add);
    return records;
  }

  @Test
  void givesEachRecordItsStartingLineAndFieldsUnquoted() {
    List<FileRecords.Record> records =
        read("id,name\n\no-1,\"Smith, \"\"Jr\"\"\"\no-2,\"two\nlines\"\no-3,\n");
    assertEquals(4, records.size());
    assertEquals(List.of(1L, 3L, 4L, 6L), records.stream().map(FileRecords.Record::line).toList());
    assertArrayEquals(new String[] {"o-1", "Smith, \"Jr\""}, records.get(1).fields());
    assertArrayEquals(new String[] {"o-2", "two\nlines"}, records.get(2).fields());
    assertArrayEquals(new String[] {"o-3", ""}, records.get(3).fields());
  }

  @Test
  void aFieldRepeatingTheRecordBeforeInItsColumnIsTheSameString() {
    List<FileRecords.Record> records =
        read(
            "opportunity_id,stage,date\no-1,Prospect,2026-01-10\no-1,Committed,2026-01-10\n"
                + "o-2,Prospect,2026-01-10\n");
    String[] first = records.get(1).fields();
    String[] second = records.get(2).fields();
    String[] third = records.get(3).fields();
    assertSame(first[0], second[0]);
    assertSame(first[2], second[2]);
    assertSame(second[2], third[2]);
    assertNotSame(first[1], second[1]);
    assertEquals("Committed", second[1]);
    assertEquals("o-2", third[0]);
    assertEquals("Prospect", third[1]);
  }

  @Test
  void recordsOfOtherWidthsKeepTheirOwnFields() {
    List<FileRecords.Record> records = read("a,b,c\nx\nx,y,z,w\nx,y\n");
    assertArrayEquals(new String[] {"x"}, records.get(1).fields());
    assertArrayEquals(new String[] {"x", "y", "z", "w"}, records.get(2).fields());
    assertArrayEquals(new String[] {"x", "y"}, records.get(3).fields());
  }
}
