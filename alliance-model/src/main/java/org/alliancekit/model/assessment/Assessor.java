package org.alliancekit.model.assessment;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * The person who gave the ratings of an assessment: a name and the role they hold, such as
 * "Alliance manager" or "Regional sales director".
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the person's name; not blank
 * @param role the person's role; not blank
 */
@API(status = STABLE, since = "0.1")
public record Assessor(String name, String role) {

  /** Validates the name and the role. */
  public Assessor {
    checkNotNull(name, "assessor name must not be null");
    checkNotNull(role, "assessor role must not be null");
    Checks.name("assessor name", name);
    Checks.name("assessor role", role);
  }

  /**
   * Returns the assessor with the given name and role.
   *
   * @throws IllegalArgumentException if either is blank or holds control characters
   */
  public static Assessor of(String name, String role) {
    return new Assessor(name, role);
  }
}
