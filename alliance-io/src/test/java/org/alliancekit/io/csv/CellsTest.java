package org.alliancekit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.alliancekit.model.batch.ProblemKind;
import org.junit.jupiter.api.Test;

class CellsTest {
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  @Property
  void readsEveryDayAsTheFormatterDoes(@ForAll @IntRange(min = -200_000, max = 3_000_000) int day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    assertEquals(LocalDate.parse(date.toString()), Cells.date(date.toString()));
  }

  @Property(tries = 2000)
  void aPlainDecimalIsWhatThePatternSays(
      @ForAll @StringLength(max = 6) @Chars({'+', '-', '.', '0', '7', 'e', ' '}) String text) {
    assertEquals(PLAIN_DECIMAL.matcher(text).matches(), Cells.isPlainDecimal(text), text);
  }

  @Test
  void refusesWhatIsNoDate() {
    for (String text :
        List.of(
            "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-01", "20x6-01-01", "2026/01/01")) {
      BadCell e = assertThrows(BadCell.class, () -> Cells.date(text), text);
      assertEquals(ProblemKind.INVALID_VALUE, e.kind());
      assertEquals("'" + text + "' is not an ISO-8601 date such as 2026-03-31", e.getMessage());
    }
  }
}
