package org.alliancekit.model.party;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How big a company is: its head count and, when known, its annual revenue. The {@link
 * #sizeClass()} is derived from the head count.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class CompanySize implements WithCompanySize {
  CompanySize() {}

  /** Number of employees; zero or more. */
  @Value.Parameter
  public abstract long employees();

  /** Annual revenue, when known; zero or more. */
  @Value.Parameter
  public abstract Optional<MonetaryAmount> annualRevenue();

  /** The size class derived from {@link #employees()}. */
  @Value.Derived
  public SizeClass sizeClass() {
    return SizeClass.ofEmployees(employees());
  }

  /**
   * Returns the size of a company with the given head count and unknown revenue.
   *
   * @throws IllegalArgumentException if {@code employees} is negative
   */
  public static CompanySize of(long employees) {
    return ImmutableCompanySize.of(employees, Optional.empty());
  }

  /**
   * Returns the size of a company with the given head count and annual revenue.
   *
   * @throws IllegalArgumentException if {@code employees} or {@code annualRevenue} is negative
   */
  public static CompanySize of(long employees, MonetaryAmount annualRevenue) {
    return ImmutableCompanySize.of(employees, Optional.of(annualRevenue));
  }

  @Value.Check
  void check() {
    checkArgument(employees() >= 0, "employees %s must not be negative", employees());
    annualRevenue().ifPresent(revenue -> Checks.nonNegative("annual revenue", revenue));
  }
}
