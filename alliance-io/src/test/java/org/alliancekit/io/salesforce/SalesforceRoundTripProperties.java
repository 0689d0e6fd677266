package org.alliancekit.io.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.cosell.ExportResult;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;

/**
 * Round trip: our records written as Data Loader CSV files and read back are the same records, for
 * every field Salesforce carries (opportunities with account, stage, amount, dates, origin,
 * partners and roles, stage history, next step, customer need and contacts with their roles; leads
 * with account, partner direction, status, conversion, person and customer need), with no problem
 * either way.
 */
class SalesforceRoundTripProperties {
  private static final PartnerId HOST = PartnerId.of("host");
  private static final StageModel STAGES = StageModels.coSell();
  private static final List<PartnerId> PARTNERS =
      List.of(
          PartnerId.of("001P1"),
          PartnerId.of("001P2"),
          PartnerId.of("001P3"),
          PartnerId.of("001P4"));
  private static final List<Account> ACCOUNTS =
      List.of(
          Account.builder()
              .id(AccountId.of("001C1"))
              .name("Northwind, \"Rail\"")
              .country(CountryCode.of("GB"))
              .industry("=Transport")
              .build(),
          Account.of(AccountId.of("001C2"), "Saltmarsh Water"),
          Account.builder()
              .id(AccountId.of("001C3"))
              .name("-Kestrel")
              .country(CountryCode.of("DE"))
              .build());
  private static final List<InvolvementRole> ROLES =
      List.of(
          InvolvementRole.CO_SELLER,
          InvolvementRole.RESELLER,
          InvolvementRole.DISTRIBUTOR,
          InvolvementRole.INFLUENCER,
          InvolvementRole.DELIVERY,
          InvolvementRole.TECHNOLOGY_PROVIDER,
          InvolvementRole.REFERRER);

  @Property(tries = 300)
  void opportunitiesAndLeadsComeBackUnchanged(
      @ForAll("opportunities") List<Opportunity> opportunities, @ForAll("leads") List<Lead> leads) {
    List<Opportunity> numbered = new ArrayList<>();
    for (int i = 0; i < opportunities.size(); i++) {
      numbered.add(opportunities.get(i).withId(OpportunityId.of("006O" + i)));
    }
    List<Lead> numberedLeads = new ArrayList<>();
    for (int i = 0; i < leads.size(); i++) {
      Lead lead = leads.get(i).withId(LeadId.of("00QL" + i));
      if (lead.account().id().value().equals("lead")) {
        lead = lead.withAccount(lead.account().withId(AccountId.of("00QL" + i)));
      }
      numberedLeads.add(lead);
    }
    List<PartnerRow> partners = new ArrayList<>();
    partners.add(
        PartnerRow.of(Partner.builder().id(HOST).name("host").addKinds(PartnerKind.ISV).build()));
    PARTNERS.forEach(
        partner ->
            partners.add(
                PartnerRow.of(
                    Partner.builder()
                        .id(partner)
                        .name("Partner " + partner)
                        .addKinds(PartnerKind.RESELLER)
                        .build())));
    PortfolioData data =
        PortfolioData.builder()
            .partners(partners)
            .opportunities(numbered)
            .leads(numberedLeads)
            .build();

    ExportResult export = SalesforceExport.write(data, HOST);
    assertEquals(List.of(), export.problems());
    PortfolioData back =
        SalesforceImport.read(export.documents(), Optional.empty(), Optional.empty(), HOST);

    assertEquals(List.of(), back.problems());
    assertEquals(numbered, back.opportunities());
    assertEquals(numberedLeads, back.leads());
  }

  @Provide
  Arbitrary<List<Opportunity>> opportunities() {
    return opportunity().list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Lead>> leads() {
    return lead().list().ofMaxSize(4);
  }

  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("abcXYZ019 ,;\"'=+-@/")
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(text -> !text.isBlank() && text.strip().equals(text));
  }

  private static Arbitrary<String> paragraph() {
    return Arbitraries.strings()
        .withChars("abc ,\"\n\t=")
        .ofMinLength(1)
        .ofMaxLength(60)
        .filter(text -> !text.isBlank() && text.strip().equals(text));
  }

  private static Arbitrary<LocalDate> date() {
    return Arbitraries.integers()
        .between(0, 3000)
        .map(days -> LocalDate.of(2020, 1, 1).plusDays(days));
  }

  private static Arbitrary<List<Involvement>> involvements(Origin origin) {
    int least = origin == Origin.DIRECT ? 0 : 1;
    return Arbitraries.subsetOf(PARTNERS)
        .ofMinSize(least)
        .ofMaxSize(3)
        .flatMap(
            chosen -> {
              List<PartnerId> order = chosen.stream().sorted().toList();
              return Arbitraries.subsetOf(ROLES)
                  .ofMinSize(1)
                  .ofMaxSize(2)
                  .list()
                  .ofSize(order.size())
                  .map(
                      roleSets -> {
                        List<Involvement> involvements = new ArrayList<>();
                        if (origin == Origin.PARTNER_SOURCED) {
                          involvements.add(
                              Involvement.of(order.get(0), InvolvementRole.ORIGINATOR));
                        }
                        for (int i = 0; i < order.size(); i++) {
                          PartnerId partner = order.get(i);
                          roleSets.get(i).stream()
                              .sorted()
                              .forEach(role -> involvements.add(Involvement.of(partner, role)));
                        }
                        return involvements;
                      });
            });
  }

  private static Arbitrary<Opportunity> opportunity() {
    Arbitrary<Stage> stage = Arbitraries.of(STAGES.stages());
    Arbitrary<Money> amount =
        Combinators.combine(
                Arbitraries.longs().between(0, 1_000_000_000_00L),
                Arbitraries.of("EUR", "GBP", "USD"))
            .as((cents, currency) -> Money.of(BigDecimal.valueOf(cents, 2), currency));
    return Combinators.combine(
            text(),
            Arbitraries.of(ACCOUNTS),
            stage,
            amount,
            date(),
            Arbitraries.integers().between(0, 400),
            Arbitraries.of(Origin.class),
            Combinators.combine(
                    text().optional(),
                    paragraph().optional(),
                    stage,
                    Arbitraries.integers().between(-1, 60),
                    contact(true).list().ofMaxSize(2))
                .as(Extras::new))
        .flatAs(
            (name, account, current, money, created, days, origin, extras) ->
                involvements(origin)
                    .map(
                        involvements -> {
                          List<StageChange> history = new ArrayList<>();
                          if (extras.historyDays() >= 0) {
                            if (!extras.earlier().equals(current)) {
                              history.add(StageChange.of(created, extras.earlier()));
                            }
                            history.add(
                                StageChange.of(created.plusDays(extras.historyDays()), current));
                          }
                          return Opportunity.builder()
                              .id(OpportunityId.of("tbd"))
                              .name(name)
                              .account(account)
                              .stage(current)
                              .amount(money)
                              .created(created)
                              .expectedClose(created.plusDays(days))
                              .owner(HOST)
                              .origin(origin)
                              .involvements(involvements)
                              .stageHistory(history)
                              .nextStep(extras.nextStep())
                              .customerNeed(extras.need())
                              .contacts(extras.contacts())
                              .build();
                        }));
  }

  private record Extras(
      Optional<String> nextStep,
      Optional<String> need,
      Stage earlier,
      int historyDays,
      List<Contact> contacts) {}

  /** A contact; with a role when {@code withRole}, as an opportunity's contact may have. */
  private static Arbitrary<Contact> contact(boolean withRole) {
    return Combinators.combine(
            text(),
            text().optional(),
            text().optional(),
            text().optional(),
            withRole ? text().optional() : Arbitraries.just(Optional.<String>empty()))
        .as(
            (name, email, phone, title, role) ->
                Contact.builder()
                    .name(name)
                    .email(email)
                    .phone(phone)
                    .title(title)
                    .role(role)
                    .build());
  }

  private static Arbitrary<Lead> lead() {
    Arbitrary<Optional<Contact>> contact =
        Combinators.combine(text(), text().optional(), text().optional(), text().optional())
            .as(
                (name, email, phone, title) ->
                    Contact.builder().name(name).email(email).phone(phone).title(title).build())
            .optional();
    Arbitrary<Account> account =
        Arbitraries.oneOf(
            Arbitraries.of(ACCOUNTS),
            Combinators.combine(
                    text(),
                    Arbitraries.of("GB", "FR").map(CountryCode::of).optional(),
                    text().optional())
                .as(
                    (name, country, industry) ->
                        Account.builder()
                            .id(AccountId.of("lead"))
                            .name(name)
                            .country(country)
                            .industry(industry)
                            .build()));
    return Combinators.combine(
            account,
            date(),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(PARTNERS),
            Arbitraries.of(LeadStatus.class),
            contact,
            paragraph().optional())
        .as(
            (customer, received, direction, partner, status, person, need) -> {
              Lead.Builder lead =
                  Lead.builder()
                      .id(LeadId.of("tbd"))
                      .account(customer)
                      .received(received)
                      .status(status)
                      .customerNeed(need)
                      .contacts(person.stream().toList());
              if (status == LeadStatus.CONVERTED) {
                lead.convertedOpportunity(OpportunityId.of("006X"));
              }
              switch (direction) {
                case 0 -> lead.source(HOST);
                case 1 -> lead.source(HOST).addSharedWith(partner);
                default -> lead.source(partner).addSharedWith(HOST);
              }
              return lead.build();
            });
  }
}
