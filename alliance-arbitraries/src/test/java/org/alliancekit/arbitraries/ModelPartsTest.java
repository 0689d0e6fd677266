package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageKind;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.Exclusivity;

/** The parts of opportunities and relationships that {@link ModelArbitraries} offers alone. */
class ModelPartsTest {
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final PartnerId HOST = PartnerId.of("host");
  private static final Set<PartnerId> POOL =
      Set.of(HOST, PartnerId.of("p1"), PartnerId.of("p2"), PartnerId.of("p3"));
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  @Provide
  Arbitrary<Stage> stages() {
    return ModelArbitraries.stages();
  }

  @Property(tries = 200)
  void stagesAreOpenAndClosed(@ForAll("stages") Stage stage) {
    Statistics.label("kind").collect(stage.kind());
    Statistics.label("kind")
        .coverage(
            coverage -> {
              coverage.check(StageKind.OPEN).count(n -> n > 0);
              coverage.check(StageKind.WON).count(n -> n > 0);
              coverage.check(StageKind.LOST).count(n -> n > 0);
            });
    assertTrue(stage.probability() >= 0 && stage.probability() <= 1, stage.toString());
  }

  @Provide
  Arbitrary<StageChange> stageChanges() {
    return ModelArbitraries.stageChanges();
  }

  @Property(tries = 200)
  void stageChangesStartOnTheEpoch(@ForAll("stageChanges") StageChange change) {
    assertFalse(change.date().isBefore(EPOCH), change.toString());
    assertTrue(change.date().isBefore(EPOCH.plusYears(11)), change.toString());
  }

  @Provide
  Arbitrary<Involvement> involvements() {
    return ModelArbitraries.involvements();
  }

  @Property(tries = 200)
  void involvementsAreOfTheHostAndTheThreePartners(
      @ForAll("involvements") Involvement involvement) {
    assertTrue(POOL.contains(involvement.party()), involvement.toString());
    Statistics.label("since known").collect(involvement.since().isPresent());
    Statistics.label("since known")
        .coverage(
            coverage -> {
              coverage.check(true).count(n -> n > 0);
              coverage.check(false).count(n -> n > 0);
            });
  }

  @Provide
  Arbitrary<Contribution> contributions() {
    return ModelArbitraries.contributions();
  }

  @Property(tries = 200)
  void contributionsHaveOneOrTwoKinds(@ForAll("contributions") Contribution contribution) {
    assertTrue(POOL.contains(contribution.party()), contribution.toString());
    assertTrue(
        contribution.kinds().size() >= 1 && contribution.kinds().size() <= 2,
        contribution.toString());
  }

  @Provide
  Arbitrary<Solution> solutions() {
    return ModelArbitraries.solutions();
  }

  @Property(tries = 200)
  void solutionsHaveOneToThreeContributors(@ForAll("solutions") Solution solution) {
    int contributors = solution.contributions().size();
    assertTrue(contributors >= 1 && contributors <= 3, solution.toString());
    for (Contribution contribution : solution.contributions()) {
      assertTrue(POOL.contains(contribution.party()), solution.toString());
    }
  }

  @Provide
  Arbitrary<DealRegistration> registrations() {
    return ModelArbitraries.registrations();
  }

  @Property(tries = 300)
  void registrationsAreDecidedExactlyAsTheirStatusSays(
      @ForAll("registrations") DealRegistration registration) {
    assertFalse(registration.registeringParty().equals(HOST), registration.toString());
    RegistrationStatus status = registration.status();
    if (status == RegistrationStatus.PENDING) {
      assertFalse(registration.decided().isPresent(), registration.toString());
    } else if (status != RegistrationStatus.EXPIRED) {
      assertTrue(registration.decided().isPresent(), registration.toString());
    }
    Statistics.label("status").collect(status);
    Statistics.label("status")
        .coverage(
            coverage -> {
              for (RegistrationStatus each : RegistrationStatus.values()) {
                coverage.check(each).count(n -> n > 0);
              }
            });
  }

  @Provide
  Arbitrary<PipelineOwner> owners() {
    return ModelArbitraries.pipelineOwners();
  }

  @Property(tries = 300)
  void ownersAreOfEveryKind(@ForAll("owners") PipelineOwner owner) {
    Statistics.label("owner").collect(owner.getClass().getSimpleName());
    Statistics.label("owner")
        .coverage(
            coverage -> {
              coverage.check("Party").count(n -> n > 0);
              coverage.check("Relationship").count(n -> n > 0);
              coverage.check("Venture").count(n -> n > 0);
            });
  }

  @Provide
  Arbitrary<Exclusivity> exclusivities() {
    return ModelArbitraries.exclusivities(GBP);
  }

  @Property(tries = 200)
  void exclusivitiesArePricedInTheCurrency(@ForAll("exclusivities") Exclusivity exclusivity) {
    assertTrue(
        exclusivity.territories().size() >= 1 && exclusivity.territories().size() <= 2,
        exclusivity.toString());
    exclusivity.price().ifPresent(price -> assertEquals(GBP, price.getCurrency()));
  }

  @Provide
  Arbitrary<Commitment> commitments() {
    return ModelArbitraries.commitments(PartnerId.of("hq"), PartnerId.of("acme"), GBP);
  }

  @Property(tries = 200)
  void commitmentsAreMadeByEitherPartyInTheCurrency(@ForAll("commitments") Commitment commitment) {
    assertTrue(
        Set.of(PartnerId.of("hq"), PartnerId.of("acme")).contains(commitment.party()),
        commitment.toString());
    commitment.amount().ifPresent(amount -> assertEquals(GBP, amount.getCurrency()));
    assertTrue(commitment.amount().isPresent() != commitment.quantity().isPresent());
    Statistics.label("by").collect(commitment.party().toString());
    Statistics.label("by")
        .coverage(
            coverage -> {
              coverage.check("hq").count(n -> n > 0);
              coverage.check("acme").count(n -> n > 0);
            });
  }

  @Example
  void commitmentsNeedTwoDifferentParties() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class, () -> ModelArbitraries.commitments(HOST, HOST, GBP));
    assertEquals("host and partner must be different parties, both are host", thrown.getMessage());
  }
}
