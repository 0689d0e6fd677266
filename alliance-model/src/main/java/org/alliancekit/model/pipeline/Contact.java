package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A person at the customer named on an {@link Opportunity} or a {@link Lead}: name, how to reach
 * them, their job title and their role in the deal (such as "Decision Maker" or "Technical
 * Evaluator").
 *
 * <p>Contact details are personal data: a record whose {@code contactConsent()} is false holds no
 * contacts, so no output can expose them.
 *
 * <p>Rules: the name, and every detail given, is not blank.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Contact implements WithContact {
  Contact() {}

  /** The person's name. */
  @Value.Parameter
  public abstract String name();

  /** The e-mail address, if known. */
  public abstract Optional<String> email();

  /** The telephone number, as written, if known. */
  public abstract Optional<String> phone();

  /** The job title, if known. */
  public abstract Optional<String> title();

  /** The part the person plays in the deal, if recorded. */
  public abstract Optional<String> role();

  /** Returns a contact with a name only. */
  public static Contact of(String name) {
    return ImmutableContact.of(name);
  }

  /** Returns a new builder; the name is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Contact}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.name("contact name", name());
    email().ifPresent(value -> Checks.name("contact e-mail", value));
    phone().ifPresent(value -> Checks.name("contact phone", value));
    title().ifPresent(value -> Checks.name("contact title", value));
    role().ifPresent(value -> Checks.name("contact role", value));
  }
}
