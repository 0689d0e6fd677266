package org.alliancekit.programme;

import static org.alliancekit.programme.Fixtures.ACME;
import static org.alliancekit.programme.Fixtures.BETA;
import static org.alliancekit.programme.Fixtures.GAMMA;
import static org.alliancekit.programme.Fixtures.HOST;
import static org.alliancekit.programme.Fixtures.LOST;
import static org.alliancekit.programme.Fixtures.OPEN;
import static org.alliancekit.programme.Fixtures.RATES;
import static org.alliancekit.programme.Fixtures.WON;
import static org.alliancekit.programme.Fixtures.account;
import static org.alliancekit.programme.Fixtures.competency;
import static org.alliancekit.programme.Fixtures.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.network.NetworkType;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.programme.SolutionNeed;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SegmentsAndMatchingTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final Account A1 = account("a1", "enterprise", "Insurance", "GB");
  private static final Account A2 = account("a2", "enterprise", "Insurance", "GB");
  private static final Account A3 = account("a3", "mid-market", "Retail", "DE");
  private static final Account A4 = account("a4", "public sector", "Government", "FR");
  private static final Account A5 = account("a5", "mid-market", "Retail", "DE");
  private static final Solution CLAIMS =
      Solution.of(
          SolutionId.of("claims"), "Claims", Contribution.of(HOST, ContributionKind.PLATFORM));

  private static List<Opportunity> deals() {
    return List.of(
        deal("o1", A1, "100", "GBP", WON, LocalDate.of(2026, 3, 1), ACME),
        deal("o2", A2, "40", "EUR", WON, LocalDate.of(2026, 3, 1)),
        deal("o3", A3, "70", "GBP", OPEN, LocalDate.of(2026, 8, 1)).withSolution(CLAIMS),
        deal("o4", A5, "900", "GBP", WON, LocalDate.of(2026, 2, 1), ACME),
        // Lost deals and deals created after the day cover nothing.
        deal("o5", A4, "50", "GBP", LOST, LocalDate.of(2026, 2, 1), GAMMA),
        deal("o6", A4, "50", "GBP", WON, LocalDate.of(2026, 12, 1), GAMMA));
  }

  private static AlliancePortfolio portfolio(List<Opportunity> deals, List<Account> accounts) {
    return AlliancePortfolio.builder()
        .host(HOST)
        .addPartners(
            Fixtures.host(),
            Fixtures.partner(ACME, PartnerKind.ISV)
                .addCompetencies(competency("Data & AI"))
                .addRegions("EMEA")
                .build(),
            Fixtures.partner(BETA, PartnerKind.SYSTEMS_INTEGRATOR)
                .addSegments("public sector", "mid-market")
                .headquarters(CountryCode.of("DE"))
                .addCompetencies(competency("Security"))
                .addRegions("EMEA", "NA")
                .build(),
            Fixtures.partner(GAMMA, PartnerKind.ISV).addRegions("EMEA").build())
        .addAllAccounts(accounts)
        .addSolutions(CLAIMS)
        .addSolutionNeeds(SolutionNeed.of(SolutionId.of("claims"), "Data & AI"))
        .addAllOpportunities(deals)
        .build();
  }

  private static AlliancePortfolio portfolio() {
    return portfolio(deals(), List.of(A1, A2, A3, A4, A5));
  }

  private static CustomerSegment segment(String segment, String industry, String country) {
    return new CustomerSegment(
        Optional.of(segment), Optional.of(industry), Optional.of(CountryCode.of(country)));
  }

  @Test
  void eachSegmentHasItsPartnersItsWonRevenueAndItsWhiteSpace() {
    assertEquals(
        List.of(
            // o1 with Acme; o2 direct, EUR 40 at 0.85.
            new SegmentCoverage(
                segment("enterprise", "Insurance", "GB"),
                ImmutableSet.of(ACME),
                Money.of(100, "GBP"),
                Money.of(34, "GBP"),
                false),
            // Acme won o4 in a5; Beta declares mid-market.
            new SegmentCoverage(
                segment("mid-market", "Retail", "DE"),
                ImmutableSet.of(ACME, BETA),
                Money.of(900, "GBP"),
                Money.of(0, "GBP"),
                false),
            new SegmentCoverage(
                segment("public sector", "Government", "FR"),
                ImmutableSet.of(BETA),
                Money.of(0, "GBP"),
                Money.of(0, "GBP"),
                false)),
        SegmentCoverages.of(portfolio(), AS_OF, GBP, RATES));
  }

  @Test
  void aSegmentWhereTheHostSellsAloneIsWhiteSpace() {
    // Without Acme's deal in a5 and Beta's declared segment, mid-market is the host's alone.
    List<Opportunity> deals = new ArrayList<>(deals());
    deals.remove(3);
    AlliancePortfolio portfolio =
        portfolio(deals, List.of(A1, A2, A3, A4, A5))
            .withPartners(
                Fixtures.host(),
                Fixtures.partner(ACME, PartnerKind.ISV).build(),
                Fixtures.partner(GAMMA, PartnerKind.ISV).build());
    List<SegmentCoverage> coverage = SegmentCoverages.of(portfolio, AS_OF, GBP, RATES);
    assertEquals(
        List.of(
            new SegmentCoverage(
                segment("mid-market", "Retail", "DE"),
                ImmutableSet.of(),
                Money.of(0, "GBP"),
                Money.of(0, "GBP"),
                true)),
        SegmentCoverages.whiteSpace(coverage));
    // Public sector has no deal of the host: uncovered, but no white space.
    assertEquals(ImmutableSet.of(), coverage.get(2).partners());
    assertEquals(false, coverage.get(2).whiteSpace());
  }

  @Test
  void theClearBestPartnerRanksFirstWithItsReasons() {
    List<PartnerMatch> matches =
        PartnerMatching.forOpenDirectDeals(portfolio(), AS_OF, Map.of(ACME, 0.8, BETA, 0.4));
    assertEquals(
        List.of(
            new PartnerMatch(
                A3.id(),
                1,
                ACME,
                10,
                ImmutableList.of(
                    "has won in segment mid-market",
                    "works in segment mid-market",
                    "works in industry Retail",
                    "works in country DE",
                    "holds competency Data & AI needed by solution claims",
                    "healthy relationship score 0.80")),
            new PartnerMatch(
                A3.id(),
                2,
                BETA,
                3,
                ImmutableList.of("serves segment mid-market", "works in country DE"))),
        matches);
    assertEquals(
        "has won in segment mid-market; works in segment mid-market; works in industry Retail;"
            + " works in country DE; holds competency Data & AI needed by solution claims;"
            + " healthy relationship score 0.80",
        matches.get(0).reasonsText());
    assertEquals(
        matches.subList(0, 1),
        PartnerMatching.forOpportunity(
            portfolio(), deals().get(2), AS_OF, Map.of(ACME, 0.8, BETA, 0.4), 1));
    assertEquals(
        "opportunity o1 already has a partner",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    PartnerMatching.forOpportunity(portfolio(), deals().get(0), AS_OF, Map.of(), 5))
            .getMessage());
    assertEquals(
        List.of(),
        PartnerMatching.forAccount(
            portfolio(), Account.of(A3.id(), "Unknown"), Optional.empty(), AS_OF, Map.of(), 5));
  }

  @Test
  void peersAreRankedByWhatTheyAdd() {
    PartnerNetwork network =
        PartnerNetwork.builder()
            .id(NetworkId.of("n1"))
            .name("Cloud circle")
            .type(NetworkType.PEER_TO_PEER)
            .addMembers(ACME, BETA, GAMMA)
            .build();
    assertEquals(
        List.of(
            new PeerMatch(
                network.id(),
                ACME,
                1,
                BETA,
                3,
                ImmutableList.of(
                    "complementary kind SYSTEMS_INTEGRATOR",
                    "brings competency Security",
                    "covers region NA"))),
        PartnerMatching.peers(portfolio(), network, ACME, AS_OF, 5));
    assertEquals(
        "partner host is no member of network n1",
        assertThrows(
                IllegalArgumentException.class,
                () -> PartnerMatching.peers(portfolio(), network, HOST, AS_OF, 5))
            .getMessage());
  }

  @Property(tries = 30)
  void theOrderOfTheRecordsChangesNothing(@ForAll long seed) {
    List<Opportunity> deals = new ArrayList<>(deals());
    Collections.shuffle(deals, new Random(seed));
    List<Account> accounts = new ArrayList<>(List.of(A1, A2, A3, A4, A5));
    Collections.shuffle(accounts, new Random(seed + 1));
    AlliancePortfolio shuffled = portfolio(deals, accounts);
    assertEquals(
        SegmentCoverages.of(portfolio(), AS_OF, GBP, RATES),
        SegmentCoverages.of(shuffled, AS_OF, GBP, RATES));
    assertEquals(
        PartnerMatching.forOpenDirectDeals(portfolio(), AS_OF, Map.of(ACME, 0.8)),
        PartnerMatching.forOpenDirectDeals(shuffled, AS_OF, Map.of(ACME, 0.8)));
  }
}
