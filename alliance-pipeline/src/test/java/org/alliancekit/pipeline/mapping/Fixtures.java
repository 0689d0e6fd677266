package org.alliancekit.pipeline.mapping;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;

/** Sample values and generators for the account mapping tests. */
final class Fixtures {
  static final PartnerId GLOBEX = PartnerId.of("globex");
  static final PartnerId ACME = PartnerId.of("acme");
  static final byte[] SECRET = "shared secret of the two parties".getBytes(StandardCharsets.UTF_8);
  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  private Fixtures() {}

  static Account account(String id, String name) {
    return Account.of(AccountId.of(id), name);
  }

  /** An opportunity on {@code account}, open (Qualified) or won (Launched). */
  static Opportunity opportunity(String id, Account account, MonetaryAmount amount, boolean open) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(account)
        .name("Deal " + id)
        .amount(amount)
        .stage(StageModels.coSell().get(open ? "Qualified" : "Launched"))
        .created(LocalDate.of(2024, 1, 10))
        .expectedClose(LocalDate.of(2024, 6, 30))
        .owner(GLOBEX)
        .build();
  }

  static AccountEntry entry(
      String id, String name, AccountStatus status, Optional<String> domain, Opportunity... opps) {
    return AccountEntry.builder()
        .account(account(id, name))
        .status(status)
        .domain(domain)
        .addOpportunities(opps)
        .build();
  }

  static ImmutableMap<CurrencyUnit, MonetaryAmount> value(MonetaryAmount... amounts) {
    ImmutableMap.Builder<CurrencyUnit, MonetaryAmount> value = ImmutableMap.builder();
    for (MonetaryAmount amount : amounts) {
      value.put(amount.getCurrency(), amount);
    }
    return value.buildOrThrow();
  }

  static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  static NullPointerTester nullPointerTester() {
    Account northwind = account("a-1", "Northwind");
    return new NullPointerTester()
        .setDefault(PartnerId.class, ACME)
        .setDefault(AccountId.class, northwind.id())
        .setDefault(Account.class, northwind)
        .setDefault(OpportunityId.class, OpportunityId.of("o-1"))
        .setDefault(MonetaryAmount.class, Money.of(1, "EUR"))
        .setDefault(CurrencyUnit.class, EUR)
        .setDefault(AccountEntry.class, AccountEntry.of(northwind, AccountStatus.CUSTOMER))
        .setDefault(AccountBook.class, AccountBook.of(ACME, List.of()))
        .setDefault(MatchKey.class, MatchKey.of("name:northwind"))
        .setDefault(MatchKeyProducer.class, MatchKeyProducer.plain())
        .setDefault(byte[].class, SECRET.clone())
        .setDefault(String.class, "northwind.com")
        .setDefault(Set.class, Set.of());
  }

  // ---- generators ----

  private static final List<String> NAMES =
      List.of(
          "Northwind Traders",
          "NORTHWIND TRADERS LTD",
          "Northwind",
          "Contoso",
          "Contoso Limited",
          "Fabrikam, Inc.",
          "Fabrikam",
          "Litware",
          "Tailspin Toys",
          "Adventure Works");
  private static final List<String> DOMAINS =
      List.of(
          "northwind.com",
          "https://www.northwind.com/",
          "contoso.com",
          "fabrikam.com",
          "litware.com");

  record OpportunitySpec(long minor, String currency, boolean open) {}

  record EntrySpec(
      int name, Optional<Integer> domain, AccountStatus status, List<OpportunitySpec> opps) {}

  static Arbitrary<AccountBook> books(PartnerId party, String prefix) {
    Arbitrary<OpportunitySpec> opportunity =
        Combinators.combine(
                Arbitraries.longs().between(0, 10_000_000),
                Arbitraries.of("EUR", "USD", "GBP"),
                Arbitraries.of(true, true, false))
            .as(OpportunitySpec::new);
    Arbitrary<EntrySpec> entry =
        Combinators.combine(
                Arbitraries.integers().between(0, NAMES.size() - 1),
                Arbitraries.integers().between(0, DOMAINS.size() - 1).optional(),
                Arbitraries.of(AccountStatus.class),
                opportunity.list().ofMaxSize(2))
            .as(EntrySpec::new);
    return entry
        .list()
        .ofMaxSize(6)
        .map(
            specs -> {
              List<AccountEntry> entries = new ArrayList<>();
              for (int i = 0; i < specs.size(); i++) {
                EntrySpec spec = specs.get(i);
                Account account = account(prefix + i, NAMES.get(spec.name()));
                List<Opportunity> opportunities = new ArrayList<>();
                for (int k = 0; k < spec.opps().size(); k++) {
                  OpportunitySpec o = spec.opps().get(k);
                  opportunities.add(
                      opportunity(
                          prefix + i + "-" + k,
                          account,
                          Money.of(BigDecimal.valueOf(o.minor(), 2), o.currency()),
                          o.open()));
                }
                entries.add(
                    AccountEntry.builder()
                        .account(account)
                        .status(spec.status())
                        .domain(spec.domain().map(DOMAINS::get))
                        .opportunities(opportunities)
                        .build());
              }
              return AccountBook.of(party, entries);
            });
  }
}
