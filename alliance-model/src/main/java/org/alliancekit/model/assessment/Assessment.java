package org.alliancekit.model.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableDoubleArray;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One assessment of a relationship: an assessor from one {@link Side} rates the factors of a {@link
 * FactorCatalog} on a {@link RatingScale} on a given date.
 *
 * <pre>{@code
 * Assessment assessment = Assessment.builder()
 *     .id(AssessmentId.of("acme-2026-h1-host"))
 *     .relationship(RelationshipId.of("acme"))
 *     .catalog(FactorCatalogs.allianceSalesScorecard())
 *     .scale(RatingScale.zeroToTen())
 *     .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
 *     .side(Side.HOST)
 *     .date(LocalDate.of(2026, 3, 31))
 *     .addRatings(Rating.of("Co1", 7), Rating.of("S25", 9), Rating.unknown("O45"))
 *     .build();
 * }</pre>
 *
 * <p>Every rating must name a factor of the catalog, no factor may be rated twice, and every known
 * value must lie on the scale. The ratings keep the order given. A catalog factor may be left
 * without a rating ({@link #unratedCodes()}) or rated as explicitly unknown ({@link
 * #unknownCodes()}); neither counts towards {@link #coverage()}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Assessment implements WithAssessment {
  Assessment() {}

  /** The assessment's id. */
  public abstract AssessmentId id();

  /** The relationship assessed. */
  public abstract RelationshipId relationship();

  /** The catalog whose factors are rated. */
  public abstract FactorCatalog catalog();

  /** The scale the ratings are given on. */
  public abstract RatingScale scale();

  /** Who gave the ratings. */
  public abstract Assessor assessor();

  /** From which side of the relationship the assessor looks at it. */
  public abstract Side side();

  /** The day the ratings were given. */
  public abstract LocalDate date();

  /** The ratings, in the order given; at most one per factor. */
  public abstract ImmutableList<Rating> ratings();

  /** The ratings by factor code; the first rating wins for a repeated code. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<String, Rating> ratingsByCode() {
    Map<String, Rating> byCode = new LinkedHashMap<>();
    for (Rating rating : ratings()) {
      byCode.putIfAbsent(rating.code(), rating);
    }
    return ImmutableMap.copyOf(byCode);
  }

  /**
   * The known value of each of the catalog's factors, in catalog order ({@code get(i)} belongs to
   * the factor {@code catalog().factors().get(i)}): the value of its rating when known, NaN when
   * the factor has no rating or an unknown one. Made on first use and kept, for loops that read the
   * values of many assessments without visiting each {@link Rating}. Not part of equality, the hash
   * code or the text of an assessment, since {@link #ratings()} is.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @Value.Lazy
  public ImmutableDoubleArray knownValues() {
    return ImmutableDoubleArray.copyOf(readKnownValues());
  }

  /** The known values in catalog order, NaN where none; a fresh array. */
  private double[] readKnownValues() {
    FactorCatalog catalog = catalog();
    ImmutableList<String> codes = catalog.codes();
    int width = codes.size();
    double[] values = new double[width];
    Arrays.fill(values, Double.NaN);
    ImmutableList<Rating> ratings = ratings();
    for (int i = 0, size = ratings.size(); i < size; i++) {
      Rating rating = ratings.get(i);
      double value = rating.valueOrNaN();
      String code = rating.code();
      int column = RatingCodes.columnOf(catalog, codes, i, code);
      // a code outside the catalog or a repeated one is refused by check(); the first rating wins
      if (value == value && column >= 0 && values[column] != values[column]) {
        values[column] = value;
      }
    }
    return values;
  }

  /**
   * The known ratings as codes, for {@link #copyRatingCodes}; made with the assessment, while its
   * ratings are fresh in the cache (it costs no measurable time next to the rest of building an
   * assessment, and saves reading every rating again when the assessment is scored).
   */
  @Value.Derived
  @Value.Auxiliary
  RatingCodes ratingCodes() {
    return RatingCodes.of(scale(), catalog(), ratings());
  }

  /**
   * Copies the known ratings, one byte per catalog factor in catalog order, into {@code target}
   * from {@code offset} on, when the scale is a {@link NumericScale} whose bounds are whole numbers
   * at most 125 apart; copies nothing for another scale. A factor's byte is its rating minus the
   * scale's minimum plus one when that is a whole number (so 1 to 126), 0 when the factor has no
   * known rating, and -1 for a known rating between whole numbers. The bytes are made with the
   * assessment (about 70 bytes more per assessment of 52 factors), for loops that read the ratings
   * of many assessments in little memory.
   *
   * @return whether the scale has codes and they were copied
   * @throws IndexOutOfBoundsException if the scale has codes and {@code target} has fewer than
   *     {@code catalog().size()} bytes from {@code offset} on
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public boolean copyRatingCodes(byte[] target, int offset) {
    byte[] codes = ratingCodes().codes;
    if (codes == null) {
      return false;
    }
    System.arraycopy(codes, 0, checkNotNull(target, "target"), offset, codes.length);
    return true;
  }

  /** Returns a new builder; every attribute but the ratings is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Assessment}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }

  /** Returns the rating of the factor with the given code, if it was rated (known or unknown). */
  public Optional<Rating> rating(String code) {
    return Optional.ofNullable(ratingsByCode().get(checkNotNull(code, "code")));
  }

  /** Returns the ratings that have a value, in the order given. */
  public ImmutableList<Rating> knownRatings() {
    return ratings().stream().filter(Rating::isKnown).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the share of the catalog's factors that have a known rating, from 0 (none) to 1 (all).
   * Unknown and missing ratings do not count.
   */
  public double coverage() {
    return (double) knownRatings().size() / catalog().size();
  }

  /** Returns the codes of catalog factors that have no rating at all, in catalog order. */
  public ImmutableList<String> unratedCodes() {
    return catalog().codes().stream()
        .filter(code -> !ratingsByCode().containsKey(code))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the codes of factors rated as explicitly unknown, in catalog order. */
  public ImmutableList<String> unknownCodes() {
    return catalog().codes().stream()
        .filter(code -> rating(code).filter(rating -> !rating.isKnown()).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Set<String> rated = new HashSet<>();
    for (Rating rating : ratings()) {
      String code = rating.code();
      checkArgument(
          catalog().contains(code), "rating code %s is not in catalog %s", code, catalog().name());
      checkArgument(
          rated.add(code), "factor %s is rated more than once in assessment %s", code, id());
      if (rating.isKnown()) {
        double value = rating.value().getAsDouble();
        if (!scale().contains(value)) { // formatted only on failure
          throw new IllegalArgumentException(
              "rating " + Numbers.format(value) + " for " + code + " is outside scale " + scale());
        }
      }
    }
  }
}
