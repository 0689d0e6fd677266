package org.alliancekit.io.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.StageHistoryRow;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.StageChange;

/**
 * The good rows of a stage history file grouped by opportunity as they are read: each opportunity's
 * changes in file order with the line of its first row, and each row's group and line in file
 * order, so that rows of opportunities never attached can be reported at their own lines. Rows hold
 * no object of their own once grouped. Confined to one read.
 */
final class StageHistories {
  /** The changes of one opportunity, the line of its first row, and whether it was attached. */
  static final class Group {
    final OpportunityId opportunity;
    final List<StageChange> changes = new ArrayList<>(4);
    final long firstLine;
    boolean attached;

    Group(OpportunityId opportunity, long firstLine) {
      this.opportunity = opportunity;
      this.firstLine = firstLine;
    }
  }

  private final Map<OpportunityId, Group> groups = new HashMap<>();
  private Group[] rowGroups = new Group[1024];
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
      rowGroups = Arrays.copyOf(rowGroups, rows * 2);
      rowLines = Arrays.copyOf(rowLines, rows * 2);
    }
    // The rows of one opportunity usually follow each other: the group of the row before is tried
    // first.
    Group group = rows > 0 ? rowGroups[rows - 1] : null;
    if (group == null || !group.opportunity.equals(opportunity)) {
      group = groups.get(opportunity);
      if (group == null) {
        group = new Group(opportunity, line);
        groups.put(opportunity, group);
      }
    }
    group.changes.add(change);
    rowGroups[rows] = group;
    rowLines[rows] = line;
    rows++;
  }

  /** Whether there is no row. */
  boolean isEmpty() {
    return rows == 0;
  }

  /**
   * The opportunity with its stage history, if rows give it one: {@code withHistory} builds it from
   * the history in date order (on one day, open stages by probability, then closed ones, so that
   * row order never changes it). When the model refuses the history, the opportunity is built by
   * {@code without} and a problem is added at the history's first line; when it refuses the
   * opportunity itself, {@code without} throws.
   */
  Opportunity attach(
      OpportunityId opportunity,
      Function<List<StageChange>, Opportunity> withHistory,
      Supplier<Opportunity> without,
      List<Problem> problems) {
    Group group = groups.get(opportunity);
    if (group == null) {
      return without.get();
    }
    group.changes.sort(Joins.CHRONOLOGICAL);
    try {
      Opportunity attached = withHistory.apply(group.changes);
      group.attached = true;
      return attached;
    } catch (IllegalArgumentException | IllegalStateException refused) {
      Opportunity kept = without.get();
      group.attached = true;
      problems.add(
          Problem.inFile(
              StageHistoryCsv.FILE_NAME,
              group.firstLine,
              "",
              ProblemKind.INVALID_VALUE,
              refused.getMessage()
                  + "; the history of opportunity "
                  + opportunity
                  + " is left out"));
      return kept;
    }
  }

  /**
   * Reports each row whose opportunity no opportunity was {@linkplain #attach attached} to, at its
   * line: after every opportunity read has been attached, the rows of opportunities not read.
   */
  void reportUnattached(List<Problem> problems) {
    for (int i = 0; i < rows; i++) {
      if (!rowGroups[i].attached) {
        problems.add(
            Problem.inFile(
                StageHistoryCsv.FILE_NAME,
                rowLines[i],
                StageHistoryCsv.OPPORTUNITY_ID,
                ProblemKind.UNKNOWN_REFERENCE,
                "opportunity "
                    + rowGroups[i].opportunity
                    + " is not among the opportunities read from "
                    + OpportunitiesCsv.OPPORTUNITIES_FILE_NAME));
      }
    }
  }
}
