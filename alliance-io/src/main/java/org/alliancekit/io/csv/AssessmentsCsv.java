package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Reads and writes {@code assessments.csv}, in long format: one row per rating, the rows of one
 * assessment sharing its {@code assessment_id} and repeating its other fields.
 *
 * <table>
 *   <caption>Columns of assessments.csv (all required)</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>assessment_id</td><td>the assessment's id; rows with the same id form one
 *       assessment</td></tr>
 *   <tr><td>relationship_id</td><td>the relationship assessed</td></tr>
 *   <tr><td>side</td><td>{@code HOST}, {@code PARTNER} or {@code INDEPENDENT}</td></tr>
 *   <tr><td>assessor</td><td>{@code Name (Role)}, such as {@code Dana Reyes (Alliance
 *       manager)}; without a role in brackets the role is {@value #DEFAULT_ROLE}</td></tr>
 *   <tr><td>date</td><td>ISO-8601 date of the assessment</td></tr>
 *   <tr><td>catalog</td><td>{@code BEST_PRACTICES} or {@code SALES_SCORECARD} (see {@link
 *       FactorCatalogs#byName})</td></tr>
 *   <tr><td>scale</td><td>a numeric scale {@code min..max}, such as {@code 0..10} or {@code
 *       1..5} (see {@link RatingScale#parse})</td></tr>
 *   <tr><td>factor_code</td><td>a factor code of the catalog, such as {@code Co1}; once per
 *       assessment</td></tr>
 *   <tr><td>rating</td><td>a plain decimal on the scale, or empty for an explicitly unknown
 *       rating ({@link Rating#unknown})</td></tr>
 * </table>
 *
 * <p><b>How rows become assessments.</b> The first row of an {@code assessment_id} whose assessment
 * fields (relationship, side, assessor, date, catalog, scale) are valid fixes them; a later row of
 * the same id that differs in any of them is reported as {@link ProblemKind#INCONSISTENT} and left
 * out. A rating row whose factor code is not in the catalog ({@link
 * ProblemKind#UNKNOWN_REFERENCE}), repeats a factor of its assessment ({@link
 * ProblemKind#DUPLICATE}), or whose value is not a number ({@link ProblemKind#INVALID_VALUE}) or
 * off the scale ({@link ProblemKind#OUT_OF_RANGE}) is reported and left out; the assessment keeps
 * its other ratings. An assessment is returned when at least one of its rows was good, at the line
 * of its first row, in the order of first rows.
 *
 * <p><b>What the file does not hold.</b> Custom catalogs, anchored scales, evidence and assessments
 * without any rating cannot be written; {@link #write} rejects the first two and the last and
 * leaves evidence out. Use JSON for the full model. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class AssessmentsCsv {
  /** The file name in a portfolio folder. */
  public static final String FILE_NAME = "assessments.csv";

  /** Column {@code assessment_id}. */
  public static final String ASSESSMENT_ID = "assessment_id";

  /** Column {@code relationship_id}. */
  public static final String RELATIONSHIP_ID = "relationship_id";

  /** Column {@code side}. */
  public static final String SIDE = "side";

  /** Column {@code assessor}. */
  public static final String ASSESSOR = "assessor";

  /** Column {@code date}. */
  public static final String DATE = "date";

  /** Column {@code catalog}. */
  public static final String CATALOG = "catalog";

  /** Column {@code scale}. */
  public static final String SCALE = "scale";

  /** Column {@code factor_code}. */
  public static final String FACTOR_CODE = "factor_code";

  /** Column {@code rating}. */
  public static final String RATING = "rating";

  /** The role of an assessor written without a role in brackets. */
  public static final String DEFAULT_ROLE = "Assessor";

  /** One row of the file: a rating of an assessment. */
  private record RatingRow(Assessment assessment, Rating rating) {}

  private static final Column<RatingRow, AssessmentId> ID_COLUMN =
      Column.shared(
          Column.required(
              ASSESSMENT_ID, AssessmentId::parse, row -> row.assessment().id().value()));
  private static final Column<RatingRow, RelationshipId> RELATIONSHIP_COLUMN =
      Column.shared(
          Column.required(
              RELATIONSHIP_ID,
              Cells.RELATIONSHIP_ID,
              row -> row.assessment().relationship().value()));
  private static final Column<RatingRow, Side> SIDE_COLUMN =
      Column.required(
          SIDE, text -> Cells.constant(Side.class, text), row -> row.assessment().side().name());
  private static final Column<RatingRow, Assessor> ASSESSOR_COLUMN =
      Column.requiredText(
          ASSESSOR,
          AssessmentsCsv::parseAssessor,
          row -> formatAssessor(row.assessment().assessor()));
  private static final Column<RatingRow, LocalDate> DATE_COLUMN =
      Column.shared(Column.required(DATE, Cells::date, row -> row.assessment().date().toString()));
  private static final Column<RatingRow, FactorCatalog> CATALOG_COLUMN =
      Column.required(CATALOG, AssessmentsCsv::catalog, row -> row.assessment().catalog().name());
  private static final Column<RatingRow, NumericScale> SCALE_COLUMN =
      Column.required(SCALE, RatingScale::parse, row -> row.assessment().scale().toString());
  private static final Column<RatingRow, String> CODE_COLUMN =
      Column.required(FACTOR_CODE, text -> text, row -> row.rating().code());
  private static final Column<RatingRow, Double> RATING_COLUMN =
      Column.mayBeBlank(
          RATING,
          Cells::number,
          row -> row.rating().isKnown() ? Cells.format(row.rating().value().getAsDouble()) : "");
  private static final Columns<RatingRow> TABLE =
      Columns.of(
          ID_COLUMN,
          RELATIONSHIP_COLUMN,
          SIDE_COLUMN,
          ASSESSOR_COLUMN,
          DATE_COLUMN,
          CATALOG_COLUMN,
          SCALE_COLUMN,
          CODE_COLUMN,
          RATING_COLUMN);

  /** The columns in the order they are written; all are required. */
  public static final ImmutableList<String> COLUMNS = TABLE.names();

  private AssessmentsCsv() {}

  /**
   * Reads assessments from {@code in}, which is left open; {@code fileName} names the file in
   * problems.
   */
  public static ReadResult<Assessment> read(Reader in, String fileName) {
    checkNotNull(in, "in");
    checkNotNull(fileName, "fileName");
    Collector collector = new Collector(fileName);
    TABLE.read(in, fileName, collector.problems, collector::accept);
    return collector.result();
  }

  /** Reads assessments from a UTF-8 file; a missing file is reported as a problem. */
  public static ReadResult<Assessment> read(Path file) {
    checkNotNull(file, "file");
    String fileName = String.valueOf(file.getFileName());
    Collector collector = new Collector(fileName);
    TABLE.read(file, fileName, collector.problems, collector::accept);
    return collector.result();
  }

  /**
   * Writes one row per rating, header first, to {@code out}, which is flushed and left open.
   *
   * @throws IllegalArgumentException before anything is written, if an assessment uses a catalog
   *     other than the two standard ones, an anchored scale, has no rating, or has an assessor
   *     whose name or role would not read back the same
   * @throws IOException if writing fails
   */
  public static void write(Writer out, Iterable<Assessment> assessments) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(assessments, "assessments");
    TABLE.write(out, rows(assessments));
  }

  /**
   * Writes one row per rating, header first, to a UTF-8 file, which is created or truncated.
   *
   * @throws IllegalArgumentException before anything is written, for the reasons given at {@link
   *     #write(Writer, Iterable)}
   * @throws IOException if writing fails
   */
  public static void write(Path file, Iterable<Assessment> assessments) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(assessments, "assessments");
    TABLE.write(file, rows(assessments));
  }

  /**
   * Parses the text of the {@code assessor} column: {@code Name (Role)}, the role being the text in
   * the last pair of balanced brackets; without one, the whole text is the name and the role is
   * {@value #DEFAULT_ROLE}.
   *
   * @throws IllegalArgumentException if the name or role is blank or holds control characters
   */
  public static Assessor parseAssessor(String text) {
    checkNotNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.endsWith(")")) {
      int depth = 0;
      for (int i = trimmed.length() - 1; i >= 0; i--) {
        char c = trimmed.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(' && --depth == 0) {
          String name = trimmed.substring(0, i).strip();
          String role = trimmed.substring(i + 1, trimmed.length() - 1).strip();
          if (!name.isEmpty() && !role.isEmpty()) {
            return Assessor.of(name, role);
          }
          break;
        }
      }
    }
    return Assessor.of(trimmed, DEFAULT_ROLE);
  }

  /** Returns the text of the {@code assessor} column: {@code Name (Role)}. */
  public static String formatAssessor(Assessor assessor) {
    checkNotNull(assessor, "assessor");
    return assessor.name() + " (" + assessor.role() + ")";
  }

  private static ImmutableList<RatingRow> rows(Iterable<Assessment> assessments) {
    ImmutableList.Builder<RatingRow> rows = ImmutableList.builder();
    for (Assessment assessment : assessments) {
      checkWritable(assessment);
      for (Rating rating : assessment.ratings()) {
        rows.add(new RatingRow(assessment, rating));
      }
    }
    return rows.build();
  }

  private static void checkWritable(Assessment assessment) {
    checkArgument(
        FactorCatalogs.byName(assessment.catalog().name())
            .filter(assessment.catalog()::equals)
            .isPresent(),
        "assessment %s uses catalog %s, but %s holds only the standard catalogs %s and %s",
        assessment.id(),
        assessment.catalog().name(),
        FILE_NAME,
        FactorCatalogs.BEST_PRACTICES_NAME,
        FactorCatalogs.SALES_SCORECARD_NAME);
    checkArgument(
        assessment.scale() instanceof NumericScale,
        "assessment %s uses the anchored scale %s, but %s holds only numeric scales min..max",
        assessment.id(),
        assessment.scale(),
        FILE_NAME);
    checkArgument(
        !assessment.ratings().isEmpty(),
        "assessment %s has no rating, but %s holds one row per rating",
        assessment.id(),
        FILE_NAME);
    Assessor assessor = assessment.assessor();
    checkArgument(
        parseAssessor(formatAssessor(assessor)).equals(assessor),
        "assessor '%s' with role '%s' of assessment %s would not read back the same from %s",
        assessor.name(),
        assessor.role(),
        assessment.id(),
        FILE_NAME);
  }

  private static FactorCatalog catalog(String text) {
    return FactorCatalogs.byName(text.toUpperCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new BadCell(
                    ProblemKind.UNKNOWN_REFERENCE,
                    Cells.quote(text)
                        + " is not a known catalog: "
                        + FactorCatalogs.BEST_PRACTICES_NAME
                        + " or "
                        + FactorCatalogs.SALES_SCORECARD_NAME));
  }

  /** The fields every row of one assessment repeats. */
  private record Header(
      RelationshipId relationship,
      Side side,
      Assessor assessor,
      LocalDate date,
      FactorCatalog catalog,
      NumericScale scale) {

    /** Reports each field in which {@code other} differs from this header. */
    void compare(Header other, AssessmentId id, long firstLine, Row row) {
      differ(RELATIONSHIP_ID, relationship, other.relationship, id, firstLine, row);
      differ(SIDE, side, other.side, id, firstLine, row);
      if (!assessor.equals(other.assessor)) {
        differ(
            ASSESSOR, formatAssessor(assessor), formatAssessor(other.assessor), id, firstLine, row);
      }
      differ(DATE, date, other.date, id, firstLine, row);
      differ(CATALOG, catalog.name(), other.catalog.name(), id, firstLine, row);
      differ(SCALE, scale, other.scale, id, firstLine, row);
    }

    /** Reports {@code other} if it differs from {@code first}; the message is built only then. */
    private static void differ(
        String column, Object first, Object other, AssessmentId id, long firstLine, Row row) {
      if (!Objects.equals(first, other)) {
        RowCollector.checkSame(row, column, first, other, "assessment " + id, firstLine);
      }
    }
  }

  /** The rows of one assessment read so far. */
  private static final class Group {
    final Header header;
    final long firstLine;
    final List<Rating> ratings = new ArrayList<>();
    final List<Long> ratingLines = new ArrayList<>();
    final Map<String, Long> codes = new HashMap<>();

    Group(Header header, long firstLine) {
      this.header = header;
      this.firstLine = firstLine;
    }
  }

  /** Groups rows into assessments. */
  private static final class Collector {
    final String file;
    final List<Problem> problems = new ArrayList<>();
    final Map<AssessmentId, Group> groups = new LinkedHashMap<>();

    Collector(String file) {
      this.file = file;
    }

    void accept(Row row) {
      Optional<AssessmentId> id = row.get(ID_COLUMN);
      Optional<RelationshipId> relationship = row.get(RELATIONSHIP_COLUMN);
      Optional<Side> side = row.get(SIDE_COLUMN);
      Optional<Assessor> assessor = row.get(ASSESSOR_COLUMN);
      Optional<LocalDate> date = row.get(DATE_COLUMN);
      Optional<FactorCatalog> catalog = row.get(CATALOG_COLUMN);
      Optional<NumericScale> scale = row.get(SCALE_COLUMN);
      Optional<String> code = row.get(CODE_COLUMN);
      Optional<Double> value = row.get(RATING_COLUMN);
      Optional<Group> group = Optional.empty();
      if (!row.hasProblems()) {
        Header header =
            new Header(
                relationship.orElseThrow(),
                side.orElseThrow(),
                assessor.orElseThrow(),
                date.orElseThrow(),
                catalog.orElseThrow(),
                scale.orElseThrow());
        Group existing = groups.get(id.orElseThrow());
        if (existing == null) {
          existing = new Group(header, row.line());
          groups.put(id.orElseThrow(), existing);
        } else {
          existing.header.compare(header, id.orElseThrow(), existing.firstLine, row);
        }
        group = Optional.of(existing);
      }
      if (code.isPresent() && catalog.isPresent() && !catalog.get().contains(code.get())) {
        row.problem(
            FACTOR_CODE,
            ProblemKind.UNKNOWN_REFERENCE,
            "factor code "
                + Cells.quote(code.get())
                + " is not in catalog "
                + catalog.get().name());
      }
      if (value.isPresent() && scale.isPresent() && !scale.get().contains(value.get())) {
        row.problem(
            RATING,
            ProblemKind.OUT_OF_RANGE,
            "rating "
                + Cells.format(value.get())
                + " for "
                + code.orElse("?")
                + " is outside scale "
                + scale.get());
      }
      if (group.isPresent() && code.isPresent() && group.get().codes.containsKey(code.get())) {
        row.problem(
            FACTOR_CODE,
            ProblemKind.DUPLICATE,
            "factor "
                + code.get()
                + " of assessment "
                + id.orElseThrow()
                + " is already rated on line "
                + group.get().codes.get(code.get()));
      }
      if (row.hasProblems()) {
        problems.addAll(row.problems());
        return;
      }
      try {
        Rating rating =
            Rating.builder()
                .code(code.orElseThrow())
                .value(value.map(OptionalDouble::of).orElse(OptionalDouble.empty()))
                .build();
        Group accepted = group.orElseThrow();
        accepted.ratings.add(rating);
        accepted.ratingLines.add(row.line());
        accepted.codes.put(rating.code(), row.line());
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(
            Problem.inFile(row.file(), row.line(), "", ProblemKind.INVALID_VALUE, e.getMessage()));
      }
    }

    ReadResult<Assessment> result() {
      List<Assessment> values = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      for (Map.Entry<AssessmentId, Group> entry : groups.entrySet()) {
        Group group = entry.getValue();
        if (group.ratings.isEmpty()) {
          continue;
        }
        try {
          values.add(
              Assessment.builder()
                  .id(entry.getKey())
                  .relationship(group.header.relationship())
                  .side(group.header.side())
                  .assessor(group.header.assessor())
                  .date(group.header.date())
                  .catalog(group.header.catalog())
                  .scale(group.header.scale())
                  .ratings(group.ratings)
                  .build());
          lines.add(group.firstLine);
        } catch (IllegalArgumentException | IllegalStateException e) {
          for (long line : group.ratingLines) {
            problems.add(Problem.inFile(file, line, "", ProblemKind.INVALID_VALUE, e.getMessage()));
          }
        }
      }
      problems.sort(Comparator.comparingLong(Problem::line));
      return ReadResult.of(values, lines, problems);
    }
  }
}
