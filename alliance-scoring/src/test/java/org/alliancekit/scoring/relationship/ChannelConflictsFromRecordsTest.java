package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.alliancekit.scoring.relationship.Fixtures.REL;
import static org.alliancekit.scoring.relationship.Fixtures.account;
import static org.alliancekit.scoring.relationship.Fixtures.alliance;
import static org.alliancekit.scoring.relationship.Records.AS_OF;
import static org.alliancekit.scoring.relationship.Records.IN_WINDOW;
import static org.alliancekit.scoring.relationship.Records.LOST;
import static org.alliancekit.scoring.relationship.Records.QUALIFIED;
import static org.alliancekit.scoring.relationship.Records.WON;
import static org.alliancekit.scoring.relationship.Records.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

/**
 * {@link RelationshipChecks#channelConflicts(PartnerId, java.util.Collection, java.util.Collection,
 * LocalDate)}: an open direct deal of the host and an open deal with the partner at one account.
 */
class ChannelConflictsFromRecordsTest {
  private static final RelationshipChecks CHECKS = RelationshipChecks.standard();
  private static final PartnerId GLOBEX = PartnerId.of("globex");
  private static final Relationship ALLIANCE = alliance().build();

  private static Opportunity direct(String id, String account, Stage stage) {
    return opportunity(id, HQ, account, IN_WINDOW, stage).build();
  }

  private static Opportunity with(
      String id, PartnerId owner, PartnerId party, String account, Stage stage) {
    return opportunity(id, owner, account, IN_WINDOW, stage)
        .addInvolvements(Involvement.of(party, InvolvementRole.RESELLER))
        .build();
  }

  private static Opportunity owned(String id, PartnerId owner, String account, Stage stage) {
    return opportunity(id, owner, account, IN_WINDOW, stage).build();
  }

  private static List<Finding> conflicts(
      List<Relationship> relationships, List<Opportunity> opportunities) {
    return CHECKS.channelConflicts(HQ, relationships, opportunities, AS_OF);
  }

  @Test
  void openDirectAndOpenPartnerDealsAtOneAccountConflict() {
    List<Finding> findings =
        conflicts(
            List.of(ALLIANCE),
            List.of(
                direct("o-3", "globex-corp", QUALIFIED),
                direct("o-2", "globex-corp", QUALIFIED),
                with("o-7", HQ, ACME, "globex-corp", QUALIFIED)));
    // Direct: o-2 and o-3 (2, lowest o-2); with acme: o-7 owned by hq with acme as reseller.
    assertEquals(1, findings.size());
    Finding conflict = findings.get(0);
    assertEquals(FindingKind.CHANNEL_CONFLICT, conflict.kind());
    assertEquals(Severity.HIGH, conflict.severity());
    assertEquals(Optional.of(REL), conflict.relationship());
    assertEquals(List.of(ACME, HQ), conflict.parties().asList());
    assertEquals(Optional.of(account("globex-corp")), conflict.account());
    assertEquals(Optional.of(OpportunityId.of("o-2")), conflict.opportunity());
    assertEquals(
        "relationship rel-1: at account globex-corp, hq works 2 open direct opportunities (lowest"
            + " o-2) and acme takes part in 1 open opportunity (o-7), all open on 2026-03-31",
        conflict.message());
  }

  @Test
  void aDealThePartnerOwnsConflictsToo() {
    List<Finding> findings =
        conflicts(
            List.of(ALLIANCE),
            List.of(
                direct("o-1", "c1", QUALIFIED),
                owned("o-5", ACME, "c1", QUALIFIED),
                owned("o-4", ACME, "c1", QUALIFIED)));
    assertEquals(
        List.of(
            "relationship rel-1: at account c1, hq works 1 open direct opportunity (o-1) and acme"
                + " takes part in 2 open opportunities (lowest o-4), all open on 2026-03-31"),
        findings.stream().map(Finding::message).toList());
  }

  @Test
  void aClosedDealConflictsWithNothing() {
    assertEquals(
        List.of(),
        conflicts(
            List.of(ALLIANCE),
            List.of(direct("o-1", "c1", WON), with("o-2", GLOBEX, ACME, "c1", QUALIFIED))));
    assertEquals(
        List.of(),
        conflicts(
            List.of(ALLIANCE),
            List.of(direct("o-1", "c1", QUALIFIED), with("o-2", GLOBEX, ACME, "c1", LOST))));
  }

  @Test
  void dealsAtDifferentAccountsDoNotConflict() {
    assertEquals(
        List.of(),
        conflicts(
            List.of(ALLIANCE),
            List.of(direct("o-1", "c1", QUALIFIED), owned("o-2", ACME, "c2", QUALIFIED))));
  }

  @Test
  void aDealOfAnotherPartnerConflictsOnlyInItsOwnRelationship() {
    Relationship withGlobex = alliance().id(RelationshipId.of("rel-2")).partner(GLOBEX).build();
    List<Opportunity> records =
        List.of(direct("o-1", "c1", QUALIFIED), owned("o-2", GLOBEX, "c1", QUALIFIED));
    // No relationship with globex: nothing to flag for acme.
    assertEquals(List.of(), conflicts(List.of(ALLIANCE), records));
    List<Finding> findings = conflicts(List.of(ALLIANCE, withGlobex), records);
    assertEquals(
        List.of(Optional.of(RelationshipId.of("rel-2"))),
        findings.stream().map(Finding::relationship).toList());
  }

  @Test
  void aHostDealWithAPartnerInvolvedIsNotDirect() {
    // o-1 involves globex, so hq does not sell there alone.
    Opportunity involving = with("o-1", HQ, GLOBEX, "c1", QUALIFIED);
    assertEquals(
        List.of(),
        conflicts(List.of(ALLIANCE), List.of(involving, owned("o-2", ACME, "c1", QUALIFIED))));
  }

  @Test
  void oneDealOfTheHostWithThePartnerIsNoConflictOnItsOwn() {
    assertEquals(
        List.of(), conflicts(List.of(ALLIANCE), List.of(with("o-1", HQ, ACME, "c1", QUALIFIED))));
  }

  @Test
  void dealsCreatedAfterTheAsOfDateAreIgnored() {
    Opportunity later = opportunity("o-2", ACME, "c1", AS_OF.plusDays(1), QUALIFIED).build();
    Opportunity onTheDay = opportunity("o-3", ACME, "c1", AS_OF, QUALIFIED).build();
    assertEquals(
        List.of(), conflicts(List.of(ALLIANCE), List.of(direct("o-1", "c1", QUALIFIED), later)));
    assertEquals(
        1, conflicts(List.of(ALLIANCE), List.of(direct("o-1", "c1", QUALIFIED), onTheDay)).size());
  }

  @Test
  void relationshipsOfAnotherHostAreSkipped() {
    Relationship acmeHosts = alliance().host(ACME).partner(GLOBEX).build();
    assertEquals(
        List.of(),
        conflicts(
            List.of(acmeHosts),
            List.of(direct("o-1", "c1", QUALIFIED), owned("o-2", GLOBEX, "c1", QUALIFIED))));
  }

  @Test
  void findingsComeInRelationshipThenAccountOrder() {
    Relationship second = alliance().id(RelationshipId.of("rel-0")).build();
    List<Finding> findings =
        conflicts(
            List.of(ALLIANCE, second),
            List.of(
                direct("o-1", "c2", QUALIFIED),
                owned("o-2", ACME, "c2", QUALIFIED),
                direct("o-3", "c1", QUALIFIED),
                owned("o-4", ACME, "c1", QUALIFIED)));
    assertEquals(
        List.of("rel-0 c1", "rel-0 c2", "rel-1 c1", "rel-1 c2"),
        findings.stream()
            .map(f -> f.relationship().orElseThrow() + " " + f.account().orElseThrow())
            .toList());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicInstanceMethods(CHECKS);
  }

  @Property(tries = 200)
  void shufflingTheRecordsChangesNothing(
      @ForAll("opportunities") List<Opportunity> opportunities, @ForAll long seed) {
    List<Relationship> relationships =
        List.of(
            alliance().id(RelationshipId.of("r1")).host(PartnerId.of("host")).partner(P1).build(),
            alliance().id(RelationshipId.of("r2")).host(PartnerId.of("host")).partner(P2).build());
    LocalDate asOf = LocalDate.of(2021, 6, 30);
    List<Opportunity> shuffled = new ArrayList<>(opportunities);
    Collections.shuffle(shuffled, new Random(seed));
    List<Relationship> reordered = new ArrayList<>(relationships);
    Collections.reverse(reordered);
    PartnerId host = PartnerId.of("host");
    List<Finding> findings = CHECKS.channelConflicts(host, relationships, opportunities, asOf);
    Statistics.label("conflict found")
        .collect(!findings.isEmpty())
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    assertEquals(findings, CHECKS.channelConflicts(host, reordered, shuffled, asOf));
  }

  private static final PartnerId P1 = PartnerId.of("p1");
  private static final PartnerId P2 = PartnerId.of("p2");

  /** Deals of the host (some direct) and of p1 at a handful of accounts, with distinct ids. */
  @Provide
  static Arbitrary<List<Opportunity>> opportunities() {
    LocalDate from = LocalDate.of(2020, 1, 1);
    Arbitrary<Opportunity> deals =
        Arbitraries.oneOf(
            ModelArbitraries.opportunities().createdBetween(from, from.plusYears(2)),
            ModelArbitraries.opportunities()
                .owner(P1)
                .parties(PartnerId.of("host"), P2)
                .createdBetween(from, from.plusYears(2)));
    // Generated deals are mostly closed; half are reopened so that conflicts are common.
    return Combinators.combine(
            deals, Arbitraries.integers().between(1, 3), Arbitraries.of(false, true))
        .as(
            (deal, n, reopen) -> {
              Opportunity atAccount =
                  deal.withAccount(Account.of(AccountId.of("c" + n), "Customer " + n));
              return reopen
                  ? atAccount.withStageHistory(List.of()).withStage(QUALIFIED)
                  : atAccount;
            })
        .list()
        .ofMaxSize(20)
        .map(
            list -> {
              List<Opportunity> numbered = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                numbered.add(list.get(i).withId(OpportunityId.of("o" + (i + 1))));
              }
              return numbered;
            });
  }
}
