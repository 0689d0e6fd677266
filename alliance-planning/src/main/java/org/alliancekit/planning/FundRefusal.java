package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.alliancekit.model.marketing.BudgetId;
import org.apiguardian.api.API;

/**
 * A fund request or claim the ledger refused to count, and why. Immutable and thread-safe.
 *
 * @param budget the budget whose ledger refused it
 * @param kind {@code request} or {@code claim}
 * @param id the request's or claim's id
 * @param date its date
 * @param amount its amount
 * @param reason a sentence naming the amount and the rule it breaks
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FundRefusal(
    BudgetId budget, String kind, String id, LocalDate date, MonetaryAmount amount, String reason) {

  /** Checks that no component is null. */
  public FundRefusal {
    checkNotNull(budget, "budget");
    checkNotNull(kind, "kind");
    checkNotNull(id, "id");
    checkNotNull(date, "date");
    checkNotNull(amount, "amount");
    checkNotNull(reason, "reason");
  }
}
