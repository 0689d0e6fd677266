package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.internal.KernelRule;
import org.alliancekit.scoring.internal.ScalePoints;
import org.alliancekit.scoring.internal.ScoreKernel;

/**
 * The standard rules of {@link ScoringRules}: a weighted average, the Alliance Sales Balanced
 * Scorecard and the weakest-link rule, all computed by one {@link ScoreKernel}. Two rules are equal
 * when they are of the same kind with equal weights, margin and policy.
 *
 * <p>A rule keeps the layouts of the last eight catalog and scale pairs it scored (each with its
 * kernel, the scale's tabulated points, the code tables and the factor scores it can share between
 * scores), so that scoring many assessments of a few catalogs and scales, in any order, does not
 * derive a layout again for each; the cache is an immutable array behind a volatile field and never
 * changes a result.
 *
 * <p>Immutable and thread-safe.
 */
final class StandardRule implements ScoringRule, KernelRule {
  /** How many factor codes an error message lists before it cuts the list short. */
  private static final int LISTED_CODES = 10;

  private static final FactorCategory[] AREAS = FactorCategory.values();

  /** The kinds of standard rule. */
  enum Kind {
    WEIGHTED_AVERAGE,
    ALLIANCE_SALES_SCORECARD,
    WEAKEST_LINK
  }

  private final Kind kind;
  private final Weights weights;
  private final double margin;
  private final MissingRatingPolicy policy;

  /** How many layouts (catalog and scale pairs) a rule keeps. */
  private static final int LAYOUTS = 8;

  /**
   * The layouts of the catalog and scale pairs scored last, the most recent first, at most {@value
   * #LAYOUTS}; a cache that never changes a result.
   */
  private volatile Layout[] layouts = new Layout[0];

  private StandardRule(Kind kind, Weights weights, double margin, MissingRatingPolicy policy) {
    this.kind = kind;
    this.weights = checkNotNull(weights, "weights");
    this.margin = margin;
    this.policy = checkNotNull(policy, "policy");
  }

  static StandardRule weightedAverage(Weights weights, MissingRatingPolicy policy) {
    return new StandardRule(Kind.WEIGHTED_AVERAGE, weights, Double.NaN, policy);
  }

  static StandardRule allianceSalesScorecard(MissingRatingPolicy policy) {
    Weights.Builder areasAlike = Weights.builder();
    for (FactorCategory area : AREAS) {
      areasAlike.putCategoryWeight(area, 1.0);
    }
    return new StandardRule(Kind.ALLIANCE_SALES_SCORECARD, areasAlike.build(), Double.NaN, policy);
  }

  static StandardRule weakestLink(Weights weights, double margin, MissingRatingPolicy policy) {
    checkArgument(
        margin >= 0 && margin <= 1,
        "weakest-link margin %s must be a number between 0 and 1",
        margin);
    return new StandardRule(Kind.WEAKEST_LINK, weights, margin + 0.0, policy);
  }

  @Override
  public MissingRatingPolicy missingRatingPolicy() {
    return policy;
  }

  @Override
  public ScoreKernel kernel(FactorCatalog catalog) {
    checkNotNull(catalog, "catalog");
    ImmutableList<SuccessFactor> factors = catalog.factors();
    int width = factors.size();
    int[] categories = new int[width];
    double[] columnWeights = new double[width];
    if (kind == Kind.ALLIANCE_SALES_SCORECARD) {
      Arrays.fill(categories, -1);
      checkFitsScorecard(catalog);
      for (SuccessFactor factor : FactorCatalogs.allianceSalesScorecard().factors()) {
        categories[catalog.indexOf(factor.code())] = factor.category().ordinal();
      }
    } else {
      for (int column = 0; column < width; column++) {
        categories[column] = factors.get(column).category().ordinal();
      }
    }
    double sum = 0.0;
    double[] areaSums = new double[AREAS.length];
    boolean[] present = new boolean[AREAS.length];
    List<String> considered = new ArrayList<>();
    for (int column = 0; column < width; column++) {
      if (categories[column] >= 0) {
        double weight = weights.factorWeight(factors.get(column).code());
        columnWeights[column] = weight;
        sum += weight;
        areaSums[categories[column]] += weight;
        present[categories[column]] = true;
        considered.add(factors.get(column).code());
      }
    }
    checkArgument(
        sum > 0,
        "weights of all %s factors scored in catalog %s are 0 (%s); at least one must be greater"
            + " than 0",
        considered.size(),
        catalog.name(),
        abbreviate(considered));
    checkArgument(
        Double.isFinite(sum),
        "weights of the factors scored in catalog %s sum to %s; the sum must be a finite number",
        catalog.name(),
        sum);
    double[] categoryWeights = null;
    if (weights.hasCategoryWeights()) {
      categoryWeights = new double[AREAS.length];
      double areaSum = 0.0;
      Map<FactorCategory, Double> scoredAreas = new EnumMap<>(FactorCategory.class);
      for (FactorCategory area : AREAS) {
        if (present[area.ordinal()]) {
          double weight = weights.categoryWeight(area).getAsDouble();
          categoryWeights[area.ordinal()] = weight;
          areaSum += weight;
          scoredAreas.put(area, weight);
          checkArgument(
              weight == 0 || areaSums[area.ordinal()] > 0,
              "area %s has weight %s but all its factors scored in catalog %s weigh 0; give the"
                  + " area weight 0 or one of its factors a positive weight",
              area,
              weight,
              catalog.name());
        }
      }
      checkArgument(
          areaSum > 0,
          "weights of all areas scored in catalog %s are 0 (%s); at least one must be greater"
              + " than 0",
          catalog.name(),
          scoredAreas);
      checkArgument(
          Double.isFinite(areaSum),
          "weights of the areas scored in catalog %s sum to %s; the sum must be a finite number",
          catalog.name(),
          areaSum);
    }
    return ScoreKernel.of(categories, columnWeights, categoryWeights, policy, margin);
  }

  private static void checkFitsScorecard(FactorCatalog catalog) {
    List<String> missing = new ArrayList<>();
    for (SuccessFactor factor : FactorCatalogs.allianceSalesScorecard().factors()) {
      if (!catalog.contains(factor.code())) {
        missing.add(factor.code());
      }
    }
    checkArgument(
        missing.isEmpty(),
        "catalog %s does not fit the Alliance Sales Balanced Scorecard: it lacks the codes %s",
        catalog.name(),
        missing);
    for (SuccessFactor factor : FactorCatalogs.allianceSalesScorecard().factors()) {
      FactorCategory category = catalog.get(factor.code()).category();
      checkArgument(
          category == factor.category(),
          "catalog %s does not fit the Alliance Sales Balanced Scorecard: it puts %s in %s, not %s",
          catalog.name(),
          factor.code(),
          category,
          factor.category());
    }
  }

  private static String abbreviate(List<String> codes) {
    if (codes.size() <= LISTED_CODES) {
      return String.join(", ", codes);
    }
    return String.join(", ", codes.subList(0, LISTED_CODES)) + ", ...";
  }

  @Override
  public Score score(Assessment assessment) {
    checkNotNull(assessment, "assessment");
    FactorCatalog catalog = assessment.catalog();
    Layout layout = layout(catalog, assessment.scale());
    Row row = new Row(layout.codes.length);
    int known =
        layout.tables == null ? -1 : layout.readCodes(assessment, row.codes, 0, row.rated, 0);
    double overall;
    short[] points;
    if (known >= 0) {
      overall =
          layout.tables.score(row.codes, 0, 0, row.areaScores, 0, row.areaWeights, row.areaMeans);
      row.known = known;
      row.tabulated = true;
      points = points(row.codes, 0, layout.codes.length);
    } else {
      layout.read(assessment, row, true);
      overall = layout.score(row);
      points = row.tabulated ? Arrays.copyOf(row.pointOf, layout.codes.length) : null;
    }
    return finish(assessment, layout, row, overall, points);
  }

  /** The scale points of a row's codes, one more than each point's index, 0 for none. */
  private static short[] points(byte[] codes, int offset, int width) {
    short[] points = new short[width];
    for (int column = 0; column < width; column++) {
      points[column] = codes[offset + column];
    }
    return points;
  }

  /** The flag {@link ScoreKernel.CodeTables#scoreRows} sets for a row it scored. */
  private static final int SCORED = 1 << ScoreKernel.AREAS;

  /** The number of assessments {@link #scoreAll} reads before it scores them. */
  private static final int BLOCK = 256;

  /**
   * Scores the assessments in blocks: the ratings of a block's assessments are first read into one
   * matrix of codes ({@link Layout#readCodes(Assessment[], int, byte[], int[], int[])}), then each
   * row is scored from the matrix as {@link #score} scores it, in order. An assessment of another
   * catalog or scale, or one {@link #score} would not score through the code tables, is scored by
   * {@link #score} itself, in its place.
   */
  @Override
  public ImmutableList<Score> scoreAll(List<Assessment> assessments) {
    checkNotNull(assessments, "assessments");
    int size = assessments.size();
    Score[] scores = new Score[size];
    byte[] codes = new byte[0];
    int[] rated = new int[BLOCK * ScoreKernel.AREAS];
    int[] known = new int[BLOCK];
    Assessment[] block = new Assessment[BLOCK];
    Row row = null;
    double[] plainOverall = null;
    double[][] plainAreas = null;
    double[][] plainWeights = null;
    byte[] plainFlags = null;
    int next = 0;
    while (next < size) {
      Assessment first = checkNotNull(assessments.get(next), "assessment");
      Layout layout = layout(first.catalog(), first.scale());
      if (layout.tables == null) {
        scores[next] = score(first);
        next++;
        continue;
      }
      int width = layout.codes.length;
      if (codes.length < BLOCK * width) {
        codes = new byte[BLOCK * width];
      }
      int end = next;
      while (end < size && end - next < BLOCK) {
        Assessment assessment = assessments.get(end);
        if (assessment == null || !layout.fits(assessment)) {
          break;
        }
        block[end - next] = assessment;
        end++;
      }
      int rows = end - next;
      layout.readCodes(block, rows, codes, rated, known);
      if (row == null || row.values.length < width) {
        row = new Row(width);
      }
      boolean plain = layout.tables.isPlain();
      if (plain) {
        // a plain rule's rows are scored four at a time, as the portfolio scorer scores them
        if (plainOverall == null) {
          plainOverall = new double[BLOCK];
          plainAreas = new double[ScoreKernel.AREAS][BLOCK];
          plainWeights = new double[ScoreKernel.AREAS][BLOCK];
          plainFlags = new byte[BLOCK];
        }
        layout.tables.scoreRows(
            codes, width, 0, 0, rows, plainOverall, plainAreas, plainFlags, SCORED, plainWeights);
      }
      for (int r = 0; r < rows; r++) {
        Assessment assessment = block[r];
        int at = next + r;
        if (known[r] < 0) {
          scores[at] = score(assessment);
          continue;
        }
        double overall;
        if (plain) {
          int flags = plainFlags[r];
          overall = flags == 0 ? Double.NaN : plainOverall[r];
          for (int a = 0; a < ScoreKernel.AREAS; a++) {
            row.areaScores[a] = (flags & (1 << a)) != 0 ? plainAreas[a][r] : Double.NaN;
            row.areaWeights[a] = plainWeights[a][r];
          }
        } else {
          overall =
              layout.tables.score(
                  codes, r * width, 0, row.areaScores, 0, row.areaWeights, row.areaMeans);
        }
        System.arraycopy(rated, r * ScoreKernel.AREAS, row.rated, 0, ScoreKernel.AREAS);
        row.known = known[r];
        row.tabulated = true;
        scores[at] = finish(assessment, layout, row, overall, points(codes, r * width, width));
      }
      next = end;
    }
    return ImmutableList.copyOf(scores);
  }

  /**
   * Makes the score of an assessment read into a row and scored: refuses a row with nothing to
   * score, checks the area figures of a row whose ratings all lie on tabulated points and returns
   * its lazy {@link RuleScore}, else makes the score eagerly through the builder.
   */
  private Score finish(
      Assessment assessment, Layout layout, Row row, double overall, short[] points) {
    FactorCatalog catalog = assessment.catalog();
    ScoreKernel kernel = layout.kernel;
    int width = layout.codes.length;
    if (Double.isNaN(overall)) {
      throw new IllegalArgumentException(
          "assessment "
              + assessment.id()
              + " has nothing to score under "
              + this
              + ": no factor of positive weight in an area of positive weight has a known rating");
    }
    double coverage = (double) row.known / catalog.size();
    if (row.tabulated) {
      for (int a = 0; a < ScoreKernel.AREAS; a++) {
        if (!Double.isNaN(row.areaScores[a])) {
          CategoryScore.check(
              AREAS[a], row.areaScores[a], row.areaWeights[a], row.rated[a], kernel.areaSize(a));
        }
      }
      return new RuleScore(assessment, overall, coverage, layout, points);
    }
    // A rating between tabulated points: the score is made eagerly, through the builder. The row
    // is read again into arrays of its own, since the lists keep what they are made from.
    Row own = new Row(width);
    layout.read(assessment, own, true);
    layout.score(own);
    double[] values = own.values;
    FactorScore[] factorScores = new FactorScore[kernel.considered()];
    int next = 0;
    for (int column = 0; column < width; column++) {
      if (!kernel.considers(column)) {
        continue;
      }
      double value = values[column];
      factorScores[next++] =
          value == value
              ? layout.rated(column, own.pointOf[column] - 1, value)
              : layout.missing(column, own.areaMeans[layout.areas[column]]);
    }
    return Score.builder()
        .relationship(assessment.relationship())
        .date(assessment.date())
        .catalog(catalog.name())
        .overall(overall)
        .categories(layout.categories(own.figures(null)))
        .factors(Arrays.asList(factorScores))
        .coverage(coverage)
        .build();
  }

  /**
   * One assessment read for the kernel: the normalised value of each column (NaN without a known
   * rating), optionally the scale point of each, the number of rated factors the rule considers in
   * each area, and what the kernel wrote for each area.
   */
  private static final class Row {
    final double[] values;

    /**
     * One more than the index of the scale point each known rating lies on; 0 for a column without
     * a known rating or with a value between the scale's tabulated points. Filled only on request.
     */
    final short[] pointOf;

    /**
     * The code of each column for the layout's {@link ScoreKernel.CodeTables}: one more than the
     * index of the scale point its known rating lies on, 0 without a known rating.
     */
    final byte[] codes;

    final int[] rated = new int[ScoreKernel.AREAS];
    final double[] areaScores = new double[ScoreKernel.AREAS];
    final double[] areaWeights = new double[ScoreKernel.AREAS];
    final double[] areaMeans = new double[ScoreKernel.AREAS];

    /** The number of known ratings. */
    int known;

    /** Whether every known rating lies on a tabulated point of the scale. */
    boolean tabulated;

    Row(int width) {
      values = new double[width];
      pointOf = new short[width];
      codes = new byte[width];
    }

    /** The area figures, the arrays themselves; {@code means} is the area means or null. */
    AreaFigures figures(double[] means) {
      return new AreaFigures(areaScores, areaWeights, rated, means);
    }
  }

  /**
   * What a standard rule's kernel wrote for each area of one row: its score (NaN when the area is
   * not scored), weight and number of rated factors, and under {@link
   * MissingRatingPolicy#AREA_MEAN} the mean it imputes (else null).
   */
  private record AreaFigures(double[] scores, double[] weights, int[] rated, double[] means) {}

  /**
   * A score made by a standard rule whose known ratings all lie on tabulated points of the scale:
   * it keeps the assessment's relationship, date and catalog name, its overall score and coverage
   * (the area figures were checked when it was made), the rule's layout and the scale point of each
   * factor (not the assessment, which would keep every rating alive as long as the score), and
   * makes its lists of area and factor scores only when first asked, by scoring the points again
   * with the same layout (the rule is a pure function, so the figures are the same), equal to the
   * lists the builder would hold. A list is made at most a few times when threads race, each time
   * equal, and published through an immutable list's final fields.
   */
  private static final class RuleScore extends Score {
    private final RelationshipId relationship;
    private final LocalDate date;
    private final String catalog;
    private final double overall;
    private final double coverage;
    private final Layout layout;
    private final short[] points;
    private ImmutableList<CategoryScore> categories;
    private ImmutableList<FactorScore> factors;

    RuleScore(
        Assessment assessment, double overall, double coverage, Layout layout, short[] points) {
      this.relationship = assessment.relationship();
      this.date = assessment.date();
      this.catalog = assessment.catalog().name();
      this.overall = overall;
      this.coverage = coverage;
      this.layout = layout;
      this.points = points;
      check(relationship, overall, coverage);
    }

    @Override
    public RelationshipId relationship() {
      return relationship;
    }

    @Override
    public LocalDate date() {
      return date;
    }

    @Override
    public String catalog() {
      return catalog;
    }

    @Override
    public double overall() {
      return overall;
    }

    @Override
    public ImmutableList<CategoryScore> categories() {
      ImmutableList<CategoryScore> made = categories;
      if (made == null) {
        made = layout.categories(reread().figures(null));
        categories = made;
      }
      return made;
    }

    @Override
    public double coverage() {
      return coverage;
    }

    @Override
    public ImmutableList<FactorScore> factors() {
      ImmutableList<FactorScore> made = factors;
      if (made == null) {
        Row row = reread();
        made =
            layout.factors(
                row.pointOf, layout.policy == MissingRatingPolicy.AREA_MEAN ? row.areaMeans : null);
        factors = made;
      }
      return made;
    }

    /** The row read again from the scale points kept, and scored, into arrays of its own. */
    private Row reread() {
      Row row = new Row(layout.codes.length);
      layout.read(points, row);
      layout.score(row);
      return row;
    }
  }

  /**
   * Returns the layout of the given catalog and scale, reusing one of the last {@value #LAYOUTS}
   * when it fits, so that assessments on a few scales in any order share a few layouts (a score
   * keeps its layout). The cache is an immutable array behind a volatile field, replaced on a miss,
   * so concurrent callers at worst build a layout twice; it never changes a result.
   */
  private Layout layout(FactorCatalog catalog, RatingScale scale) {
    Layout[] known = this.layouts;
    Layout sameCatalog = null;
    for (Layout candidate : known) {
      if (candidate.catalog == catalog || candidate.catalog.equals(catalog)) {
        if (candidate.points.scale().equals(scale)) {
          return candidate;
        }
        sameCatalog = candidate;
      }
    }
    Layout fresh =
        sameCatalog != null
            ? new Layout(sameCatalog.catalog, sameCatalog.kernel, ScalePoints.of(scale), policy)
            : new Layout(catalog, kernel(catalog), ScalePoints.of(scale), policy);
    Layout[] next = new Layout[Math.min(LAYOUTS, known.length + 1)];
    next[0] = fresh;
    System.arraycopy(known, 0, next, 1, next.length - 1);
    this.layouts = next;
    return fresh;
  }

  /**
   * What scoring assessments of one catalog on one scale needs besides the ratings: the kernel, the
   * scale's points, each column's code, area and weight, and the factor scores shared between
   * scores. A {@link FactorScore} is immutable, so the score of a column rated at a tabulated point
   * of the scale, or left out under a policy that imputes a fixed value, is made once and shared;
   * the shared arrays are filled on demand, and a racing thread at worst makes an equal object
   * again.
   */
  private static final class Layout {
    final FactorCatalog catalog;
    final ScoreKernel kernel;
    final ScalePoints points;
    final String[] codes;
    final int[] areas;
    final FactorCategory[] categories;
    final double[] weights;
    final MissingRatingPolicy policy;
    final FactorScore[] rated;
    final FactorScore[] missing;

    /** 1 for each column the kernel considers, else 0. */
    final int[] counted;

    /**
     * The catalog's columns as runs of consecutive columns of one area: run {@code k} is the
     * columns from {@code runStart[k]} to {@code runStart[k + 1]} (exclusive), of area {@code
     * runArea[k]}.
     */
    final int[] runStart;

    final int[] runArea;

    /**
     * The kernel's tables for rows coded by {@link ScalePoints#code}, code 0 unknown; null when the
     * scale has no tabulated points or more than a byte holds.
     */
    final ScoreKernel.CodeTables tables;

    Layout(
        FactorCatalog catalog, ScoreKernel kernel, ScalePoints points, MissingRatingPolicy policy) {
      this.catalog = catalog;
      this.kernel = kernel;
      this.points = points;
      this.policy = policy;
      ImmutableList<SuccessFactor> factors = catalog.factors();
      int width = factors.size();
      codes = new String[width];
      areas = new int[width];
      categories = new FactorCategory[width];
      weights = new double[width];
      for (int column = 0; column < width; column++) {
        SuccessFactor factor = factors.get(column);
        codes[column] = factor.code();
        categories[column] = factor.category();
        areas[column] = factor.category().ordinal();
        weights[column] = kernel.considers(column) ? kernel.weight(column) : 0.0;
      }
      rated = new FactorScore[width * points.size()];
      missing = new FactorScore[width];
      counted = new int[width];
      for (int column = 0; column < width; column++) {
        counted[column] = kernel.considers(column) ? 1 : 0;
      }
      int runs = 0;
      for (int column = 0; column < width; column++) {
        runs += column == 0 || areas[column] != areas[column - 1] ? 1 : 0;
      }
      runStart = new int[runs + 1];
      runArea = new int[runs];
      for (int column = 0, run = -1; column < width; column++) {
        if (column == 0 || areas[column] != areas[column - 1]) {
          run++;
          runStart[run] = column;
          runArea[run] = areas[column];
        }
      }
      runStart[runs] = width;
      tables = tablesOf(kernel, points);
    }

    /** The code tables of a kernel for a scale's points, or null when they do not apply. */
    private static ScoreKernel.CodeTables tablesOf(ScoreKernel kernel, ScalePoints points) {
      int size = points.size();
      if (size == 0 || size >= Byte.MAX_VALUE) {
        return null;
      }
      double[] valueOfCode = new double[size + 1];
      valueOfCode[0] = Double.NaN;
      for (int point = 0; point < size; point++) {
        double value = points.value(point);
        if (!(value >= 0.0 && value <= 1.0)) {
          return null;
        }
        valueOfCode[point + 1] = value;
      }
      return kernel.codeTables(valueOfCode);
    }

    /**
     * Reads the known values of {@code rows} assessments of this layout's catalog and scale as
     * {@link #readCodes(Assessment, byte[], int, int[], int)} reads each, into row {@code r} of the
     * matrix {@code codes} (this layout's width), the five slots of {@code rated} from {@code 5r}
     * on and {@code known[r]}. The codes an assessment on a small whole-number scale keeps ({@link
     * Assessment#copyRatingCodes}) are those of the scale's points, one more than the point's
     * index, and are copied as they are; the known values of other assessments are read column by
     * column across the block, so that the first reads of different assessments, each in its own
     * place in memory, overlap.
     */
    void readCodes(Assessment[] block, int rows, byte[] codes, int[] rated, int[] known) {
      int width = this.codes.length;
      Arrays.fill(rated, 0, rows * ScoreKernel.AREAS, 0);
      Arrays.fill(known, 0, rows, 0);
      boolean copied = true;
      for (int r = 0; r < rows && copied; r++) {
        copied = block[r].copyRatingCodes(codes, r * width);
      }
      if (copied) {
        for (int r = 0; r < rows; r++) {
          // a rating between whole numbers (-1): the row is scored by score() itself
          known[r] = countCodes(codes, r * width, rated, r * ScoreKernel.AREAS);
        }
        return;
      }
      ImmutableDoubleArray[] values = new ImmutableDoubleArray[rows];
      for (int r = 0; r < rows; r++) {
        values[r] = block[r].knownValues();
      }
      ScalePoints scale = this.points;
      // off[r] is 1 once a known rating of row r lies between tabulated points
      int[] off = new int[rows];
      for (int column = 0; column < width; column++) {
        int area = areas[column];
        int counts = counted[column];
        for (int r = 0; r < rows; r++) {
          double value = values[r].get(column);
          int code = scale.code(value);
          codes[r * width + column] = (byte) code;
          int isKnown = value == value ? 1 : 0;
          known[r] += isKnown;
          off[r] |= isKnown & (code == 0 ? 1 : 0);
          rated[r * ScoreKernel.AREAS + area] += isKnown & counts;
        }
      }
      for (int r = 0; r < rows; r++) {
        if (off[r] != 0) {
          known[r] = -1;
        }
      }
    }

    /**
     * Counts the known codes of one row of kept codes ({@link Assessment#copyRatingCodes}) from
     * {@code offset} on, adding the rated factors the rule considers in each area to the five slots
     * of {@code rated} from {@code ratedOffset} on; returns the number of known codes, or -1 when a
     * code is -1 (a rating between whole numbers). Each run of columns of one area is summed in a
     * local count and added to its slot once, rather than column by column through memory.
     */
    private int countCodes(byte[] codes, int offset, int[] rated, int ratedOffset) {
      int[] counted = this.counted;
      int[] runStart = this.runStart;
      int[] runArea = this.runArea;
      int count = 0;
      int off = 0;
      for (int run = 0; run < runArea.length; run++) {
        int inArea = 0;
        for (int column = runStart[run], end = runStart[run + 1]; column < end; column++) {
          int code = codes[offset + column];
          int isKnown = code != 0 ? 1 : 0;
          count += isKnown;
          off |= code >>> 31;
          inArea += isKnown & counted[column];
        }
        rated[ratedOffset + runArea[run]] += inArea;
      }
      return off == 0 ? count : -1;
    }

    /** Whether an assessment is of this layout's catalog and scale. */
    boolean fits(Assessment assessment) {
      FactorCatalog other = assessment.catalog();
      RatingScale scale = assessment.scale();
      RatingScale own = points.scale();
      return (other == catalog || other.equals(catalog)) && (scale == own || scale.equals(own));
    }

    /**
     * Reads the known values of an assessment of this layout's catalog as codes for the {@link
     * #tables} into {@code codes} from {@code offset} on, and the counts of rated factors the rule
     * considers in each area into the five slots of {@code rated} from {@code ratedOffset} on,
     * without a branch on the values; returns the number of known ratings, or -1 when one lies
     * between the scale's tabulated points (the codes then do not stand for the values).
     */
    int readCodes(Assessment assessment, byte[] codes, int offset, int[] rated, int ratedOffset) {
      int[] counted = this.counted;
      int[] areas = this.areas;
      ScalePoints scale = this.points;
      Arrays.fill(rated, ratedOffset, ratedOffset + ScoreKernel.AREAS, 0);
      if (assessment.copyRatingCodes(codes, offset)) {
        // the codes the assessment keeps, as readCodes(Assessment[], ...) reads them
        return countCodes(codes, offset, rated, ratedOffset);
      }
      ImmutableDoubleArray knownValues = assessment.knownValues();
      int known = 0;
      boolean tabulated = true;
      for (int column = 0, width = this.codes.length; column < width; column++) {
        double value = knownValues.get(column);
        int code = scale.code(value);
        codes[offset + column] = (byte) code;
        int isKnown = value == value ? 1 : 0;
        known += isKnown;
        tabulated &= code != 0 | isKnown == 0;
        rated[ratedOffset + areas[column]] += isKnown & counted[column];
      }
      return tabulated ? known : -1;
    }

    /**
     * Reads the known values of an assessment of this layout's catalog into a row: each column's
     * normalised value (NaN without a known rating), the counts of rated factors the rule considers
     * in each area, the number of known ratings and whether all lie on tabulated points; and with
     * {@code points} each column's scale point.
     */
    void read(Assessment assessment, Row row, boolean points) {
      double[] values = row.values;
      short[] pointOf = row.pointOf;
      int[] rated = row.rated;
      int width = codes.length;
      Arrays.fill(values, 0, width, Double.NaN);
      if (points) {
        Arrays.fill(pointOf, 0, width, (short) 0);
      }
      Arrays.fill(rated, 0);
      ScalePoints scale = this.points;
      ScoreKernel kernel = this.kernel;
      int known = 0;
      boolean tabulated = true;
      // The known values in catalog order: the ratings themselves are not visited. An equal
      // catalog has its factors in the same order.
      ImmutableDoubleArray knownValues = assessment.knownValues();
      for (int column = 0; column < width; column++) {
        double value = knownValues.get(column);
        if (value == value) {
          int point = scale.index(value);
          if (point >= 0) {
            values[column] = scale.value(point);
            if (points) {
              pointOf[column] = (short) (point + 1);
            }
          } else {
            values[column] = scale.scale().normalize(value);
            tabulated = false;
          }
          if (kernel.considers(column)) {
            rated[areas[column]]++;
          }
          known++;
        }
      }
      row.known = known;
      row.tabulated = tabulated;
    }

    /**
     * Reads a row whose known ratings all lie on tabulated points from its scale points ({@code
     * points[column]} one more than the point's index, 0 without a known rating), as {@link
     * #read(Assessment, Row, boolean)} reads the assessment they came from.
     */
    void read(short[] points, Row row) {
      double[] values = row.values;
      short[] pointOf = row.pointOf;
      int[] rated = row.rated;
      int width = codes.length;
      Arrays.fill(rated, 0);
      ScalePoints scale = this.points;
      ScoreKernel kernel = this.kernel;
      int known = 0;
      for (int column = 0; column < width; column++) {
        int point = points[column];
        pointOf[column] = (short) point;
        if (point > 0) {
          values[column] = scale.value(point - 1);
          if (kernel.considers(column)) {
            rated[areas[column]]++;
          }
          known++;
        } else {
          values[column] = Double.NaN;
        }
      }
      row.known = known;
      row.tabulated = true;
    }

    /** Scores a row read by {@link #read}, writing its area figures; returns the overall score. */
    double score(Row row) {
      return kernel.score(row.values, 0, row.areaScores, 0, row.areaWeights, row.areaMeans);
    }

    /** The scores of the areas the kernel scored, in {@link FactorCategory} order. */
    ImmutableList<CategoryScore> categories(AreaFigures figures) {
      ImmutableList.Builder<CategoryScore> categories =
          ImmutableList.builderWithExpectedSize(ScoreKernel.AREAS);
      for (FactorCategory area : AREAS) {
        int a = area.ordinal();
        double score = figures.scores()[a];
        if (!Double.isNaN(score)) {
          categories.add(
              CategoryScore.of(
                  area, score, figures.weights()[a], figures.rated()[a], kernel.areaSize(a)));
        }
      }
      return categories.build();
    }

    /**
     * The factor scores of the considered columns, in catalog order, of a row whose known ratings
     * all lie on tabulated points: {@code pointOf[column]} is one more than the point's index, or 0
     * for a column without a known rating; {@code areaMeans} holds each area's mean under {@link
     * MissingRatingPolicy#AREA_MEAN} and is not read under another policy.
     */
    ImmutableList<FactorScore> factors(short[] pointOf, double[] areaMeans) {
      FactorScore[] factorScores = new FactorScore[kernel.considered()];
      int next = 0;
      for (int column = 0; column < codes.length; column++) {
        if (!kernel.considers(column)) {
          continue;
        }
        int point = pointOf[column] - 1;
        factorScores[next++] =
            point >= 0
                ? rated(column, point, points.value(point))
                : missing(column, areaMeans == null ? Double.NaN : areaMeans[areas[column]]);
      }
      return ImmutableList.copyOf(factorScores);
    }

    /** The score of a considered column rated with the given normalised value. */
    FactorScore rated(int column, int point, double value) {
      if (point < 0) {
        return FactorScore.of(
            codes[column], categories[column], OptionalDouble.of(value), false, weights[column]);
      }
      int at = column * points.size() + point;
      FactorScore shared = rated[at];
      if (shared == null) {
        shared =
            FactorScore.of(
                codes[column],
                categories[column],
                OptionalDouble.of(value),
                false,
                weights[column]);
        rated[at] = shared;
      }
      return shared;
    }

    /** The score of a considered column without a known rating, given its area's mean. */
    FactorScore missing(int column, double areaMean) {
      if (policy == MissingRatingPolicy.AREA_MEAN) {
        OptionalDouble imputed =
            Double.isNaN(areaMean) ? OptionalDouble.empty() : OptionalDouble.of(areaMean);
        return FactorScore.of(
            codes[column], categories[column], imputed, imputed.isPresent(), weights[column]);
      }
      FactorScore shared = missing[column];
      if (shared == null) {
        OptionalDouble imputed =
            policy == MissingRatingPolicy.SCALE_MINIMUM
                ? OptionalDouble.of(0.0)
                : OptionalDouble.empty();
        shared =
            FactorScore.of(
                codes[column], categories[column], imputed, imputed.isPresent(), weights[column]);
        missing[column] = shared;
      }
      return shared;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StandardRule that
        && kind == that.kind
        && weights.equals(that.weights)
        && Double.compare(margin, that.margin) == 0
        && policy == that.policy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, weights, margin, policy);
  }

  /**
   * Returns the factory call that makes this rule, such as {@code weightedAverage(Weights.equal(),
   * IGNORE)} or {@code weakestLink(Weights.equal(), margin=0.1, AREA_MEAN)}.
   */
  @Override
  public String toString() {
    switch (kind) {
      case ALLIANCE_SALES_SCORECARD:
        return "allianceSalesScorecard(" + policy + ")";
      case WEAKEST_LINK:
        return "weakestLink(" + weights + ", margin=" + margin + ", " + policy + ")";
      case WEIGHTED_AVERAGE:
      default:
        return "weightedAverage(" + weights + ", " + policy + ")";
    }
  }
}
