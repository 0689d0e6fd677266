package org.alliancekit.pipeline.mapping;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The totals of one {@link MappingCell}: how many customers fall in it, how many accounts each
 * party lists for them, and each party's open opportunities on them, counted and valued per
 * currency. The two parties' values are kept apart: a deal both parties work appears in both
 * pipelines, so adding them up would count it twice.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class CellSummary implements WithCellSummary {
  CellSummary() {}

  /** The cell. */
  public abstract MappingCell cell();

  /** The number of matches (customers) in the cell. */
  public abstract int matches();

  /** The number of the left party's accounts in the cell. */
  public abstract int leftAccounts();

  /** The number of the right party's accounts in the cell. */
  public abstract int rightAccounts();

  /** The number of the left party's open opportunities in the cell. */
  public abstract int leftOpenOpportunities();

  /** The number of the right party's open opportunities in the cell. */
  public abstract int rightOpenOpportunities();

  /** The value of the left party's open opportunities, per currency in code order. */
  public abstract ImmutableMap<CurrencyUnit, MonetaryAmount> leftOpenValue();

  /** The value of the right party's open opportunities, per currency in code order. */
  public abstract ImmutableMap<CurrencyUnit, MonetaryAmount> rightOpenValue();

  /** The same totals seen with left and right swapped. */
  public CellSummary mirror() {
    return builder()
        .cell(cell().mirror())
        .matches(matches())
        .leftAccounts(rightAccounts())
        .rightAccounts(leftAccounts())
        .leftOpenOpportunities(rightOpenOpportunities())
        .rightOpenOpportunities(leftOpenOpportunities())
        .leftOpenValue(rightOpenValue())
        .rightOpenValue(leftOpenValue())
        .build();
  }

  /** Returns a new builder; every count is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CellSummary}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableCellSummary.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Counts.nonNegative("matches", matches(), cell());
    Counts.nonNegative("left accounts", leftAccounts(), cell());
    Counts.nonNegative("right accounts", rightAccounts(), cell());
    Counts.nonNegative("left open opportunities", leftOpenOpportunities(), cell());
    Counts.nonNegative("right open opportunities", rightOpenOpportunities(), cell());
  }
}
