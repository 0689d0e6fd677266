package org.alliancekit.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
import org.alliancekit.pipeline.forecast.PartnerForecast;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.MotionObservation;

/**
 * The pipeline analyses of {@link SparkPipeline#analyse}, each as its own method of {@link
 * SparkPipeline} gives it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param forecast the forecast by period and partner, exact sums per currency ({@link
 *     SparkPipeline#forecast})
 * @param velocity the velocity of closed deals by route to market and currency ({@link
 *     SparkPipeline#velocity})
 * @param motions the observed motion of each relationship, in relationship id order ({@link
 *     SparkPipeline#motions})
 * @param findings the channel conflicts and motion mismatches, in {@link Finding#REPORT_ORDER}
 *     ({@link SparkPipeline#findings})
 */
public record PipelineAnalysis(
    ImmutableSortedMap<ForecastPeriod, PartnerForecast> forecast,
    ImmutableList<SegmentVelocity> velocity,
    ImmutableMap<RelationshipId, MotionObservation> motions,
    ImmutableList<Finding> findings) {
  /** Checks that the values are present. */
  public PipelineAnalysis {
    checkNotNull(forecast, "forecast");
    checkNotNull(velocity, "velocity");
    checkNotNull(motions, "motions");
    checkNotNull(findings, "findings");
  }
}
