package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * A partner as a row of {@code partners.csv} holds it: the {@link Partner} and the currency the
 * company reports in. The currency is kept even when the annual revenue is unknown, since the
 * host's currency is the default currency of a portfolio report.
 *
 * <p>When the partner's annual revenue is known, the currency is the revenue's. Immutable and
 * thread-safe.
 *
 * @param partner the partner
 * @param currency the company's currency, if known; the revenue's currency when a revenue is known
 */
@API(status = STABLE, since = "0.1")
public record PartnerRow(Partner partner, Optional<CurrencyUnit> currency) {

  /**
   * Validates that the currency agrees with the revenue, taking the revenue's when none is given.
   */
  public PartnerRow {
    checkNotNull(partner, "partner");
    checkNotNull(currency, "currency");
    Optional<CurrencyUnit> revenueCurrency = revenue(partner).map(MonetaryAmount::getCurrency);
    if (revenueCurrency.isPresent()) {
      checkArgument(
          currency.isEmpty() || currency.equals(revenueCurrency),
          "currency %s of partner %s differs from the currency %s of its annual revenue",
          currency.map(CurrencyUnit::getCurrencyCode).orElse(""),
          partner.id(),
          revenueCurrency.get().getCurrencyCode());
      currency = revenueCurrency;
    }
  }

  /** Returns the row of a partner, with the currency of its annual revenue if that is known. */
  public static PartnerRow of(Partner partner) {
    return new PartnerRow(partner, Optional.empty());
  }

  /**
   * Returns the row of a partner that reports in the given currency.
   *
   * @throws IllegalArgumentException if the partner's annual revenue is in another currency
   */
  public static PartnerRow of(Partner partner, CurrencyUnit currency) {
    return new PartnerRow(partner, Optional.of(checkNotNull(currency, "currency")));
  }

  /** The partner's id. */
  public PartnerId id() {
    return partner.id();
  }

  private static Optional<MonetaryAmount> revenue(Partner partner) {
    return partner.size().flatMap(CompanySize::annualRevenue);
  }
}
