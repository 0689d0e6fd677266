package org.alliancekit.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.StageHistoryRow;
import org.alliancekit.io.csv.CsvTableReader.DataRow;
import org.alliancekit.io.csv.LeadsCsv;
import org.alliancekit.io.csv.OpportunitiesCsv;
import org.alliancekit.io.csv.RelationshipsCsv;
import org.alliancekit.io.csv.StageHistoryCsv;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.relationship.Relationship;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * How {@link SparkPipeline} turns the rows of {@link PipelineFrames} into the model's records: the
 * rows of each record (an opportunity's row with its involvement and stage history rows, or a
 * lead's row) are grouped by the record's id in one shuffle, and each partition's groups are read
 * in batches by the library's own CSV readers ({@link OpportunitiesCsv}, {@link StageHistoryCsv},
 * {@link LeadsCsv}), so that a row is accepted or refused exactly as reading the file accepts or
 * refuses it. The solution an opportunity names is not read (no analysis here uses it, and the
 * solutions are not among the frames). Rows are numbered within their batch, from 2 as under a
 * header; a problem names the record's id as its key.
 */
final class PipelineRows {
  /** The files of the grouped rows, by their index in a group's rows. */
  static final int OPPORTUNITY = 0;

  static final int INVOLVEMENT = 1;
  static final int HISTORY = 2;
  static final int LEAD = 3;

  private static final ImmutableList<String> FILES =
      ImmutableList.of(
          OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
          OpportunitiesCsv.INVOLVEMENTS_FILE_NAME,
          StageHistoryCsv.FILE_NAME,
          LeadsCsv.FILE_NAME);

  /** The problems' source of each file: its name without {@code .csv}. */
  static String source(String file) {
    return file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
  }

  /** The key column, account column and grouped rows of a grouped frame. */
  static final String KEY = "_key";

  static final String ACCOUNT = "_account";
  static final String ROWS = "_rows";
  private static final String FILE = "_file";
  private static final String CELLS = "_cells";

  private PipelineRows() {}

  /**
   * The columns of each file that its frame has, in the library's column order: the cells of a
   * grouped row follow this order.
   */
  record Layout(
      ImmutableList<String> opportunity,
      ImmutableList<String> involvement,
      ImmutableList<String> history,
      ImmutableList<String> lead,
      ImmutableList<String> relationship)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Layout of(PipelineFrames frames) {
      return new Layout(
          present(
              frames.opportunities(),
              OpportunitiesCsv.OPPORTUNITY_COLUMNS.stream()
                  .filter(column -> !column.equals(OpportunitiesCsv.SOLUTION_ID))
                  .toList()),
          present(frames.involvements(), OpportunitiesCsv.INVOLVEMENT_COLUMNS),
          present(frames.stageHistory(), StageHistoryCsv.COLUMNS),
          present(frames.leads(), LeadsCsv.COLUMNS),
          present(frames.relationships(), RelationshipsCsv.COLUMNS));
    }

    ImmutableList<String> columns(int file) {
      return switch (file) {
        case OPPORTUNITY -> opportunity;
        case INVOLVEMENT -> involvement;
        case HISTORY -> history;
        default -> lead;
      };
    }
  }

  /** The library's columns that the frame has, matched ignoring case, in the library's order. */
  private static ImmutableList<String> present(Dataset<Row> frame, List<String> known) {
    ImmutableList.Builder<String> present = ImmutableList.builder();
    for (String column : known) {
      if (actual(frame, column) != null) {
        present.add(column);
      }
    }
    return present.build();
  }

  /** The frame's column named {@code column} ignoring case, or null. */
  private static String actual(Dataset<Row> frame, String column) {
    for (String name : frame.columns()) {
      if (name.trim().toLowerCase(Locale.ROOT).equals(column)) {
        return name;
      }
    }
    return null;
  }

  private static Column text(Dataset<Row> frame, String column) {
    String name = actual(frame, column);
    return name == null ? lit(null).cast("string") : frame.col(name).cast("string");
  }

  private static Dataset<Row> part(
      Dataset<Row> frame, int file, List<String> columns, String key, String account) {
    String keyColumn = actual(frame, key);
    if (keyColumn == null) {
      throw new IllegalArgumentException(
          FILES.get(file)
              + " needs the column "
              + key
              + "; the frame has "
              + String.join(", ", frame.columns()));
    }
    Column[] cells = new Column[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = text(frame, columns.get(i));
    }
    return frame.select(
        trim(frame.col(keyColumn).cast("string")).as(KEY),
        lit(file).as(FILE),
        (columns.isEmpty() ? array().cast("array<string>") : array(cells)).as(CELLS),
        (account == null ? lit(null).cast("string") : trim(text(frame, account))).as(ACCOUNT));
  }

  /**
   * One row per opportunity id: {@value #KEY}, {@value #ACCOUNT} (the account of its first
   * opportunity row, if any) and {@value #ROWS}, its rows of the three files.
   */
  static Dataset<Row> opportunities(PipelineFrames frames, Layout layout) {
    if (frames.groupedOpportunities() != null) {
      return frames.groupedOpportunities();
    }
    Dataset<Row> rows =
        part(
                frames.opportunities(),
                OPPORTUNITY,
                layout.opportunity(),
                OpportunitiesCsv.OPPORTUNITY_ID,
                OpportunitiesCsv.ACCOUNT_ID)
            .unionByName(
                part(
                    frames.involvements(),
                    INVOLVEMENT,
                    layout.involvement(),
                    OpportunitiesCsv.OPPORTUNITY_ID,
                    null))
            .unionByName(
                part(
                    frames.stageHistory(),
                    HISTORY,
                    layout.history(),
                    StageHistoryCsv.OPPORTUNITY_ID,
                    null));
    return grouped(rows);
  }

  /** One row per lead id, as {@link #opportunities} groups opportunities. */
  static Dataset<Row> leads(PipelineFrames frames, Layout layout) {
    if (frames.groupedLeads() != null) {
      return frames.groupedLeads();
    }
    return grouped(part(frames.leads(), LEAD, layout.lead(), LeadsCsv.LEAD_ID, null));
  }

  private static Dataset<Row> grouped(Dataset<Row> rows) {
    return rows.groupBy(col(KEY))
        .agg(
            first(col(ACCOUNT), true).as(ACCOUNT),
            collect_list(struct(col(FILE), col(CELLS))).as(ROWS));
  }

  /**
   * Reads the groups of one partition in batches of about {@code batchSize} groups, passing each
   * batch's opportunities to {@code sink} and each problem, as a problems row, to {@code problems}.
   * With {@code wholeAccounts}, groups are expected in account order and a batch never splits an
   * account.
   */
  static void readOpportunities(
      java.util.Iterator<Row> groups,
      Layout layout,
      int batchSize,
      boolean wholeAccounts,
      Consumer<List<Opportunity>> sink,
      Consumer<Row> problems) {
    Batch batch = new Batch(layout);
    String lastAccount = null;
    while (groups.hasNext()) {
      Row group = groups.next();
      String account = group.getAs(ACCOUNT);
      if (batch.groups >= batchSize && (!wholeAccounts || !Objects.equals(account, lastAccount))) {
        batch.readOpportunities(sink, problems);
        batch = new Batch(layout);
      }
      batch.add(group);
      lastAccount = account;
    }
    if (batch.groups > 0) {
      batch.readOpportunities(sink, problems);
    }
  }

  /** Reads the lead groups of one partition in batches, as {@link #readOpportunities} does. */
  static void readLeads(
      java.util.Iterator<Row> groups,
      Layout layout,
      int batchSize,
      Consumer<List<Lead>> sink,
      Consumer<Row> problems) {
    Batch batch = new Batch(layout);
    while (groups.hasNext()) {
      if (batch.groups >= batchSize) {
        batch.readLeads(sink, problems);
        batch = new Batch(layout);
      }
      batch.add(groups.next());
    }
    if (batch.groups > 0) {
      batch.readLeads(sink, problems);
    }
  }

  /** The rows of some groups, per file, with the key of each row. */
  private static final class Batch {
    final Layout layout;
    final List<List<DataRow>> rows =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    final List<List<String>> keys =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    int groups;

    Batch(Layout layout) {
      this.layout = layout;
    }

    void add(Row group) {
      String key = group.getAs(KEY);
      List<Row> members = group.getList(group.fieldIndex(ROWS));
      for (Row member : members) {
        int file = member.getInt(0);
        List<String> cells = member.getList(1);
        List<String> columns = layout.columns(file);
        ImmutableMap.Builder<String, String> map =
            ImmutableMap.builderWithExpectedSize(columns.size());
        for (int i = 0; i < columns.size(); i++) {
          String cell = cells.get(i);
          map.put(columns.get(i), cell == null ? "" : cell);
        }
        List<DataRow> list = rows.get(file);
        list.add(new DataRow(list.size() + 2L, map.buildOrThrow()));
        keys.get(file).add(key == null ? "" : key);
      }
      groups++;
    }

    void readOpportunities(Consumer<List<Opportunity>> sink, Consumer<Row> problems) {
      StageModel stages = StageModels.coSell();
      ReadResult<Opportunity> read =
          OpportunitiesCsv.read(
              rows.get(OPPORTUNITY),
              FILES.get(OPPORTUNITY),
              rows.get(INVOLVEMENT),
              FILES.get(INVOLVEMENT),
              stages);
      ReadResult<StageHistoryRow> history =
          StageHistoryCsv.read(rows.get(HISTORY), FILES.get(HISTORY), stages);
      ReadResult<Opportunity> joined = StageHistoryCsv.withHistories(read, history);
      report(joined.problems(), problems);
      sink.accept(joined.values());
    }

    void readLeads(Consumer<List<Lead>> sink, Consumer<Row> problems) {
      ReadResult<Lead> read = LeadsCsv.read(rows.get(LEAD), FILES.get(LEAD));
      report(read.problems(), problems);
      sink.accept(read.values());
    }

    private void report(List<Problem> found, Consumer<Row> problems) {
      for (Problem problem : found) {
        int file = FILES.indexOf(problem.file());
        String key = "";
        if (file >= 0) {
          long index = problem.line() - 2;
          List<String> fileKeys = keys.get(file);
          key = index >= 0 && index < fileKeys.size() ? fileKeys.get((int) index) : "";
        }
        problems.accept(
            RowFactory.create(
                source(problem.file()), key, problem.kind().name(), problem.message()));
      }
    }
  }

  /**
   * The cells of the relationships, collected on the driver and shipped to the executors, where
   * they are read again by the same rules: each side reads the same relationships.
   */
  record Relationships(ImmutableList<ImmutableMap<String, String>> cells) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Relationships collect(PipelineFrames frames, Layout layout) {
      Dataset<Row> frame = frames.relationships();
      List<String> columns = layout.relationship();
      Column[] selected = new Column[columns.size()];
      for (int i = 0; i < selected.length; i++) {
        selected[i] = text(frame, columns.get(i));
      }
      ImmutableList.Builder<ImmutableMap<String, String>> cells = ImmutableList.builder();
      for (Row row : frame.select(selected).collectAsList()) {
        ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
        for (int i = 0; i < columns.size(); i++) {
          map.put(columns.get(i), row.isNullAt(i) ? "" : row.getString(i));
        }
        cells.add(map.buildOrThrow());
      }
      return new Relationships(cells.build());
    }

    /** Reads the relationships by the rules of {@code relationships.csv}. */
    ReadResult<RelationshipRow> read() {
      List<DataRow> rows = new ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        rows.add(new DataRow(i + 2L, cells.get(i)));
      }
      return RelationshipsCsv.read(rows, RelationshipsCsv.FILE_NAME);
    }

    /** The relationships read without problem, in row order. */
    ImmutableList<Relationship> values() {
      return read().values().stream()
          .map(RelationshipRow::relationship)
          .collect(ImmutableList.toImmutableList());
    }

    /** The problems of the relationships, as problems rows keyed by relationship id. */
    ImmutableList<Row> problems() {
      ImmutableList.Builder<Row> problems = ImmutableList.builder();
      for (Problem problem : read().problems()) {
        long index = problem.line() - 2;
        String key =
            index >= 0 && index < cells.size()
                ? cells.get((int) index).getOrDefault(RelationshipsCsv.RELATIONSHIP_ID, "")
                : "";
        problems.add(
            RowFactory.create(
                source(RelationshipsCsv.FILE_NAME),
                key.trim(),
                problem.kind().name(),
                problem.message()));
      }
      return problems.build();
    }
  }
}
