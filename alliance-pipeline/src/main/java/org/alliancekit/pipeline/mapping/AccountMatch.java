package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One customer as an account mapping sees it: the accounts each party lists for it (usually one per
 * side; more when a party has duplicate records that match each other), the cell they fall in, and
 * each party's open opportunities on them with their value per currency.
 *
 * <p>Rules: at least one side lists an account, and the cell agrees with which sides do; open
 * opportunities and values only on a side that lists an account.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class AccountMatch implements WithAccountMatch {
  AccountMatch() {}

  /** Where the accounts fall. */
  @Value.Parameter
  public abstract MappingCell cell();

  /** The left party's accounts, in the order of its book. */
  @Value.Parameter
  public abstract ImmutableList<AccountId> left();

  /** The right party's accounts, in the order of its book. */
  @Value.Parameter
  public abstract ImmutableList<AccountId> right();

  /** The left party's open opportunities on these accounts, in id order. */
  @Value.Parameter
  public abstract ImmutableList<OpportunityId> leftOpen();

  /** The right party's open opportunities on these accounts, in id order. */
  @Value.Parameter
  public abstract ImmutableList<OpportunityId> rightOpen();

  /** The value of the left party's open opportunities, per currency in code order. */
  @Value.Parameter
  public abstract ImmutableMap<CurrencyUnit, MonetaryAmount> leftOpenValue();

  /** The value of the right party's open opportunities, per currency in code order. */
  @Value.Parameter
  public abstract ImmutableMap<CurrencyUnit, MonetaryAmount> rightOpenValue();

  /** The same match seen with left and right swapped. */
  public AccountMatch mirror() {
    return builder()
        .cell(cell().mirror())
        .left(right())
        .right(left())
        .leftOpen(rightOpen())
        .rightOpen(leftOpen())
        .leftOpenValue(rightOpenValue())
        .rightOpenValue(leftOpenValue())
        .build();
  }

  /** Returns a new builder; the cell is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountMatch}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableAccountMatch.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !left().isEmpty() || !right().isEmpty(), "account match in %s lists no account", cell());
    boolean fits;
    if (left().isEmpty()) {
      fits = cell() == MappingCell.RIGHT_ONLY;
    } else if (right().isEmpty()) {
      fits = cell() == MappingCell.LEFT_ONLY;
    } else {
      fits = cell().isShared();
    }
    checkArgument(
        fits,
        "account match of left %s and right %s cannot be in cell %s",
        left(),
        right(),
        cell());
    checkArgument(
        !left().isEmpty() || (leftOpen().isEmpty() && leftOpenValue().isEmpty()),
        "account match lists left open opportunities %s without a left account",
        leftOpen());
    checkArgument(
        !right().isEmpty() || (rightOpen().isEmpty() && rightOpenValue().isEmpty()),
        "account match lists right open opportunities %s without a right account",
        rightOpen());
  }
}
