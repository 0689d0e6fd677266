package org.alliancekit.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The steps from rating rows to one row of raw ratings per relationship: reading each rating row,
 * then building each relationship's assessments and combining them with {@link
 * AssessmentCombiner#mean()}.
 */
final class Ratings {
  /** Assessor and date of the assessments built from rows; neither changes a score. */
  private static final Assessor ASSESSOR = Assessor.of("rating rows", "rating rows");

  private static final LocalDate DATE = LocalDate.of(2000, 1, 1);

  /** One read rating row: input of the grouping step. */
  static final StructType READ =
      Outcomes.withOutcome(
          new StructType()
              .add("relationship_id", StringType, true)
              .add("assessment", StringType, true)
              .add("side", StringType, true)
              .add("catalog", StringType, true)
              .add("scale", StringType, true)
              .add("factor_code", StringType, true)
              .add("rating", DoubleType, true));

  /**
   * One relationship's raw ratings on one scale, in catalog order (NaN for unknown), with the
   * revenue columns of the wide format passed through: input of {@link BatchScoring}.
   */
  static final StructType RAW =
      Outcomes.withOutcome(
          new StructType()
              .add("relationship_id", StringType, true)
              .add("catalog", StringType, true)
              .add("scale", StringType, true)
              .add("ratings", createArrayType(DoubleType, false), true)
              .add("coverage", DoubleType, true)
              .add("alliance_revenue", StringType, true)
              .add("currency", StringType, true));

  private Ratings() {}

  /**
   * Reads rating rows of the long format, selected as strings in the order {@code relationship_id,
   * side, factor_code, rating, scale, assessment_id, catalog} (the last two null when the input has
   * no such column, as the flags say).
   */
  static MapPartitionsFunction<Row, Row> reader(
      String defaultCatalog, boolean hasAssessment, boolean hasCatalog) {
    return rows ->
        new MappingIterator(rows, row -> read(row, defaultCatalog, hasAssessment, hasCatalog));
  }

  private static Row read(
      Row row, String defaultCatalog, boolean hasAssessment, boolean hasCatalog) {
    String relationship = trimmed(row.getString(0));
    String key = relationship == null ? "" : relationship;
    if (relationship == null) {
      return bad(key, ProblemKind.MISSING_VALUE, "relationship_id is missing");
    }
    try {
      RelationshipId.of(relationship);
    } catch (IllegalArgumentException e) {
      return bad(key, ProblemKind.INVALID_VALUE, Outcomes.message(e));
    }
    String sideText = trimmed(row.getString(1));
    if (sideText == null) {
      return bad(key, ProblemKind.MISSING_VALUE, "side is missing");
    }
    Side side;
    try {
      side = Side.valueOf(sideText);
    } catch (IllegalArgumentException e) {
      return bad(
          key,
          ProblemKind.INVALID_VALUE,
          "side '" + sideText + "' is not one of " + java.util.Arrays.toString(Side.values()));
    }
    String code = trimmed(row.getString(2));
    if (code == null) {
      return bad(key, ProblemKind.MISSING_VALUE, "factor_code is missing");
    }
    String scaleText = trimmed(row.getString(4));
    if (scaleText == null) {
      return bad(key, ProblemKind.MISSING_VALUE, "scale is missing");
    }
    NumericScale scale;
    try {
      scale = RatingScale.parse(scaleText);
    } catch (IllegalArgumentException e) {
      return bad(key, ProblemKind.INVALID_VALUE, Outcomes.message(e));
    }
    String assessment =
        hasAssessment ? trimmed(row.getString(5)) : relationship + "/" + side.name();
    if (assessment == null) {
      return bad(key, ProblemKind.MISSING_VALUE, "assessment_id is missing");
    }
    String catalogName = hasCatalog ? trimmed(row.getString(6)) : defaultCatalog;
    if (catalogName == null) {
      return bad(key, ProblemKind.MISSING_VALUE, "catalog is missing");
    }
    Optional<FactorCatalog> catalog = FactorCatalogs.byName(catalogName);
    if (catalog.isEmpty()) {
      return bad(
          key,
          ProblemKind.UNKNOWN_REFERENCE,
          "catalog '"
              + catalogName
              + "' is not "
              + FactorCatalogs.BEST_PRACTICES_NAME
              + " or "
              + FactorCatalogs.SALES_SCORECARD_NAME);
    }
    if (!catalog.get().contains(code)) {
      return bad(
          key,
          ProblemKind.UNKNOWN_REFERENCE,
          "factor code " + code + " is not in catalog " + catalogName);
    }
    String ratingText = trimmed(row.getString(3));
    double rating = Double.NaN;
    if (ratingText != null) {
      try {
        rating = Double.parseDouble(ratingText);
      } catch (NumberFormatException e) {
        return bad(
            key,
            ProblemKind.INVALID_VALUE,
            "rating '" + ratingText + "' for " + code + " is not a number");
      }
      if (!Double.isFinite(rating)) {
        return bad(
            key,
            ProblemKind.INVALID_VALUE,
            "rating '" + ratingText + "' for " + code + " is not a finite number");
      }
      if (!scale.contains(rating)) {
        return bad(
            key,
            ProblemKind.OUT_OF_RANGE,
            "rating " + ratingText + " for " + code + " is outside scale " + scale);
      }
    }
    return Outcomes.good(
        relationship, assessment, side.name(), catalogName, scale.toString(), code, rating);
  }

  private static Row bad(String key, ProblemKind kind, String reason) {
    return Outcomes.bad(READ.size() - Outcomes.EXTRA, key, kind, reason, "ratings");
  }

  /**
   * Builds each relationship's assessments from its read rows (in assessment id order) and, when
   * there are several, combines them with {@link AssessmentCombiner#mean()} (on the best practices
   * when they use both standard catalogs); emits one {@link #RAW} row, plus a problem row for each
   * assessment that cannot be built and each bad rating row.
   */
  static FlatMapGroupsFunction<String, Row, Row> assembler() {
    return (relationship, rows) -> assemble(relationship, rows).iterator();
  }

  private static List<Row> assemble(String relationship, Iterator<Row> rows) {
    Map<String, List<Row>> byAssessment = new TreeMap<>();
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      if (!Outcomes.isKept(row)) {
        out.add(Outcomes.passOn(row, RAW.size() - Outcomes.EXTRA));
        continue;
      }
      byAssessment.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row);
    }
    List<Assessment> assessments = new ArrayList<>();
    for (Map.Entry<String, List<Row>> entry : byAssessment.entrySet()) {
      try {
        assessments.add(assessment(relationship, entry.getKey(), entry.getValue()));
      } catch (IllegalArgumentException e) {
        out.add(rawProblem(relationship, ProblemKind.INVALID_VALUE, Outcomes.message(e)));
      }
    }
    if (assessments.isEmpty()) {
      return out;
    }
    if (assessments.stream().map(Assessment::catalog).distinct().count() > 1) {
      // Both standard catalogs: every scorecard factor is a best practice of the same code and
      // area, so the scorecard assessments are moved onto the best practices, as the report does.
      FactorCatalog bestPractices = FactorCatalogs.bestPractices();
      assessments.replaceAll(assessment -> assessment.withCatalog(bestPractices));
    }
    Assessment scored;
    try {
      scored =
          assessments.size() == 1
              ? assessments.get(0)
              : AssessmentCombiner.mean().combine(assessments);
    } catch (IllegalArgumentException e) {
      out.add(rawProblem(relationship, ProblemKind.INVALID_VALUE, Outcomes.message(e)));
      return out;
    }
    FactorCatalog catalog = scored.catalog();
    ImmutableList<String> codes = catalog.codes();
    double[] values = new double[codes.size()];
    for (int column = 0; column < values.length; column++) {
      Optional<Rating> rating = scored.rating(codes.get(column));
      values[column] =
          rating.isPresent() && rating.get().isKnown()
              ? rating.get().value().getAsDouble()
              : Double.NaN;
    }
    out.add(
        Outcomes.good(
            relationship,
            catalog.name(),
            scored.scale().toString(),
            Outcomes.seq(values),
            scored.coverage(),
            null,
            null));
    return out;
  }

  private static Assessment assessment(String relationship, String id, List<Row> rows) {
    Row first = rows.get(0);
    for (Row row : rows) {
      for (int field = 2; field <= 4; field++) {
        if (!row.getString(field).equals(first.getString(field))) {
          throw new IllegalArgumentException(
              "assessment "
                  + id
                  + " of relationship "
                  + relationship
                  + " has rows with "
                  + READ.fieldNames()[field]
                  + " "
                  + first.getString(field)
                  + " and "
                  + row.getString(field)
                  + "; all rows of one assessment must agree");
        }
      }
    }
    List<Rating> ratings = new ArrayList<>(rows.size());
    for (Row row : rows) {
      double value = row.getDouble(6);
      ratings.add(
          Double.isNaN(value)
              ? Rating.unknown(row.getString(5))
              : Rating.of(row.getString(5), value));
    }
    return Assessment.builder()
        .id(AssessmentId.of(id))
        .relationship(RelationshipId.of(relationship))
        .catalog(FactorCatalogs.byName(first.getString(3)).orElseThrow())
        .scale(RatingScale.parse(first.getString(4)))
        .assessor(ASSESSOR)
        .side(Side.valueOf(first.getString(2)))
        .date(DATE)
        .ratings(ratings)
        .build();
  }

  private static Row rawProblem(String relationship, ProblemKind kind, String reason) {
    return Outcomes.bad(RAW.size() - Outcomes.EXTRA, relationship, kind, reason, "ratings");
  }

  private static Row wideProblem(String relationship, ProblemKind kind, String reason) {
    return Outcomes.bad(RAW.size() - Outcomes.EXTRA, relationship, kind, reason, "relationships");
  }

  /**
   * Reads rows of the wide format, selected in the order {@code relationship_id, catalog, scale,
   * ratings (array of double), alliance_revenue, currency} (catalog, revenue and currency null when
   * absent), into {@link #RAW} rows. Null elements of the ratings are unknown.
   */
  static MapPartitionsFunction<Row, Row> wideReader(String defaultCatalog, boolean hasCatalog) {
    return rows -> new MappingIterator(rows, row -> readWide(row, defaultCatalog, hasCatalog));
  }

  private static Row readWide(Row row, String defaultCatalog, boolean hasCatalog) {
    String relationship = trimmed(row.getString(0));
    String key = relationship == null ? "" : relationship;
    if (relationship == null) {
      return wideProblem(key, ProblemKind.MISSING_VALUE, "relationship_id is missing");
    }
    try {
      RelationshipId.of(relationship);
    } catch (IllegalArgumentException e) {
      return wideProblem(key, ProblemKind.INVALID_VALUE, Outcomes.message(e));
    }
    String catalogName = hasCatalog ? trimmed(row.getString(1)) : defaultCatalog;
    if (catalogName == null) {
      return wideProblem(key, ProblemKind.MISSING_VALUE, "catalog is missing");
    }
    Optional<FactorCatalog> catalog = FactorCatalogs.byName(catalogName);
    if (catalog.isEmpty()) {
      return wideProblem(
          key,
          ProblemKind.UNKNOWN_REFERENCE,
          "catalog '"
              + catalogName
              + "' is not "
              + FactorCatalogs.BEST_PRACTICES_NAME
              + " or "
              + FactorCatalogs.SALES_SCORECARD_NAME);
    }
    String scaleText = trimmed(row.getString(2));
    if (scaleText == null) {
      return wideProblem(key, ProblemKind.MISSING_VALUE, "scale is missing");
    }
    try {
      RatingScale.parse(scaleText);
    } catch (IllegalArgumentException e) {
      return wideProblem(key, ProblemKind.INVALID_VALUE, Outcomes.message(e));
    }
    if (row.isNullAt(3)) {
      return wideProblem(key, ProblemKind.MISSING_VALUE, "ratings are missing");
    }
    List<Object> list = row.getList(3);
    int width = catalog.get().size();
    if (list.size() != width) {
      return wideProblem(
          key,
          ProblemKind.INVALID_VALUE,
          "ratings of relationship "
              + relationship
              + " hold "
              + list.size()
              + " values; catalog "
              + catalogName
              + " has "
              + width
              + " factors");
    }
    double[] values = new double[width];
    int known = 0;
    for (int column = 0; column < width; column++) {
      Object value = list.get(column);
      values[column] = value == null ? Double.NaN : ((Number) value).doubleValue();
      if (values[column] == values[column]) {
        known++;
      }
    }
    return Outcomes.good(
        relationship,
        catalogName,
        scaleText,
        Outcomes.seq(values),
        (double) known / width,
        row.isNullAt(4) ? null : row.getString(4),
        row.isNullAt(5) ? null : row.getString(5));
  }

  static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
