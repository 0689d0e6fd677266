package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An exclusivity granted within a relationship: the territories and products it covers and, if
 * known, what it costs. Exclusivity is an occasional, narrow option in alliances; in channels it is
 * more common, always explicit and has a price.
 *
 * <pre>{@code
 * Exclusivity dach = Exclusivity.builder()
 *     .addTerritories("DE", "AT", "CH")
 *     .price(Money.of(50_000, "EUR"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Exclusivity implements WithExclusivity {
  Exclusivity() {}

  /** Territories covered, such as "DACH" or "FR", in the order given; may be empty. */
  public abstract ImmutableSet<String> territories();

  /** Products or product lines covered, in the order given; may be empty. */
  public abstract ImmutableSet<String> products();

  /** What the exclusivity costs, if a price is agreed; zero or more. */
  public abstract Optional<MonetaryAmount> price();

  /** Returns a new builder; at least one territory or product is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Exclusivity}. {@code build()} throws {@link IllegalArgumentException} when
   * neither a territory nor a product is given, or for an invalid attribute.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableExclusivity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !territories().isEmpty() || !products().isEmpty(),
        "exclusivity must cover at least one territory or product, has neither");
    Checks.names("exclusivity territory", territories());
    Checks.names("exclusivity product", products());
    price().ifPresent(price -> Checks.nonNegative("exclusivity price", price));
  }
}
