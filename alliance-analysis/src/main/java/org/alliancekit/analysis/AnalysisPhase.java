package org.alliancekit.analysis;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A phase of {@link AllianceAnalyzer#analyze(org.alliancekit.model.portfolio.AlliancePortfolio,
 * java.time.LocalDate, javax.money.CurrencyUnit, AnalysisListener)}, in the order the phases run.
 * Each phase is one verb of a library module (or a few small ones), so that a caller timing the
 * phases through an {@link AnalysisListener} sees which verb a large portfolio spends its time in.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AnalysisPhase {
  /** Observed sales motions ({@code MotionObserver}). */
  MOTIONS,
  /** Registration decisions ({@code RegistrationDesk.decideAll}). */
  REGISTRATIONS,
  /** Joint planning and marketing ({@code JointPlanning.analyse}). */
  PLANNING,
  /** The findings ({@code RelationshipChecks}, channel conflicts included). */
  FINDINGS,
  /** Value stacks from solutions and won deals ({@code ValueStacking.fromSolutions}). */
  VALUE_STACKS,
  /** Half-year trends of each relationship's score ({@code HalfYearTrend}). */
  TRENDS,
  /**
   * Score against revenue at lags 0 and 1 with their permutation p-values ({@code
   * ScoreRevenueEvidence}), revenue converted first.
   */
  EVIDENCE,
  /** The evidence panel and its bootstrapped elasticities ({@code SalesEvidence}). */
  ELASTICITIES,
  /** The partner programme and the tiers at risk ({@code PartnerProgramme.analyse}). */
  PROGRAMME,
  /** Closed-deal velocity by route to market ({@code ClosedDealVelocity}). */
  VELOCITY,
  /** The sales process of better and worse relationships ({@code SalesProcessComparison}). */
  SALES_PROCESS
}
