package org.alliancekit.model.marketing;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A survey of the partner's customer-facing and technical people on a date, asking how aware of,
 * knowledgeable about and well disposed to the joint offer they are; repeated every six months it
 * shows whether push campaigns work.
 *
 * <p>Rule checked on construction: there is at least one answer.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class MindShareSurvey implements WithMindShareSurvey {
  MindShareSurvey() {}

  /** The survey's id. */
  public abstract SurveyId id();

  /** The relationship whose partner's people were surveyed. */
  public abstract RelationshipId relationship();

  /** The day of the survey. */
  public abstract LocalDate date();

  /** The answers, in the order given; at least one. */
  public abstract ImmutableList<SurveyAnswer> answers();

  /** Returns a new builder; the id, relationship, date and at least one answer are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MindShareSurvey}. {@code build()} throws {@link IllegalStateException} naming
   * any missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableMindShareSurvey.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!answers().isEmpty(), "survey %s needs at least one answer", id());
  }
}
