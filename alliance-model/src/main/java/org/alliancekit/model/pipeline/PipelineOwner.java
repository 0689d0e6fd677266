package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;
import org.apiguardian.api.API;

/**
 * Whose {@link Pipeline} it is: one party's own, the pipeline shared within a relationship, or a
 * joint venture's. An alliance with a joint venture has several pipelines at once (the alliance's
 * shared one, the venture's own, and the venture's pipeline with each parent) and comparing them
 * shows where the parties could team better.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface PipelineOwner {

  /** Returns the pipeline owner for one party's own pipeline. */
  static PipelineOwner party(PartnerId id) {
    return new Party(id);
  }

  /** Returns the pipeline owner for the pipeline shared within a relationship. */
  static PipelineOwner relationship(RelationshipId id) {
    return new Relationship(id);
  }

  /** Returns the pipeline owner for a joint venture's pipeline. */
  static PipelineOwner jointVenture(JointVentureId id) {
    return new Venture(id);
  }

  /**
   * One party's own pipeline. Immutable and thread-safe.
   *
   * @param id the party
   */
  @API(status = STABLE, since = "0.1")
  record Party(PartnerId id) implements PipelineOwner {
    /** Checks that the id is present. */
    public Party {
      checkNotNull(id, "id");
    }
  }

  /**
   * The pipeline shared between the two sides of a relationship. Immutable and thread-safe.
   *
   * @param id the relationship
   */
  @API(status = STABLE, since = "0.1")
  record Relationship(RelationshipId id) implements PipelineOwner {
    /** Checks that the id is present. */
    public Relationship {
      checkNotNull(id, "id");
    }
  }

  /**
   * A joint venture's pipeline. Immutable and thread-safe.
   *
   * @param id the joint venture
   */
  @API(status = STABLE, since = "0.1")
  record Venture(JointVentureId id) implements PipelineOwner {
    /** Checks that the id is present. */
    public Venture {
      checkNotNull(id, "id");
    }
  }
}
