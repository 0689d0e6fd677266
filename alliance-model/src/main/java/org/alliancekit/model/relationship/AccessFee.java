package org.alliancekit.model.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;

/**
 * What a channel charges a supplier for access to its market in a {@link SellThrough} relationship:
 * either a {@link Margin} on what it resells or a {@link Fixed} amount.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface AccessFee {

  /**
   * Returns a fee taken as a margin of the given percentage, such as 20 for twenty percent.
   *
   * @throws IllegalArgumentException if {@code percent} is not greater than 0 and at most 100
   */
  static AccessFee marginPercent(BigDecimal percent) {
    return new Margin(percent);
  }

  /**
   * Returns a fixed fee of the given amount.
   *
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  static AccessFee fixed(MonetaryAmount amount) {
    return new Fixed(amount);
  }

  /**
   * A fee taken as a share of the price the channel resells at, in percent.
   *
   * <p>Equality follows {@link BigDecimal#equals}, so {@code 20} and {@code 20.0} are different
   * margins. Immutable and thread-safe.
   *
   * @param percent the margin in percent: greater than 0 and at most 100
   */
  @API(status = STABLE, since = "0.1")
  record Margin(BigDecimal percent) implements AccessFee {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Validates the percentage. */
    public Margin {
      checkNotNull(percent, "access fee margin percent must not be null");
      Checks.decimal("access fee margin percent", percent);
      checkArgument(
          percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0,
          "access fee margin %s percent must be greater than 0 and at most 100",
          percent.toPlainString());
    }
  }

  /**
   * A fixed fee, such as a yearly programme or listing fee.
   *
   * <p>Immutable and thread-safe.
   *
   * @param amount the fee: positive
   */
  @API(status = STABLE, since = "0.1")
  record Fixed(MonetaryAmount amount) implements AccessFee {

    /** Validates the amount. */
    public Fixed {
      Checks.positive("fixed access fee", amount);
    }
  }
}
