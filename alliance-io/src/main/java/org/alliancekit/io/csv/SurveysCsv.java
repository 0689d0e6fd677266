package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.marketing.RespondentId;
import org.alliancekit.model.marketing.SurveyAnswer;
import org.alliancekit.model.marketing.SurveyId;
import org.alliancekit.model.marketing.SurveyTeam;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code surveys.csv}: mind-share surveys of a partner's people, one row per
 * answer.
 *
 * <table>
 *   <caption>Columns of surveys.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>survey_id</td><td>the survey's id; its rows are its answers</td></tr>
 *   <tr><td>relationship_id</td><td>the relationship whose partner's people were surveyed</td></tr>
 *   <tr><td>date</td><td>ISO-8601 day of the survey</td></tr>
 *   <tr><td>respondent_id</td><td>the person who answered</td></tr>
 *   <tr><td>team</td><td>{@code CUSTOMER_FACING} or {@code TECHNICAL}</td></tr>
 *   <tr><td>role</td><td>the respondent's role, kept as written, such as {@code Account
 *       executive}</td></tr>
 *   <tr><td>question</td><td>the question, kept as written: {@code awareness}, {@code knowledge},
 *       {@code attitude}, {@code willingness to recommend} or any other</td></tr>
 *   <tr><td>answer</td><td>a plain decimal on the scale</td></tr>
 *   <tr><td>scale</td><td>a numeric scale {@code min..max}, such as {@code 1..5}, as in
 *       assessments (see {@link RatingScale#parse})</td></tr>
 * </table>
 *
 * <p>The survey's fields (relationship, date) are fixed by its first valid row; a later row that
 * gives other values is reported as {@link ProblemKind#INCONSISTENT}, and an answer off its scale
 * as {@link ProblemKind#OUT_OF_RANGE} at column {@code answer}; such rows are left out. Surveys are
 * listed in the order of their first row, at its line. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class SurveysCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "surveys.csv";

  /** Column {@code survey_id}. */
  public static final String SURVEY_ID = "survey_id";

  /** Column {@code relationship_id}. */
  public static final String RELATIONSHIP_ID = "relationship_id";

  /** Column {@code date}. */
  public static final String DATE = "date";

  /** Column {@code respondent_id}. */
  public static final String RESPONDENT_ID = "respondent_id";

  /** Column {@code team}. */
  public static final String TEAM = "team";

  /** Column {@code role}. */
  public static final String ROLE = "role";

  /** Column {@code question}. */
  public static final String QUESTION = "question";

  /** Column {@code answer}. */
  public static final String ANSWER = "answer";

  /** Column {@code scale}. */
  public static final String SCALE = "scale";

  /** One row of the file: one answer of a survey. */
  private record AnswerRow(MindShareSurvey survey, SurveyAnswer answer) {}

  private static final Column<AnswerRow, SurveyId> SURVEY_COLUMN =
      Column.required(SURVEY_ID, SurveyId::parse, row -> row.survey().id().value());
  private static final Column<AnswerRow, RelationshipId> RELATIONSHIP_COLUMN =
      Column.shared(
          Column.required(
              RELATIONSHIP_ID, Cells.RELATIONSHIP_ID, row -> row.survey().relationship().value()));
  private static final Column<AnswerRow, LocalDate> DATE_COLUMN =
      Column.required(DATE, Cells::date, row -> row.survey().date().toString());
  private static final Column<AnswerRow, RespondentId> RESPONDENT_COLUMN =
      Column.required(RESPONDENT_ID, RespondentId::parse, row -> row.answer().respondent().value());
  private static final Column<AnswerRow, SurveyTeam> TEAM_COLUMN =
      Column.required(
          TEAM, text -> Cells.constant(SurveyTeam.class, text), row -> row.answer().team().name());
  private static final Column<AnswerRow, String> ROLE_COLUMN =
      Column.requiredText(ROLE, Cells::name, row -> row.answer().role());
  private static final Column<AnswerRow, String> QUESTION_COLUMN =
      Column.requiredText(QUESTION, Cells::name, row -> row.answer().question());
  private static final Column<AnswerRow, Double> ANSWER_COLUMN =
      Column.required(ANSWER, Cells::number, row -> Cells.format(row.answer().answer()));
  private static final Column<AnswerRow, NumericScale> SCALE_COLUMN =
      Column.required(SCALE, RatingScale::parse, row -> row.answer().scale().toString());
  private static final Columns<AnswerRow> TABLE =
      Columns.of(
          SURVEY_COLUMN,
          RELATIONSHIP_COLUMN,
          DATE_COLUMN,
          RESPONDENT_COLUMN,
          TEAM_COLUMN,
          ROLE_COLUMN,
          QUESTION_COLUMN,
          ANSWER_COLUMN,
          SCALE_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private SurveysCsv() {}

  /**
   * Reads surveys from {@code in}, which is left open; {@code fileName} names the file in problems.
   */
  public static ReadResult<MindShareSurvey> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    return TABLE.read(in, fileName, Collector::new);
  }

  /** Reads surveys from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<MindShareSurvey> read(Path file) {
    checkNotNull(file, "file");
    return TABLE.read(file, Collector::new);
  }

  /**
   * Writes one row per answer of each survey, header first, to {@code out}, which is flushed and
   * left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<MindShareSurvey> surveys) throws IOException {
    checkNotNull(out, "out");
    TABLE.write(out, rows(surveys));
  }

  /**
   * Writes one row per answer of each survey, header first, to a UTF-8 file, which is created or
   * truncated.
   *
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<MindShareSurvey> surveys) throws IOException {
    checkNotNull(file, "file");
    TABLE.write(file, rows(surveys));
  }

  private static ImmutableList<AnswerRow> rows(Iterable<MindShareSurvey> surveys) {
    checkNotNull(surveys, "surveys");
    return Columns.perChild(surveys, MindShareSurvey::answers, AnswerRow::new);
  }

  /** The rows of one survey read so far. */
  private static final class Group {
    final RelationshipId relationship;
    final LocalDate date;
    final long firstLine;
    final List<SurveyAnswer> answers = new ArrayList<>();

    Group(RelationshipId relationship, LocalDate date, long firstLine) {
      this.relationship = relationship;
      this.date = date;
      this.firstLine = firstLine;
    }
  }

  /** Groups rows into surveys. */
  private static final class Collector extends RowCollector<MindShareSurvey> {
    final Map<SurveyId, Group> groups = new LinkedHashMap<>();

    Collector(String file) {
      super(file);
    }

    @Override
    void accept(Row row) {
      Optional<SurveyId> id = row.get(SURVEY_COLUMN);
      Optional<RelationshipId> relationship = row.get(RELATIONSHIP_COLUMN);
      Optional<LocalDate> date = row.get(DATE_COLUMN);
      Optional<RespondentId> respondent = row.get(RESPONDENT_COLUMN);
      Optional<SurveyTeam> team = row.get(TEAM_COLUMN);
      Optional<String> role = row.get(ROLE_COLUMN);
      Optional<String> question = row.get(QUESTION_COLUMN);
      Optional<Double> answer = row.get(ANSWER_COLUMN);
      Optional<NumericScale> scale = row.get(SCALE_COLUMN);
      if (answer.isPresent() && scale.isPresent() && !scale.get().contains(answer.get())) {
        row.problem(
            ANSWER,
            ProblemKind.OUT_OF_RANGE,
            "answer "
                + Cells.format(answer.get())
                + " to question "
                + Cells.quote(question.orElse(""))
                + " is outside its scale "
                + scale.get());
      }
      Group group = id.map(groups::get).orElse(null);
      if (group != null) {
        String what = "survey " + id.get();
        relationship.ifPresent(
            value ->
                checkSame(row, RELATIONSHIP_ID, group.relationship, value, what, group.firstLine));
        date.ifPresent(value -> checkSame(row, DATE, group.date, value, what, group.firstLine));
      }
      if (rejected(row)) {
        return;
      }
      build(
              row.line(),
              () ->
                  SurveyAnswer.of(
                      respondent.orElseThrow(),
                      team.orElseThrow(),
                      role.orElseThrow(),
                      question.orElseThrow(),
                      answer.orElseThrow(),
                      scale.orElseThrow()))
          .ifPresent(
              accepted ->
                  groups
                      .computeIfAbsent(
                          id.orElseThrow(),
                          key ->
                              new Group(relationship.orElseThrow(), date.orElseThrow(), row.line()))
                      .answers
                      .add(accepted));
    }

    @Override
    void finish() {
      for (Map.Entry<SurveyId, Group> entry : groups.entrySet()) {
        Group group = entry.getValue();
        build(
                group.firstLine,
                () ->
                    MindShareSurvey.builder()
                        .id(entry.getKey())
                        .relationship(group.relationship)
                        .date(group.date)
                        .answers(group.answers)
                        .build())
            .ifPresent(survey -> add(survey, group.firstLine));
      }
    }
  }
}
