package org.alliancekit.model.party;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A certified competency of a partner, such as "Data Analytics" at {@link CompetencyLevel#EXPERT}
 * level, issued by a vendor's partner programme, possibly with an expiry date.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Competency implements WithCompetency {
  Competency() {}

  /** Name of the competency, such as "Cloud Migration". */
  @Value.Parameter
  public abstract String name();

  /** Level reached. */
  @Value.Parameter
  public abstract CompetencyLevel level();

  /** The party whose partner programme certified it. */
  @Value.Parameter
  public abstract PartnerId issuer();

  /** First day the certification is valid, if known. */
  public abstract Optional<LocalDate> validFrom();

  /** Last day the certification is valid, if it expires. */
  public abstract Optional<LocalDate> expires();

  /**
   * Returns a competency that does not expire.
   *
   * @throws IllegalArgumentException if the name is blank or holds control characters
   */
  public static Competency of(String name, CompetencyLevel level, PartnerId issuer) {
    return ImmutableCompetency.of(name, level, issuer);
  }

  /**
   * Returns a competency valid up to and including {@code expires}.
   *
   * @throws IllegalArgumentException if the name is blank or holds control characters
   */
  public static Competency of(
      String name, CompetencyLevel level, PartnerId issuer, LocalDate expires) {
    checkNotNull(expires, "expires");
    return ImmutableCompetency.of(name, level, issuer).withExpires(expires);
  }

  /**
   * Whether the certification is valid on the given date: not before its first valid day, if known,
   * and not expired.
   */
  public boolean isValidOn(LocalDate date) {
    checkNotNull(date, "date");
    return validFrom().map(first -> !date.isBefore(first)).orElse(true)
        && expires().map(last -> !date.isAfter(last)).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.name("competency name", name());
    if (validFrom().isPresent() && expires().isPresent()) {
      checkArgument(
          !expires().get().isBefore(validFrom().get()),
          "competency %s expires on %s, before it is valid from %s",
          name(),
          expires().get(),
          validFrom().get());
    }
  }
}
