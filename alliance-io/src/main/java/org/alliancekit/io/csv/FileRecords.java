package org.alliancekit.io.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * FastCSV's callback for the records of one file as {@link FileRecords.Record}s: the record's line
 * and its fields, one string each. A field whose characters are those of the same column in the
 * record before is given that record's string again instead of a new one: ids of a parent repeated
 * by its children, dates, currencies and codes mostly repeat from row to row, so a file makes far
 * fewer strings, and the look-ups of {@link SharedValues} then find their last text by reference.
 * Confined to one file's reading.
 */
final class FileRecords extends AbstractBaseCsvCallbackHandler<FileRecords.Record> {
  /** One record: the line it starts at and its fields. */
  record Record(long line, String[] fields) {}

  private String[] fields = new String[32];
  private String[] previous = new String[32];

  @Override
  protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
    if (index == fields.length) {
      fields = Arrays.copyOf(fields, index * 2);
      previous = Arrays.copyOf(previous, index * 2);
    }
    String before = previous[index];
    String field =
        before != null && sameCharacters(before, buffer, offset, length)
            ? before
            : new String(buffer, offset, length);
    fields[index] = field;
    previous[index] = field;
  }

  private static boolean sameCharacters(String text, char[] buffer, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != buffer[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Record buildRecord() {
    if (getRecordType() != RecordType.DATA) {
      return null; // an empty line (skipped) or a comment (not enabled)
    }
    return new Record(getStartingLineNumber(), Arrays.copyOf(fields, getFieldCount()));
  }
}
