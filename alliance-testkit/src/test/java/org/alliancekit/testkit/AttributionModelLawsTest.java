package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Property;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.touch.Journey;
import org.alliancekit.attribution.touch.Touch;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.testkit.AttributionLawFixtures.EqualSplitOfGames;
import org.alliancekit.testkit.AttributionLawFixtures.FirstDayTieByName;
import org.alliancekit.testkit.AttributionLawFixtures.LinearOnJourneys;
import org.alliancekit.testkit.AttributionLawFixtures.NotRounding;
import org.alliancekit.testkit.AttributionLawFixtures.OriginatorsOnlyOnEveryRole;
import org.alliancekit.testkit.AttributionLawFixtures.RoundingEachPart;
import org.alliancekit.testkit.AttributionLawFixtures.TieToTheFirstListed;
import org.alliancekit.testkit.AttributionLawFixtures.TieToTheFirstListedWithoutSymmetry;
import org.alliancekit.testkit.FixtureRunner.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;

/**
 * The attribution laws catch broken models with a small counterexample, and report laws that are
 * switched off or do not apply. Each test runs a container of {@link AttributionLawFixtures} with a
 * fixed seed and checks every property's outcome.
 */
class AttributionModelLawsTest {
  private static final PartnerId P1 = PartnerId.of("p1");
  private static final PartnerId P2 = PartnerId.of("p2");
  private static final Set<String> ALL_PROPERTIES =
      Arrays.stream(AttributionLaw.values())
          .map(AttributionLaw::propertyName)
          .collect(Collectors.toSet());

  @Test
  void roundingEachPartOnItsOwnBreaksEfficiency() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(RoundingEachPart.class);

    Outcome efficiency = failed(outcomes, AttributionLaw.EFFICIENCY);
    assertEquals(
        "EFFICIENCY broken by RoundsEachPart: splitting EUR 0.01 failed: parts of the split of EUR"
            + " 0.01 add up to 0.02, not to the amount",
        efficiency.message());
    // Shares of one half each (0.5 against 0.3 + 0.2): each half cent rounds up to a cent.
    assertEquals(
        List.of(
            Participant.of(P1, "ORIGINATOR"),
            Participant.of(P2, "CO_SELLER"),
            Participant.of(P2, "INFLUENCER")),
        deal(efficiency));
    assertEquals("EUR 0.01", efficiency.shrunkParameters().get(1).toString());
    assertTrue(
        efficiency.reports.stream().anyMatch(report -> report.contains("Shrunk Sample")),
        "jqwik reports the shrunk sample: " + efficiency.reports);
    // Interchangeable players are paid by the same broken split.
    Outcome symmetry = failed(outcomes, AttributionLaw.SYMMETRY);
    assertEquals(
        List.of(Participant.of(P1, "ORIGINATOR"), Participant.of(P2, "ORIGINATOR")),
        deal(symmetry));
    assertEquals(
        Status.FAILED, outcome(outcomes, AttributionLaw.INDEPENDENT_OF_INPUT_ORDER).status);
    assertPassed(outcomes, EnumSet.of(AttributionLaw.ANONYMITY));
  }

  @Test
  void partsFinerThanTheMinorUnitBreakEfficiency() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(NotRounding.class);

    Outcome efficiency = failed(outcomes, AttributionLaw.EFFICIENCY);
    assertEquals(
        "EFFICIENCY broken by NeverRounds: splitting EUR 0.01 gives p1 the part 0.005, finer than"
            + " the currency's minor unit of 0.01",
        efficiency.message());
    assertEquals(
        List.of(Participant.of(P1, "ORIGINATOR"), Participant.of(P2, "ORIGINATOR")),
        deal(efficiency));
    assertEquals("EUR 0.01", efficiency.shrunkParameters().get(1).toString());
    assertPassed(outcomes, EnumSet.of(AttributionLaw.ANONYMITY));
  }

  @Test
  void aTieBrokenByListOrderBreaksSymmetryAndOrderIndependence() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(TieToTheFirstListed.class);

    Outcome symmetry = failed(outcomes, AttributionLaw.SYMMETRY);
    assertEquals(
        "SYMMETRY broken by FirstListedWinsTies: interchangeable players p1 and p2 get the shares"
            + " 1.0 and 0.0",
        symmetry.message());
    assertEquals(
        List.of(Participant.of(P1, "ORIGINATOR"), Participant.of(P2, "ORIGINATOR")),
        deal(symmetry));

    Outcome order = failed(outcomes, AttributionLaw.INDEPENDENT_OF_INPUT_ORDER);
    assertEquals(
        "INDEPENDENT_OF_INPUT_ORDER broken by FirstListedWinsTies: in the order"
            + " [Participant[party=p2, role=INFLUENCER], Participant[party=p2, role=CO_SELLER],"
            + " Participant[party=p1, role=ORIGINATOR]] the share of p1 is 0.0, in the order given"
            + " 1.0",
        order.message());
    // p1's 0.5 ties p2's 0.3 + 0.2.
    assertEquals(
        List.of(
            Participant.of(P1, "ORIGINATOR"),
            Participant.of(P2, "CO_SELLER"),
            Participant.of(P2, "INFLUENCER")),
        deal(order));

    // Renaming keeps the list order, so the first listed still wins: names do not matter here.
    assertPassed(outcomes, EnumSet.of(AttributionLaw.EFFICIENCY, AttributionLaw.ANONYMITY));
    assertEquals(
        "law NULL_PLAYER does not apply: the inputs (deals) of TieToTheFirstListed name no null"
            + " players; it is not checked",
        skipReason(outcomes, AttributionLaw.NULL_PLAYER));
  }

  @Test
  void aSwitchedOffLawIsReportedAsSkippedWithItsReason() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(TieToTheFirstListedWithoutSymmetry.class);

    Outcome symmetry = outcome(outcomes, AttributionLaw.SYMMETRY);
    String reason =
        "law SYMMETRY is switched off by TieToTheFirstListedWithoutSymmetry.disabledLaws(); it is"
            + " not checked";
    assertEquals(reason, symmetry.skipReason.orElse("not skipped"));
    assertEquals(List.of("{SYMMETRY skipped=" + reason + "}"), symmetry.reports);
    // The other laws are still checked.
    failed(outcomes, AttributionLaw.INDEPENDENT_OF_INPUT_ORDER);
    assertPassed(outcomes, EnumSet.of(AttributionLaw.EFFICIENCY, AttributionLaw.ANONYMITY));
  }

  @Test
  void creditingANullPlayerBreaksOnlyTheNullPlayerLaw() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(EqualSplitOfGames.class);

    Outcome nullPlayer = failed(outcomes, AttributionLaw.NULL_PLAYER);
    assertEquals(
        "NULL_PLAYER broken by EqualSplitOfPlayers: null player p2 gets the share 0.5",
        nullPlayer.message());
    // The smallest game with a null player: p2 adds nothing to p1, who is worth 1 alone.
    Game expected =
        Game.builder()
            .putValue(ImmutableSet.of(P1), 1.0)
            .putValue(ImmutableSet.of(P2), 0.0)
            .putValue(ImmutableSet.of(P1, P2), 1.0)
            .addNullPlayers(P2)
            .build();
    assertEquals(expected, sample(nullPlayer));
    assertPassed(outcomes, EnumSet.complementOf(EnumSet.of(AttributionLaw.NULL_PLAYER)));
  }

  @Test
  void aTieBrokenByPartnerIdBreaksAnonymity() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(FirstDayTieByName.class);

    Outcome anonymity = failed(outcomes, AttributionLaw.ANONYMITY);
    assertEquals(
        "ANONYMITY broken by FirstDayTieByPartnerId: with p1 and p2 swapped, p2 (formerly p1) gets"
            + " the share 0.0 instead of 1.0",
        anonymity.message());
    Journey expected = Journey.of(List.of(Touch.of(P1, Values.EPOCH), Touch.of(P2, Values.EPOCH)));
    assertEquals(expected, sample(anonymity));
    assertPassed(outcomes, EnumSet.of(AttributionLaw.EFFICIENCY));
  }

  @Test
  void lawsWithoutTheirPartInTheInputsAreSkippedWithTheReason() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(LinearOnJourneys.class);

    assertEquals(ALL_PROPERTIES, outcomes.keySet());
    assertPassed(outcomes, EnumSet.of(AttributionLaw.EFFICIENCY, AttributionLaw.ANONYMITY));
    assertEquals(
        "law SYMMETRY does not apply: the inputs (journeys) of LinearOnJourneys name no"
            + " interchangeable players; it is not checked",
        skipReason(outcomes, AttributionLaw.SYMMETRY));
    assertEquals(
        "law NULL_PLAYER does not apply: the inputs (journeys) of LinearOnJourneys name no null"
            + " players; it is not checked",
        skipReason(outcomes, AttributionLaw.NULL_PLAYER));
    assertEquals(
        "law INDEPENDENT_OF_INPUT_ORDER does not apply: the inputs (journeys) of LinearOnJourneys"
            + " have no other order to be given in; it is not checked",
        skipReason(outcomes, AttributionLaw.INDEPENDENT_OF_INPUT_ORDER));
  }

  @Test
  void aModelThatRejectsGeneratedInputsFailsEveryLawWithAdvice() throws Exception {
    Map<String, Outcome> outcomes = FixtureRunner.run(OriginatorsOnlyOnEveryRole.class);

    for (AttributionLaw law : EnumSet.complementOf(EnumSet.of(AttributionLaw.NULL_PLAYER))) {
      Outcome outcome = failed(outcomes, law);
      assertTrue(
          outcome
              .message()
              .contains(
                  ": role CO_SELLER of party p1 has no weight; weighted roles are [ORIGINATOR]. If"
                      + " the model accepts only some inputs, give inputs() that generate only"
                      + " those."),
          outcome.message());
    }
    assertEquals(
        "EFFICIENCY broken by RoleWeighted{ORIGINATOR=1.0}: the model rejected the input"
            + " [Participant[party=p1, role=CO_SELLER]]: role CO_SELLER of party p1 has no weight;"
            + " weighted roles are [ORIGINATOR]. If the model accepts only some inputs, give"
            + " inputs() that generate only those.",
        outcome(outcomes, AttributionLaw.EFFICIENCY).message());
  }

  @Test
  void everyLawHasOnePropertyAndEveryPropertyOneLaw() {
    Set<String> properties =
        Arrays.stream(AttributionModelLaws.class.getMethods())
            .filter(method -> method.isAnnotationPresent(Property.class))
            .map(Method::getName)
            .collect(Collectors.toSet());
    assertEquals(ALL_PROPERTIES, properties);
    for (AttributionLaw law : AttributionLaw.values()) {
      assertEquals(law, AttributionLaw.ofProperty(law.propertyName()).orElseThrow());
    }
    assertTrue(AttributionLaw.ofProperty("model").isEmpty());
  }

  // ---- helpers ----

  private static Object sample(Outcome outcome) {
    return ((AttributionCase<?>) outcome.shrunkParameters().get(0)).sample();
  }

  private static Object deal(Outcome outcome) {
    return sample(outcome);
  }

  private static Outcome failed(Map<String, Outcome> outcomes, AttributionLaw law) {
    Outcome outcome = outcome(outcomes, law);
    assertEquals(Status.FAILED, outcome.status, law + ": " + outcome);
    return outcome;
  }

  private static String skipReason(Map<String, Outcome> outcomes, AttributionLaw law) {
    return outcome(outcomes, law).skipReason.orElse("not skipped");
  }

  private static void assertPassed(Map<String, Outcome> outcomes, Set<AttributionLaw> laws) {
    for (AttributionLaw law : laws) {
      Outcome outcome = outcome(outcomes, law);
      assertEquals(Status.SUCCESSFUL, outcome.status, law + ": " + outcome);
      assertTrue(outcome.skipReason.isEmpty(), law + ": " + outcome);
    }
  }

  private static Outcome outcome(Map<String, Outcome> outcomes, AttributionLaw law) {
    return FixtureRunner.outcome(outcomes, law.propertyName());
  }
}
