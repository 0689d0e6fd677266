/**
 * Benchmarks over a portfolio of scored relationships, and trends over time.
 *
 * <p>A {@link org.alliancekit.scoring.benchmark.PortfolioBenchmark} holds one {@link
 * org.alliancekit.scoring.assessment.Score} per relationship and answers: where does each
 * relationship stand against the rest ({@link org.alliancekit.scoring.benchmark.PercentileRank},
 * overall and per alignment area), how are the scores spread ({@link
 * org.alliancekit.scoring.benchmark.ScoreDistribution}: mean, standard deviation, quartiles), what
 * does the portfolio look like area by area ({@link org.alliancekit.scoring.benchmark.HeatMap}),
 * and do better relationships sell more ({@link org.alliancekit.scoring.benchmark.Correlation} of
 * score with alliance revenue). A {@link org.alliancekit.scoring.benchmark.Trend} follows one
 * relationship from year to year, a {@link org.alliancekit.scoring.benchmark.HalfYearTrend} from
 * half-year to half-year, and {@link org.alliancekit.scoring.benchmark.ScoreRevenueEvidence} pools
 * the half-year scores of all relationships against their revenue in the same or a later half-year,
 * with a permutation p-value.
 *
 * <p>Scores here are the fractions in [0, 1] of {@link org.alliancekit.scoring.assessment.Score};
 * percentile ranks are on 0..100.
 */
@AllianceStyle
package org.alliancekit.scoring.benchmark;

import org.alliancekit.model.AllianceStyle;
