package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * A competency as a row of {@code competencies.csv} holds it: the partner that holds the
 * certification and the {@link Competency} itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partner the partner that holds the competency
 * @param competency the certified competency
 */
@API(status = STABLE, since = "0.1")
public record CompetencyRow(PartnerId partner, Competency competency) {

  /** Validates that neither part is null. */
  public CompetencyRow {
    checkNotNull(partner, "partner");
    checkNotNull(competency, "competency");
  }

  /** Returns the row of a competency held by a partner. */
  public static CompetencyRow of(PartnerId partner, Competency competency) {
    return new CompetencyRow(partner, competency);
  }
}
