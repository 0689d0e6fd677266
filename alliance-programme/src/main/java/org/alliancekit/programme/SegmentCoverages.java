package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Segment coverage: for each customer segment (segment, industry, country of the accounts), which
 * partners cover it, the won revenue with partners against direct, and whether it is white space.
 *
 * <p>The segments are those of the portfolio's accounts and of its opportunities' accounts (an
 * account listed in the portfolio is taken as listed). A partner covers a segment when, on the day
 * asked about, it works a deal there that is won or still open (it owns it or is involved, the host
 * left out), or when it declares the segment's segment among its {@link Partner#segments()}. Won
 * revenue counts the deals won on or before the day: with a partner when one works the deal, direct
 * otherwise; converted exactly into the currency given and rounded once per figure. A segment is
 * <b>white space</b> when the host has a direct deal there (won or open) but no partner covers it.
 * Segments are ordered by segment, industry and country. A stateless utility.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SegmentCoverages {
  private SegmentCoverages() {}

  /**
   * The running figures of one segment. The partners are gathered in a hash set and put in id order
   * once, at the end: a segment can hold most of a large portfolio's partners, and a tree set would
   * order them again on every deal.
   */
  private static final class Figures {
    final Set<PartnerId> partners = new HashSet<>();
    BigDecimal partnerWon = BigDecimal.ZERO;
    BigDecimal directWon = BigDecimal.ZERO;
    boolean direct;
  }

  /**
   * The coverage of every customer segment of {@code portfolio} on {@code asOf}, amounts in {@code
   * currency}.
   *
   * @throws IllegalArgumentException if no rate converts a won deal's currency into {@code
   *     currency}
   */
  public static ImmutableList<SegmentCoverage> of(
      AlliancePortfolio portfolio, LocalDate asOf, CurrencyUnit currency, ExchangeRates rates) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    checkNotNull(currency, "currency");
    checkNotNull(rates, "rates");
    Map<AccountId, Account> accounts = accounts(portfolio);
    Map<CustomerSegment, Figures> segments = new TreeMap<>();
    accounts.values().forEach(account -> segments.put(CustomerSegment.of(account), new Figures()));
    for (Opportunity opportunity : portfolio.opportunities()) {
      CustomerSegment segment =
          CustomerSegment.of(
              accounts.getOrDefault(opportunity.account().id(), opportunity.account()));
      Figures figures = segments.computeIfAbsent(segment, s -> new Figures());
      boolean direct = !Deals.hasPartners(opportunity, portfolio.host());
      boolean won = Deals.won(opportunity, asOf);
      if (won || Deals.open(opportunity, asOf)) {
        Deals.addPartnersOf(opportunity, portfolio.host(), figures.partners);
        figures.direct |= direct;
      }
      if (won) {
        BigDecimal amount = Deals.convert(opportunity, currency, rates);
        if (direct) {
          figures.directWon = figures.directWon.add(amount);
        } else {
          figures.partnerWon = figures.partnerWon.add(amount);
        }
      }
    }
    Map<String, List<Figures>> bySegment = new HashMap<>();
    segments.forEach(
        (segment, figures) ->
            segment
                .segment()
                .ifPresent(
                    name -> bySegment.computeIfAbsent(name, n -> new ArrayList<>()).add(figures)));
    for (Partner partner : portfolio.partners()) {
      if (!partner.id().equals(portfolio.host())) {
        for (String declared : partner.segments()) {
          for (Figures figures : bySegment.getOrDefault(declared, List.of())) {
            figures.partners.add(partner.id());
          }
        }
      }
    }
    ImmutableList.Builder<SegmentCoverage> coverage = ImmutableList.builder();
    segments.forEach(
        (segment, figures) ->
            coverage.add(
                new SegmentCoverage(
                    segment,
                    ImmutableSet.copyOf(inIdOrder(figures.partners)),
                    Money.of(MinorUnits.round(figures.partnerWon, currency), currency),
                    Money.of(MinorUnits.round(figures.directWon, currency), currency),
                    figures.direct && figures.partners.isEmpty())));
    return coverage.build();
  }

  private static List<PartnerId> inIdOrder(Set<PartnerId> partners) {
    List<PartnerId> ordered = new ArrayList<>(partners);
    Collections.sort(ordered);
    return ordered;
  }

  /** The white-space segments among {@code coverage}, in order. */
  public static ImmutableList<SegmentCoverage> whiteSpace(Iterable<SegmentCoverage> coverage) {
    ImmutableList.Builder<SegmentCoverage> white = ImmutableList.builder();
    for (SegmentCoverage segment : checkNotNull(coverage, "coverage")) {
      if (segment.whiteSpace()) {
        white.add(segment);
      }
    }
    return white.build();
  }

  /** The portfolio's accounts by id, the first of an id kept. */
  static Map<AccountId, Account> accounts(AlliancePortfolio portfolio) {
    Map<AccountId, Account> accounts = new HashMap<>();
    portfolio.accounts().forEach(account -> accounts.putIfAbsent(account.id(), account));
    return accounts;
  }
}
