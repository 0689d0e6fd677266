package org.alliancekit.pipeline.comparison;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a {@link Pointer} found. The first three kinds come from any comparison; the others from the
 * comparison of a joint venture's pipelines with its alliance's.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum PointerKind {
  /** Opportunities sit in one pipeline and in none of the others. */
  ONLY_IN_ONE_PIPELINE,
  /** The same opportunity carries different amounts in different pipelines. */
  AMOUNT_DIFFERS,
  /** The same opportunity is at different stages in different pipelines. */
  STAGE_DIFFERS,
  /**
   * Opportunities are in the alliance pipeline but in none of the joint venture's: the alliance is
   * broader than its joint venture.
   */
  IN_ALLIANCE_NOT_JOINT_VENTURE,
  /**
   * The joint venture's pipelines together are worth more, in a currency, than the alliance
   * pipeline the parents share: the joint venture deepens the alliance.
   */
  JOINT_VENTURE_LARGER_THAN_ALLIANCE,
  /**
   * Opportunities are in the joint venture's pipelines but not in the alliance pipeline: the
   * parents can team on them or leave them to the joint venture.
   */
  IN_JOINT_VENTURE_NOT_ALLIANCE,
  /** Opportunities in the joint venture's own pipeline are not shared with one of its parents. */
  NOT_SHARED_WITH_PARENT,
  /**
   * Opportunities the joint venture shares with one parent are missing from the joint venture's own
   * pipeline.
   */
  SHARED_WITH_PARENT_NOT_IN_JOINT_VENTURE
}
