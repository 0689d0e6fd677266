package org.alliancekit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.alliancekit.model.batch.ProblemKind;
import org.junit.jupiter.api.Test;

class CellsTest {
  @Property
  void readsEveryDayAsTheFormatterDoes(@ForAll @IntRange(min = -200_000, max = 3_000_000) int day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    assertEquals(LocalDate.parse(date.toString()), Cells.date(date.toString()));
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
