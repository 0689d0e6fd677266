package org.alliancekit.pipeline.comparison;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Pipeline;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The pipelines of an alliance that has a joint venture: the pipeline the alliance partners share,
 * the joint venture's own, and the pipeline the joint venture shares with each parent.
 *
 * <p>In a comparison they are named {@value #ALLIANCE}, {@value #JOINT_VENTURE} and {@code "jv+"}
 * followed by the parent's id (see {@link #pairwiseName(PartnerId)}), in that order.
 *
 * <pre>{@code
 * JointVenturePipelines pipelines = JointVenturePipelines.builder()
 *     .alliance(alliancePipeline)
 *     .jointVenture(ventureOwnPipeline)
 *     .putWithParent(PartnerId.of("acme"), ventureWithAcme)
 *     .putWithParent(PartnerId.of("globex"), ventureWithGlobex)
 *     .build();
 * }</pre>
 *
 * <p>Rule: at least one pipeline shared with a parent.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class JointVenturePipelines implements WithJointVenturePipelines {
  /** The name of the alliance pipeline in a comparison. */
  public static final String ALLIANCE = "alliance";

  /** The name of the joint venture's own pipeline in a comparison. */
  public static final String JOINT_VENTURE = "jv";

  JointVenturePipelines() {}

  /** The pipeline the alliance partners share. */
  public abstract Pipeline alliance();

  /** The joint venture's own pipeline. */
  public abstract Pipeline jointVenture();

  /** The pipeline the joint venture shares with each parent, by parent, in the order given. */
  public abstract ImmutableMap<PartnerId, Pipeline> withParents();

  /**
   * Returns the name of the pipeline the joint venture shares with {@code parent}: "jv+" and its
   * id.
   */
  public static String pairwiseName(PartnerId parent) {
    return JOINT_VENTURE + "+" + checkNotNull(parent, "parent").value();
  }

  /**
   * All the pipelines by their names in a comparison: alliance, joint venture, then each parent's.
   */
  public ImmutableMap<String, Pipeline> named() {
    ImmutableMap.Builder<String, Pipeline> named = ImmutableMap.builder();
    named.put(ALLIANCE, alliance()).put(JOINT_VENTURE, jointVenture());
    withParents().forEach((parent, pipeline) -> named.put(pairwiseName(parent), pipeline));
    return named.buildOrThrow();
  }

  /**
   * Returns a new builder; the alliance, joint venture and at least one parent's pipeline are
   * required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JointVenturePipelines}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableJointVenturePipelines.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !withParents().isEmpty(),
        "joint venture pipelines need the pipeline shared with at least one parent");
  }
}
