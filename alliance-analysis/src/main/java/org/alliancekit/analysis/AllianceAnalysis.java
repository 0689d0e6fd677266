package org.alliancekit.analysis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.attribution.stacking.SolutionStack;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.portfolio.RecordProblem;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.pipeline.registration.RegistrationOutcome;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.planning.JointPlanningResult;
import org.alliancekit.programme.ProgrammeAnalysis;
import org.alliancekit.scoring.benchmark.HalfYearTrend;
import org.alliancekit.scoring.benchmark.ScoreRevenueEvidence;
import org.alliancekit.scoring.evidence.ElasticityEstimate;
import org.alliancekit.scoring.evidence.EvidencePanel;
import org.alliancekit.scoring.evidence.GroupComparison;
import org.alliancekit.scoring.evidence.SalesEvidence;
import org.alliancekit.scoring.evidence.SalesProcessComparison;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.MotionObservation;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Everything {@link AllianceAnalyzer} derives from one portfolio as of one date, part by part. Each
 * part is the result of a library verb, so a product can read one part and ignore the rest.
 *
 * <p>Every list has a fixed order that does not depend on the order of the records: the analysis of
 * a portfolio whose lists are shuffled is equal to that of the original.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AllianceAnalysis implements WithAllianceAnalysis {
  AllianceAnalysis() {}

  /** The day the analysis is made on: the last day of every twelve-month window. */
  public abstract LocalDate asOf();

  /** The first day of the twelve-month window that ends on {@link #asOf()}. */
  public LocalDate windowStart() {
    return asOf().minusYears(1).plusDays(1);
  }

  /** The host party of the portfolio, the side every relationship is seen from. */
  public abstract PartnerId host();

  /** The partner of each relationship, in relationship id order. */
  public abstract ImmutableMap<RelationshipId, PartnerId> relationshipPartners();

  /** The currency of the evidence's revenue, into which every revenue was converted. */
  public abstract CurrencyUnit currency();

  /**
   * The sales motion each relationship shows in its pipeline over the window, in relationship id
   * order (see {@link org.alliancekit.scoring.relationship.MotionObserver}).
   */
  public abstract ImmutableList<MotionObservation> motions();

  /**
   * The findings of every rule, most severe first, then by relationship id (partner-level findings
   * after those of relationships), partner, kind and message.
   */
  public abstract ImmutableList<Finding> findings();

  /**
   * The decision on every deal registration submitted by the as-of date, in registration id order.
   */
  public abstract ImmutableList<RegistrationOutcome> registrations();

  /**
   * The velocity of the deals closed in the window, per route to market and currency (see {@link
   * org.alliancekit.pipeline.velocity.ClosedDealVelocity}).
   */
  public abstract ImmutableList<SegmentVelocity> velocity();

  /**
   * The value each solution stacks for its contributors from the deals won in the window, per
   * solution and currency.
   */
  public abstract ImmutableList<SolutionStack> valueStacks();

  /**
   * Each assessed relationship's score by half-year of the host's fiscal year, from the assessments
   * dated by the as-of date, in relationship id order.
   */
  public abstract ImmutableMap<RelationshipId, HalfYearTrend> trends();

  /**
   * Whether best practice goes with sales: the overall score against alliance revenue in {@link
   * #currency()}, in the same half-year (lag 0) and in the next (lag 1), in that order.
   */
  public abstract ImmutableList<ScoreRevenueEvidence> evidence();

  /**
   * The portfolio's history as a panel of (relationship, half-year) observations of the overall
   * score and the revenue in {@link #currency()}, from which {@link #elasticities()} are estimated.
   */
  public abstract EvidencePanel panel();

  /**
   * How revenue moved with the score in the portfolio's own history ({@link
   * SalesEvidence#standard}): within relationships at lags 0 and 1, then across at lags 0 and 1,
   * from the half-year trends and the revenue in {@link #currency()}.
   */
  public abstract ImmutableList<ElasticityEstimate> elasticities();

  /**
   * Relationships with an agreed alliance sales process against those without ({@link
   * SalesProcessComparison}), measure by measure.
   */
  public abstract ImmutableList<GroupComparison> salesProcess();

  /**
   * Joint planning and marketing as of {@link #asOf()} ({@link
   * org.alliancekit.planning.JointPlanning}): plan attainment, budget-cycle alignment, fund
   * ledgers, campaign results and mind-share. Its problems are also in {@link #problems()}.
   */
  public abstract JointPlanningResult planning();

  /**
   * The partner programme as of {@link #asOf()} ({@link
   * org.alliancekit.programme.PartnerProgramme#analyse}): each partner's tier standing, the
   * competencies, the payouts of every incentive, segment coverage, partner matches for the open
   * direct deals and the results of each solution, amounts in {@link #currency()}; empty when the
   * programme cannot be analysed (the reason is in {@link #problems()}).
   */
  public abstract Optional<ProgrammeAnalysis> programme();

  /** The problems the portfolio's own cross-record rules found ({@code portfolio.problems()}). */
  public abstract ImmutableList<RecordProblem> recordProblems();

  /**
   * The problems met while analysing: records a verb could not use, each located by its index in
   * the portfolio's list and its id where it has one, and left out of that part only.
   */
  public abstract ImmutableList<Problem> problems();

  /** Returns a new builder. */
  static ImmutableAllianceAnalysis.Builder builder() {
    return ImmutableAllianceAnalysis.builder();
  }
}
