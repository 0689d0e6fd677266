package org.alliancekit.io.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.StageHistoryRow;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.StageChange;

/**
 * The good rows of a stage history file grouped by opportunity as they are read: each opportunity's
 * changes in file order with the line of its first row, and each row's opportunity and line in file
 * order, so that rows of unknown opportunities can be reported at their own lines. Rows hold no
 * object of their own once grouped. Confined to one read.
 */
final class StageHistories {
  /** The changes of one opportunity and the line of its first row. */
  static final class Group {
    final List<StageChange> changes = new ArrayList<>(4);
    final long firstLine;

    Group(long firstLine) {
      this.firstLine = firstLine;
    }
  }

  private final Map<OpportunityId, Group> groups = new HashMap<>();
  private OpportunityId[] rowOpportunities = new OpportunityId[1024];
  private long[] rowLines = new long[1024];
  private int rows;

  /** The rows of a result, grouped. */
  static StageHistories of(ReadResult<StageHistoryRow> result) {
    StageHistories histories = new StageHistories();
    for (int i = 0; i < result.values().size(); i++) {
      StageHistoryRow row = result.values().get(i);
      histories.add(row.opportunity(), row.change(), result.lines().get(i));
    }
    return histories;
  }

  /** Adds a good row. */
  void add(OpportunityId opportunity, StageChange change, long line) {
    if (rows == rowLines.length) {
      rowOpportunities = Arrays.copyOf(rowOpportunities, rows * 2);
      rowLines = Arrays.copyOf(rowLines, rows * 2);
    }
    rowOpportunities[rows] = opportunity;
    rowLines[rows] = line;
    rows++;
    groups.computeIfAbsent(opportunity, id -> new Group(line)).changes.add(change);
  }

  /** Whether there is no row. */
  boolean isEmpty() {
    return rows == 0;
  }

  /** The number of rows. */
  int rows() {
    return rows;
  }

  /** The opportunity of row {@code i}, in file order. */
  OpportunityId opportunity(int i) {
    return rowOpportunities[i];
  }

  /** The line of row {@code i}. */
  long line(int i) {
    return rowLines[i];
  }

  /** The group of an opportunity, or null if no row names it. */
  Group group(OpportunityId opportunity) {
    return groups.get(opportunity);
  }
}
