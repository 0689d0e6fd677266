package org.alliancekit.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.Monetary;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;

/** Records for the tests, built by hand. */
final class Fixtures {
  static final PartnerId HOST = PartnerId.of("host");
  static final PartnerId ACME = PartnerId.of("acme");
  static final PartnerId BETA = PartnerId.of("beta");
  static final PartnerId GAMMA = PartnerId.of("gamma");
  static final Stage OPEN = StageModels.coSell().get("Qualified");
  static final Stage WON = StageModels.coSell().get("Launched");
  static final Stage LOST = StageModels.coSell().get("Closed Lost");

  /** EUR to GBP at 0.85. */
  static final ExchangeRates RATES =
      ExchangeRates.of(
          ExchangeRate.of(
              Monetary.getCurrency("EUR"), Monetary.getCurrency("GBP"), new BigDecimal("0.85")));

  private Fixtures() {}

  static Partner.Builder partner(PartnerId id, PartnerKind kind) {
    return Partner.builder().id(id).name(id.value()).addKinds(kind);
  }

  static Partner host() {
    return partner(HOST, PartnerKind.PLATFORM_VENDOR).build();
  }

  static Competency competency(String name) {
    return Competency.of(name, CompetencyLevel.ADVANCED, HOST);
  }

  static Competency competency(String name, LocalDate expires) {
    return Competency.of(name, CompetencyLevel.ADVANCED, HOST, expires);
  }

  static Account account(String id, String segment, String industry, String country) {
    return Account.builder()
        .id(AccountId.of(id))
        .name("Account " + id)
        .segment(segment)
        .industry(industry)
        .country(CountryCode.of(country))
        .build();
  }

  static final Account ANY = Account.of(AccountId.of("any"), "Any");

  /**
   * A deal owned by the host, with the given partners as co-sellers (or, for a partner-sourced
   * deal, originators), created 60 days before it closes.
   */
  static Opportunity deal(
      String id,
      Account account,
      String amount,
      String currency,
      Stage stage,
      LocalDate close,
      PartnerId... partners) {
    Opportunity.Builder deal =
        Opportunity.builder()
            .id(OpportunityId.of(id))
            .account(account)
            .name("Deal " + id)
            .amount(Money.of(new BigDecimal(amount), currency))
            .stage(stage)
            .created(close.minusDays(60))
            .expectedClose(close)
            .owner(HOST);
    for (PartnerId partner : partners) {
      deal.addInvolvements(Involvement.of(partner, InvolvementRole.CO_SELLER));
    }
    if (partners.length > 0) {
      deal.origin(Origin.PARTNER_INFLUENCED);
    }
    return deal.build();
  }

  /** A won deal sourced by the given partners, as originators. */
  static Opportunity sourced(
      String id, String amount, String currency, LocalDate close, PartnerId... partners) {
    Opportunity.Builder deal =
        Opportunity.builder()
            .from(deal(id, ANY, amount, currency, WON, close))
            .origin(Origin.PARTNER_SOURCED);
    for (PartnerId partner : partners) {
      deal.addInvolvements(Involvement.of(partner, InvolvementRole.ORIGINATOR));
    }
    return deal.build();
  }
}
