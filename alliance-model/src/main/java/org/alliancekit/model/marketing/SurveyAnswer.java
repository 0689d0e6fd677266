package org.alliancekit.model.marketing;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One answer of one respondent to one question of a {@link MindShareSurvey}: who answered (their
 * id, team and role), the question, and the answer on its scale.
 *
 * <p>The standard questions are {@link #STANDARD_QUESTIONS}: awareness, knowledge, attitude and
 * willingness to recommend; any other question may be asked too.
 *
 * <p>Rules checked on construction: the role and question are not blank and the answer lies on its
 * scale.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class SurveyAnswer implements WithSurveyAnswer {
  SurveyAnswer() {}

  /** The questions every mind-share survey is expected to ask. */
  public static final ImmutableList<String> STANDARD_QUESTIONS =
      ImmutableList.of("awareness", "knowledge", "attitude", "willingness to recommend");

  /** The person who answered. */
  @Value.Parameter
  public abstract RespondentId respondent();

  /** The respondent's team. */
  @Value.Parameter
  public abstract SurveyTeam team();

  /** The respondent's role, such as "Account executive". */
  @Value.Parameter
  public abstract String role();

  /** The question, such as "awareness". */
  @Value.Parameter
  public abstract String question();

  /** The answer; on {@link #scale()}. */
  @Value.Parameter
  public abstract double answer();

  /** The scale the question is answered on, such as 1..5. */
  @Value.Parameter
  public abstract NumericScale scale();

  /** The answer mapped onto [0, 1] by its scale. */
  public double normalized() {
    return scale().normalize(answer());
  }

  /**
   * Returns an answer.
   *
   * @throws IllegalArgumentException if the role or question is blank or the answer is off its
   *     scale
   */
  public static SurveyAnswer of(
      RespondentId respondent,
      SurveyTeam team,
      String role,
      String question,
      double answer,
      NumericScale scale) {
    return ImmutableSurveyAnswer.of(respondent, team, role, question, answer, scale);
  }

  @Value.Check
  void check() {
    Checks.name("respondent role", role());
    Checks.name("survey question", question());
    checkArgument(
        scale().contains(answer()),
        "answer %s of respondent %s to question '%s' is outside its scale %s",
        answer(),
        respondent(),
        question(),
        scale());
  }
}
