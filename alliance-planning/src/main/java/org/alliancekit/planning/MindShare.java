package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.marketing.RespondentId;
import org.alliancekit.model.marketing.SurveyAnswer;
import org.alliancekit.model.marketing.SurveyTeam;
import org.apiguardian.api.API;

/**
 * Measures mind-share from surveys of the partner's people.
 *
 * <ul>
 *   <li>Each answer is normalised onto [0, 1] by its scale: (answer - min) / (max - min), in
 *       decimal arithmetic. A survey's index is the mean of all its normalised answers x 100,
 *       rounded half to even to 2 decimal places; the index of a team is the same over its
 *       respondents' answers.
 *   <li>A survey is compared with the relationship's previous survey (the latest earlier one; on
 *       the same day the one with the smaller id): the change is the difference of the two indexes,
 *       and its two-sided permutation test pools the normalised answers of both surveys, deals them
 *       {@code permutations} times at random (seeded) into two groups of the original sizes, and
 *       counts the deals whose difference of means is at least as far from zero as the observed
 *       one: p = (1 + count) / (1 + permutations). The change is significant when p &lt; 0.05.
 *   <li>The change followed a push campaign when a {@link CampaignKind#PUSH push} campaign of the
 *       relationship ended after the previous survey's date and on or before this survey's.
 * </ul>
 *
 * <p>The answers are sorted before they are dealt, so the order of the input changes nothing; the
 * same seed gives the same p-values. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MindShare {
  /** The seed used unless another is given. */
  public static final long DEFAULT_SEED = 17L;

  /** The number of permutations used unless another is given. */
  public static final int DEFAULT_PERMUTATIONS = 9_999;

  /** The p-value below which a change is significant: 5%. */
  public static final double SIGNIFICANCE = 0.05;

  private static final MathContext EXACT = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int INDEX_DIGITS = 2;

  /** Whether two differences of means are equally far from zero, allowing for rounding. */
  private static final double TOLERANCE = 1e-12;

  private MindShare() {}

  /**
   * Returns the result of each survey with the default seed and number of permutations.
   *
   * @see #results(Iterable, Iterable, long, int)
   */
  public static ImmutableList<SurveyResult> results(
      Iterable<MindShareSurvey> surveys, Iterable<Campaign> campaigns) {
    return results(surveys, campaigns, DEFAULT_SEED, DEFAULT_PERMUTATIONS);
  }

  /**
   * Returns the result of each survey, ordered by relationship, date and survey id.
   *
   * @param surveys the surveys, of any relationships
   * @param campaigns the campaigns, of any relationships
   * @param seed the seed of the permutations
   * @param permutations the number of permutations per comparison; at least 1
   * @throws IllegalArgumentException if {@code permutations} is less than 1
   */
  public static ImmutableList<SurveyResult> results(
      Iterable<MindShareSurvey> surveys,
      Iterable<Campaign> campaigns,
      long seed,
      int permutations) {
    checkNotNull(surveys, "surveys");
    checkNotNull(campaigns, "campaigns");
    checkArgument(permutations >= 1, "permutations %s must be at least 1", permutations);
    List<MindShareSurvey> sorted = new ArrayList<>();
    surveys.forEach(sorted::add);
    sorted.sort(
        Comparator.comparing(MindShareSurvey::relationship)
            .thenComparing(MindShareSurvey::date)
            .thenComparing(MindShareSurvey::id));
    ImmutableList.Builder<SurveyResult> results = ImmutableList.builder();
    MindShareSurvey previous = null;
    for (MindShareSurvey survey : sorted) {
      if (previous != null && !previous.relationship().equals(survey.relationship())) {
        previous = null;
      }
      results.add(result(survey, Optional.ofNullable(previous), campaigns, seed, permutations));
      previous = survey;
    }
    return results.build();
  }

  /**
   * The mind-share index of the answers: the mean of their normalised values x 100, to 2 places.
   */
  public static BigDecimal index(Iterable<SurveyAnswer> answers) {
    checkNotNull(answers, "answers");
    BigDecimal sum = BigDecimal.ZERO;
    int count = 0;
    for (SurveyAnswer answer : answers) {
      sum = sum.add(normalized(answer));
      count++;
    }
    checkArgument(count > 0, "the mind-share index needs at least one answer");
    return sum.multiply(HUNDRED)
        .divide(BigDecimal.valueOf(count), EXACT)
        .setScale(INDEX_DIGITS, RoundingMode.HALF_EVEN);
  }

  /**
   * The two-sided permutation p-value of the difference of means between two samples: (1 + the
   * number of random deals of the pooled values into groups of the same sizes whose difference is
   * at least as far from zero) / (1 + permutations). The samples are sorted first, so their order
   * changes nothing.
   *
   * @throws IllegalArgumentException if a sample is empty or {@code permutations} is less than 1
   */
  public static double permutationPValue(
      double[] first, double[] second, long seed, int permutations) {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkArgument(first.length > 0 && second.length > 0, "both samples need at least one value");
    checkArgument(permutations >= 1, "permutations %s must be at least 1", permutations);
    double[] a = first.clone();
    double[] b = second.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    double[] pooled = new double[a.length + b.length];
    System.arraycopy(a, 0, pooled, 0, a.length);
    System.arraycopy(b, 0, pooled, a.length, b.length);
    double total = 0;
    for (double value : pooled) {
      total += value;
    }
    double observed = Math.abs(difference(sum(pooled, a.length), total, a.length, b.length));
    SplittableRandom random = new SplittableRandom(seed);
    int extreme = 0;
    for (int p = 0; p < permutations; p++) {
      // A partial Fisher-Yates shuffle: only the first group's places need drawing.
      for (int i = 0; i < a.length; i++) {
        int j = i + random.nextInt(pooled.length - i);
        double swap = pooled[i];
        pooled[i] = pooled[j];
        pooled[j] = swap;
      }
      double diff = Math.abs(difference(sum(pooled, a.length), total, a.length, b.length));
      if (diff >= observed - TOLERANCE) {
        extreme++;
      }
    }
    return (1.0 + extreme) / (1.0 + permutations);
  }

  private static double sum(double[] values, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += values[i];
    }
    return sum;
  }

  private static double difference(double firstSum, double total, int firstSize, int secondSize) {
    return firstSum / firstSize - (total - firstSum) / secondSize;
  }

  private static SurveyResult result(
      MindShareSurvey survey,
      Optional<MindShareSurvey> previous,
      Iterable<Campaign> campaigns,
      long seed,
      int permutations) {
    Set<RespondentId> respondents = new HashSet<>();
    Map<SurveyTeam, List<SurveyAnswer>> teams = new EnumMap<>(SurveyTeam.class);
    for (SurveyAnswer answer : survey.answers()) {
      respondents.add(answer.respondent());
      teams.computeIfAbsent(answer.team(), team -> new ArrayList<>()).add(answer);
    }
    ImmutableMap.Builder<SurveyTeam, BigDecimal> teamIndex = ImmutableMap.builder();
    teams.forEach((team, answers) -> teamIndex.put(team, index(answers)));
    BigDecimal index = index(survey.answers());
    Optional<BigDecimal> change = Optional.empty();
    Optional<Double> pValue = Optional.empty();
    boolean afterPush = false;
    if (previous.isPresent()) {
      MindShareSurvey before = previous.get();
      change = Optional.of(index.subtract(index(before.answers())));
      pValue =
          Optional.of(
              permutationPValue(
                  normalizedValues(survey), normalizedValues(before), seed, permutations));
      afterPush = pushEndedBetween(campaigns, survey, before.date(), survey.date());
    }
    return new SurveyResult(
        survey.relationship(),
        survey.id(),
        survey.date(),
        respondents.size(),
        index,
        teamIndex.build(),
        previous.map(MindShareSurvey::id),
        change,
        pValue,
        pValue.map(p -> p < SIGNIFICANCE).orElse(false),
        afterPush);
  }

  private static boolean pushEndedBetween(
      Iterable<Campaign> campaigns, MindShareSurvey survey, LocalDate after, LocalDate onOrBefore) {
    for (Campaign campaign : campaigns) {
      if (campaign.kind() == CampaignKind.PUSH
          && campaign.relationship().equals(survey.relationship())
          && campaign.end().isAfter(after)
          && !campaign.end().isAfter(onOrBefore)) {
        return true;
      }
    }
    return false;
  }

  private static double[] normalizedValues(MindShareSurvey survey) {
    return survey.answers().stream()
        .mapToDouble(answer -> normalized(answer).doubleValue())
        .toArray();
  }

  private static BigDecimal normalized(SurveyAnswer answer) {
    NumericScale scale = answer.scale();
    BigDecimal min = BigDecimal.valueOf(scale.min());
    BigDecimal width = BigDecimal.valueOf(scale.max()).subtract(min);
    return BigDecimal.valueOf(answer.answer()).subtract(min).divide(width, EXACT);
  }
}
