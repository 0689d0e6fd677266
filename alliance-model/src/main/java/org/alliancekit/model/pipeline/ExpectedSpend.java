package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What the customer is expected to spend once a deal is live, as co-sell programmes ask for it: an
 * amount that recurs every month, quarter or year, optionally with the company that receives it
 * (such as the cloud provider whose consumption the deal drives).
 *
 * <p>Rules: the amount is zero or more, and the target, when given, is not blank.
 *
 * <pre>{@code
 * ExpectedSpend spend = ExpectedSpend.of(Money.of(5_000, "USD"), SpendFrequency.MONTHLY);
 * spend.annualAmount(); // USD 60000
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class ExpectedSpend implements WithExpectedSpend {
  ExpectedSpend() {}

  /** The amount spent each period; zero or more. */
  @Value.Parameter
  public abstract MonetaryAmount amount();

  /** How often the amount is spent. */
  @Value.Parameter
  public abstract SpendFrequency frequency();

  /** The company that receives the spend, such as {@code AWS}, if named. */
  public abstract Optional<String> target();

  /**
   * The spend over a year, in the amount's currency: the amount times {@linkplain
   * SpendFrequency#timesAYear() the number of periods in a year}. Exact: no rounding is needed.
   */
  public MonetaryAmount annualAmount() {
    return amount().multiply(frequency().timesAYear());
  }

  /** Returns an expected spend with no target. */
  public static ExpectedSpend of(MonetaryAmount amount, SpendFrequency frequency) {
    return ImmutableExpectedSpend.of(amount, frequency);
  }

  /** Returns a new builder; the amount and the frequency are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ExpectedSpend}. {@code build()} throws {@link IllegalStateException} naming
   * any missing attribute and {@link IllegalArgumentException} for a broken rule.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableExpectedSpend.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.nonNegative("expected spend amount", amount());
    target().ifPresent(target -> Checks.name("expected spend target", target));
  }
}
