package org.alliancekit.attribution.touch;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * One partner touch on the way to a deal: which partner acted, and on which day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param party the partner
 * @param date the day of the touch
 */
@API(status = STABLE, since = "0.1")
public record Touch(PartnerId party, LocalDate date) {

  /** Checks that both values are present. */
  public Touch {
    checkNotNull(party, "party must not be null");
    checkNotNull(date, "date must not be null");
  }

  /** Returns the touch of {@code party} on {@code date}. */
  public static Touch of(PartnerId party, LocalDate date) {
    return new Touch(party, date);
  }
}
