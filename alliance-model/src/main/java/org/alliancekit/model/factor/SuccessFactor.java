package org.alliancekit.model.factor;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One success factor: a practice that recurs in commercially successful alliances, such as {@code
 * Co1} "Joint Business Value Proposition (BVP)" or {@code Cu34} "Dedicated alliance manager".
 *
 * <p>A factor has a short code that is unique within its {@link FactorCatalog}, a display name, the
 * {@link FactorCategory} (alignment area) it belongs to and an optional one-sentence description.
 * The standard catalogs in {@link FactorCatalogs} describe every factor; custom factors may leave
 * the description out.
 *
 * <pre>{@code
 * SuccessFactor trust =
 *     SuccessFactor.of("Cu31", "Business to business trust", FactorCategory.CULTURAL);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class SuccessFactor implements WithSuccessFactor {
  SuccessFactor() {}

  /**
   * The factor's code, such as {@code "Co1"} or {@code "O52"}: a non-blank id without surrounding
   * whitespace, unique within a catalog.
   */
  @Value.Parameter
  public abstract String code();

  /** The factor's display name, such as "Senior executive support". */
  @Value.Parameter
  public abstract String name();

  /** The alignment area the factor belongs to. */
  @Value.Parameter
  public abstract FactorCategory category();

  /** A short explanation of what the factor means in practice, if one is given. */
  public abstract Optional<String> description();

  /**
   * Returns a factor without a description.
   *
   * @throws IllegalArgumentException if the code is not a valid id or the name is blank or holds
   *     control characters
   */
  public static SuccessFactor of(String code, String name, FactorCategory category) {
    return ImmutableSuccessFactor.of(code, name, category);
  }

  /**
   * Returns a factor with a description.
   *
   * @throws IllegalArgumentException if the code is not a valid id, or the name or description is
   *     blank or holds control characters
   */
  public static SuccessFactor of(
      String code, String name, FactorCategory category, String description) {
    return builder().code(code).name(name).category(category).description(description).build();
  }

  /** Returns a new builder; {@code code}, {@code name} and {@code category} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SuccessFactor}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableSuccessFactor.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("factor code", code());
    Checks.name("factor name", name());
    description().ifPresent(text -> Checks.name("factor description", text));
  }
}
