package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * A commitment as a row of {@code commitments.csv} holds it: the relationship it is made in and the
 * {@link Commitment} itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship the commitment is made in
 * @param commitment the commitment
 */
@API(status = STABLE, since = "0.1")
public record CommitmentRow(RelationshipId relationship, Commitment commitment) {

  /** Validates that neither part is null. */
  public CommitmentRow {
    checkNotNull(relationship, "relationship");
    checkNotNull(commitment, "commitment");
  }

  /** Returns the row of a commitment made in a relationship. */
  public static CommitmentRow of(RelationshipId relationship, Commitment commitment) {
    return new CommitmentRow(relationship, commitment);
  }
}
