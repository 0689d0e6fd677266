package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.marketing.SurveyId;
import org.alliancekit.model.marketing.SurveyTeam;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * The mind-share a survey measured and how it changed since the relationship's previous survey: the
 * columns of {@code mindshare.csv}. Immutable and thread-safe.
 *
 * @param relationship the relationship
 * @param survey the survey
 * @param date its date
 * @param respondents the number of distinct respondents
 * @param index the mean of all its normalised answers x 100, from 0 to 100, to 2 decimal places
 * @param teamIndex the same index per team that answered, in the order of {@link SurveyTeam}
 * @param previous the relationship's previous survey, if any
 * @param change index minus the previous survey's index; empty for the first survey
 * @param pValue the two-sided permutation p-value of the change; empty for the first survey
 * @param significant whether the p-value is below 0.05; false for the first survey
 * @param afterPushCampaign whether a push campaign of the relationship ended after the previous
 *     survey and on or before this one; false for the first survey
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SurveyResult(
    RelationshipId relationship,
    SurveyId survey,
    LocalDate date,
    int respondents,
    BigDecimal index,
    ImmutableMap<SurveyTeam, BigDecimal> teamIndex,
    Optional<SurveyId> previous,
    Optional<BigDecimal> change,
    Optional<Double> pValue,
    boolean significant,
    boolean afterPushCampaign) {

  /** Checks that no component is null. */
  public SurveyResult {
    checkNotNull(relationship, "relationship");
    checkNotNull(survey, "survey");
    checkNotNull(date, "date");
    checkNotNull(index, "index");
    checkNotNull(teamIndex, "teamIndex");
    checkNotNull(previous, "previous");
    checkNotNull(change, "change");
    checkNotNull(pValue, "pValue");
  }
}
