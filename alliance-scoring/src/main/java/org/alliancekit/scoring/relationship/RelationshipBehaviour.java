package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What the two sides of a relationship actually did over some period, as opposed to what their
 * agreement says: how many leads and opportunities each passed to the other, how many deals they
 * worked together, and whether one paid the other for access. {@link MotionClassifier} reads the
 * sales motion from it.
 *
 * <p>A lead is an early prospect passed on for the other side to qualify; an opportunity is a
 * qualified deal in a pipeline. Every count is zero unless set.
 *
 * <p>These are counts the caller types, for {@link MotionClassifier}, the caller-counts variant.
 * {@link MotionObserver} counts the records themselves into a {@link MotionEvidence}.
 *
 * <pre>{@code
 * RelationshipBehaviour alliance = RelationshipBehaviour.builder()
 *     .hostOpportunities(6)
 *     .partnerOpportunities(4)
 *     .jointOpportunities(5)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RelationshipBehaviour implements WithRelationshipBehaviour {
  RelationshipBehaviour() {}

  /** Leads the host passed to the partner; zero or more. */
  @Value.Default
  public int hostLeads() {
    return 0;
  }

  /** Opportunities from the host's own pipeline that it shared with the partner; zero or more. */
  @Value.Default
  public int hostOpportunities() {
    return 0;
  }

  /** Leads the partner passed to the host; zero or more. */
  @Value.Default
  public int partnerLeads() {
    return 0;
  }

  /** Opportunities from the partner's own pipeline that it shared with the host; zero or more. */
  @Value.Default
  public int partnerOpportunities() {
    return 0;
  }

  /** Opportunities both sides worked actively together, whoever found them; zero or more. */
  @Value.Default
  public int jointOpportunities() {
    return 0;
  }

  /**
   * Whether, and which way, one side pays the other for access; {@link AccessPayment#NONE} unless
   * set.
   */
  @Value.Default
  public AccessPayment payment() {
    return AccessPayment.NONE;
  }

  /** Whether the host shared at least one lead. */
  public boolean hostSharesLeads() {
    return hostLeads() > 0;
  }

  /** Whether the host shared at least one opportunity. */
  public boolean hostSharesOpportunities() {
    return hostOpportunities() > 0;
  }

  /** Whether the partner shared at least one lead. */
  public boolean partnerSharesLeads() {
    return partnerLeads() > 0;
  }

  /** Whether the partner shared at least one opportunity. */
  public boolean partnerSharesOpportunities() {
    return partnerOpportunities() > 0;
  }

  /** Whether the two sides worked at least one opportunity together. */
  public boolean worksJointly() {
    return jointOpportunities() > 0;
  }

  /** Returns a new builder; every attribute is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RelationshipBehaviour}. {@code build()} throws {@link IllegalArgumentException}
   * for a negative count.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableRelationshipBehaviour.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    nonNegative("host leads", hostLeads());
    nonNegative("host opportunities", hostOpportunities());
    nonNegative("partner leads", partnerLeads());
    nonNegative("partner opportunities", partnerOpportunities());
    nonNegative("joint opportunities", jointOpportunities());
  }

  private static void nonNegative(String field, int count) {
    checkArgument(count >= 0, "%s %s must not be negative", field, count);
  }
}
