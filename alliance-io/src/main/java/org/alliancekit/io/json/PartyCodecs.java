package org.alliancekit.io.json;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;

/** The JSON codecs of {@code org.alliancekit.model.party}. */
final class PartyCodecs {
  private PartyCodecs() {}

  static void register(ModelModule module) {
    module.text(PartnerId.class, PartnerId::value, PartnerId::parse);
    module.text(AccountId.class, AccountId::value, AccountId::parse);
    module.text(CountryCode.class, CountryCode::alpha2, CountryCode::parse);
    account(module);
    companySize(module);
    competency(module);
    partner(module);
  }

  private static void account(ModelModule module) {
    PropertyTable<Account> table = new PropertyTable<>();
    var id = table.value("id", AccountId.class, Account::id);
    var name = table.string("name", Account::name);
    var country = table.optional("country", CountryCode.class, Account::country);
    var industry = table.optionalString("industry", Account::industry);
    var segment = table.optionalString("segment", Account::segment);
    module.object(
        Account.class,
        table,
        in ->
            Account.builder()
                .id(id.read(in))
                .name(name.read(in))
                .country(country.read(in))
                .industry(industry.read(in))
                .segment(segment.read(in))
                .build());
  }

  private static void companySize(ModelModule module) {
    PropertyTable<CompanySize> table = new PropertyTable<>();
    var employees = table.wholeNumber("employees", CompanySize::employees);
    var revenue = table.optional("annualRevenue", MonetaryAmount.class, CompanySize::annualRevenue);
    module.object(
        CompanySize.class,
        table,
        in -> {
          long count = employees.read(in);
          Optional<MonetaryAmount> amount = revenue.read(in);
          return amount.isPresent() ? CompanySize.of(count, amount.get()) : CompanySize.of(count);
        });
  }

  private static void competency(ModelModule module) {
    PropertyTable<Competency> table = new PropertyTable<>();
    var name = table.string("name", Competency::name);
    var level = table.constant("level", CompetencyLevel.class, Competency::level);
    var issuer = table.value("issuer", PartnerId.class, Competency::issuer);
    var validFrom = table.optional("validFrom", LocalDate.class, Competency::validFrom);
    var expires = table.optional("expires", LocalDate.class, Competency::expires);
    module.object(
        Competency.class,
        table,
        in ->
            Competency.of(name.read(in), level.read(in), issuer.read(in))
                .withValidFrom(validFrom.read(in))
                .withExpires(expires.read(in)));
  }

  private static void partner(ModelModule module) {
    PropertyTable<Partner> table = new PropertyTable<>();
    var id = table.value("id", PartnerId.class, Partner::id);
    var name = table.string("name", Partner::name);
    var kinds = table.constants("kinds", PartnerKind.class, Partner::kinds);
    var headquarters = table.optional("headquarters", CountryCode.class, Partner::headquarters);
    var regions = table.list("regions", String.class, Partner::regions);
    var size = table.optional("size", CompanySize.class, Partner::size);
    var competencies = table.list("competencies", Competency.class, Partner::competencies);
    var segments = table.list("segments", String.class, Partner::segments);
    var fiscalYearStartMonth =
        table.constant(
            "fiscalYearStartMonth", Month.class, Month.JANUARY, Partner::fiscalYearStartMonth);
    module.object(
        Partner.class,
        table,
        in ->
            Partner.builder()
                .id(id.read(in))
                .name(name.read(in))
                .kinds(kinds.read(in))
                .headquarters(headquarters.read(in))
                .regions(regions.read(in))
                .size(size.read(in))
                .competencies(competencies.read(in))
                .segments(segments.read(in))
                .fiscalYearStartMonth(fiscalYearStartMonth.read(in))
                .build());
  }
}
