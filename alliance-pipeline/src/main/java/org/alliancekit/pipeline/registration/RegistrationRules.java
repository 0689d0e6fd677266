package org.alliancekit.pipeline.registration;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.OptionalInt;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The rules a programme applies to competing deal registrations.
 *
 * <ul>
 *   <li><b>First to register wins</b>: among the registrations that are valid on the day of the
 *       decision, the earliest submitted holds the target (ties are broken as {@link
 *       RegistrationDesk} documents).
 *   <li><b>Expiry</b>: a registration is valid for {@link #validityDays()} days counted from its
 *       submission day, that day included, so one submitted on 1 March with 30 days is valid
 *       through 30 March. An expiry date recorded on the registration itself replaces this period.
 *       30, 60, 90 and 120 days are common; 90 is the default.
 *   <li><b>Protection window</b>: for {@link #protectionDays()} days from submission (never beyond
 *       its expiry) a registration blocks later competing ones. Once the window has passed, a
 *       competitor that registers takes the target over. Without a window, protection lasts as long
 *       as the registration is valid.
 *   <li><b>Approval required</b>: when set (the default), only approved registrations can hold a
 *       target; pending ones wait. When not set, pending registrations compete as well.
 * </ul>
 *
 * <p>Rules: the validity is at least one day; the protection window, when given, is at least one
 * day and no longer than the validity.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RegistrationRules implements WithRegistrationRules {
  RegistrationRules() {}

  /** How many days a registration without its own expiry date is valid; 90 unless set. */
  @Value.Default
  public int validityDays() {
    return 90;
  }

  /** How many days a registration blocks competing ones; as long as it is valid, unless set. */
  public abstract OptionalInt protectionDays();

  /** Whether only approved registrations can hold a target; true unless set. */
  @Value.Default
  public boolean approvalRequired() {
    return true;
  }

  /** Returns the default rules: 90 days' validity, protected throughout, approval required. */
  public static RegistrationRules standard() {
    return builder().build();
  }

  /** Returns the default rules with the given validity in days. */
  public static RegistrationRules validFor(int days) {
    return builder().validityDays(days).build();
  }

  /** Returns a new builder; every attribute has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RegistrationRules}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRegistrationRules.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        validityDays() >= 1,
        "registration validity of %s days must be at least 1 day",
        validityDays());
    protectionDays()
        .ifPresent(
            days -> {
              checkArgument(days >= 1, "protection window of %s days must be at least 1 day", days);
              checkArgument(
                  days <= validityDays(),
                  "protection window of %s days is longer than the %s-day validity",
                  days,
                  validityDays());
            });
  }
}
