package org.alliancekit.attribution;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import org.alliancekit.attribution.game.ShapleyValues;
import org.alliancekit.attribution.path.PathAttribution;
import org.alliancekit.attribution.path.RemovalEffects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The result records of the attribution package ({@link PathAttribution}, {@link RemovalEffects},
 * {@link ShapleyValues}) can be built by callers too: each rule of their constructors, with the
 * edge values that are still accepted.
 */
class AttributionResultsTest {
  private static final MoneySplit ONE_EURO =
      MoneySplit.proportional(eur("1"), ImmutableMap.of(p("a"), BigDecimal.ONE));

  private static String message(Executable executable) {
    return assertThrows(IllegalArgumentException.class, executable).getMessage();
  }

  // PathAttribution

  @Test
  void pathAttributionAcceptsConversionsSummingToTheTotal() {
    PathAttribution attribution =
        new PathAttribution(ImmutableMap.of(p("b"), 0.0, p("a"), 3.0), 3, ONE_EURO);
    assertEquals(3.0, attribution.conversionsOf(p("a")));
    assertEquals(0.0, attribution.conversionsOf(p("b")));
    assertEquals(0.0, attribution.conversionsOf(p("zz")));
  }

  @Test
  void pathAttributionAcceptsASumExactlyAtTheTolerance() {
    // A tolerance of 1e-9 per conversion allows one conversion in a billion: 999,999,999 of
    // 1,000,000,000 is the edge, still accepted.
    PathAttribution attribution =
        new PathAttribution(ImmutableMap.of(p("a"), 999_999_999.0), 1_000_000_000, ONE_EURO);
    assertEquals(999_999_999.0, attribution.conversionsOf(p("a")));
  }

  @Test
  void pathAttributionScalesTheToleranceWithTheTotal() {
    // The sum 1e6 - 1e-4 is 1e-10 of the total away: inside a tolerance of 1e-9 per conversion.
    new PathAttribution(ImmutableMap.of(p("a"), 1_000_000 - 1e-4), 1_000_000, ONE_EURO);
    assertEquals(
        "attributed conversions sum to 999999.99, not to the total 1000000",
        message(
            () -> new PathAttribution(ImmutableMap.of(p("a"), 999_999.99), 1_000_000, ONE_EURO)));
  }

  @Test
  void pathAttributionNeedsAPartner() {
    assertEquals(
        "attribution must name at least one partner",
        message(() -> new PathAttribution(ImmutableMap.of(), 1, ONE_EURO)));
  }

  @Test
  void pathAttributionNeedsPositiveTotal() {
    assertEquals(
        "total conversions 0 must be positive",
        message(() -> new PathAttribution(ImmutableMap.of(p("a"), 0.0), 0, ONE_EURO)));
  }

  @Test
  void pathAttributionRejectsNegativeOrNonFiniteConversions() {
    assertEquals(
        "attributed conversions -1.0 of partner a must be a finite number of at least 0",
        message(
            () -> new PathAttribution(ImmutableMap.of(p("a"), -1.0, p("b"), 3.0), 2, ONE_EURO)));
    assertEquals(
        "attributed conversions Infinity of partner a must be a finite number of at least 0",
        message(
            () ->
                new PathAttribution(
                    ImmutableMap.of(p("a"), Double.POSITIVE_INFINITY), 2, ONE_EURO)));
  }

  // RemovalEffects

  @Test
  void removalEffectsAcceptTheirBounds() {
    RemovalEffects effects =
        new RemovalEffects(
            1,
            ImmutableMap.of(p("a"), 0.0, p("b"), 1.0),
            ImmutableMap.of(p("a"), 1.0, p("b"), 0.0));
    assertEquals(1.0, effects.conversionProbability());
    assertEquals(1.0, effects.conversionEffect(p("b")));
    assertEquals(1.0, effects.valueEffect(p("a")));
  }

  @Test
  void removalEffectsNeedAConversionProbabilityAboveZeroAndAtMostOne() {
    ImmutableMap<org.alliancekit.model.party.PartnerId, Double> half = ImmutableMap.of(p("a"), 0.5);
    assertEquals(
        "conversion probability 0.0 must be more than 0 and at most 1",
        message(() -> new RemovalEffects(0, half, half)));
    assertEquals(
        "conversion probability 1.5 must be more than 0 and at most 1",
        message(() -> new RemovalEffects(1.5, half, half)));
    assertEquals(
        "conversion probability NaN must be more than 0 and at most 1",
        message(() -> new RemovalEffects(Double.NaN, half, half)));
  }

  @Test
  void removalEffectsNeedAPartner() {
    assertEquals(
        "removal effects must name at least one partner",
        message(() -> new RemovalEffects(0.5, ImmutableMap.of(), ImmutableMap.of())));
  }

  @Test
  void removalEffectsNameTheSamePartnersTwice() {
    assertEquals(
        "value effects name partners [b], conversion effects name [a]",
        message(
            () ->
                new RemovalEffects(
                    0.5, ImmutableMap.of(p("a"), 0.5), ImmutableMap.of(p("b"), 0.5))));
  }

  @Test
  void removalEffectsRejectValueEffectOutsideZeroToOne() {
    assertEquals(
        "value removal effect -0.25 of partner a must be between 0 and 1",
        message(
            () ->
                new RemovalEffects(
                    0.5, ImmutableMap.of(p("a"), 0.5), ImmutableMap.of(p("a"), -0.25))));
    assertEquals(
        "conversion removal effect -0.25 of partner a must be between 0 and 1",
        message(
            () ->
                new RemovalEffects(
                    0.5, ImmutableMap.of(p("a"), -0.25), ImmutableMap.of(p("a"), 0.5))));
  }

  // ShapleyValues

  @Test
  void sampledShapleyValuesCarryAStandardErrorPerPlayer() {
    ShapleyValues values =
        new ShapleyValues(
            ImmutableMap.of(p("a"), 1.0, p("b"), 2.0),
            ImmutableMap.of(p("a"), 0.0, p("b"), 0.5),
            10,
            3.0);
    assertEquals(0.0, values.standardError(p("a")));
    assertEquals(0.5, values.standardError(p("b")));
    assertEquals(false, values.isExact());
  }

  @Test
  void shapleyValuesNeedAPlayer() {
    assertEquals(
        "Shapley values must name at least one player",
        message(() -> new ShapleyValues(ImmutableMap.of(), ImmutableMap.of(), 0, 0)));
  }

  @Test
  void shapleyValuesMustBeFinite() {
    assertEquals(
        "Shapley value NaN of player a must be a finite number",
        message(
            () -> new ShapleyValues(ImmutableMap.of(p("a"), Double.NaN), ImmutableMap.of(), 0, 1)));
    assertEquals(
        "grand coalition value Infinity must be a finite number",
        message(
            () ->
                new ShapleyValues(
                    ImmutableMap.of(p("a"), 1.0), ImmutableMap.of(), 0, Double.POSITIVE_INFINITY)));
  }

  @Test
  void shapleyValuesRejectNegativePermutations() {
    assertEquals(
        "permutations -1 must not be negative",
        message(
            () ->
                new ShapleyValues(
                    ImmutableMap.of(p("a"), 1.0), ImmutableMap.of(p("a"), 0.1), -1, 1)));
  }

  @Test
  void sampledShapleyValuesNeedStandardErrors() {
    assertEquals(
        "standard errors are given exactly when values are sampled; permutations 5, standard"
            + " errors {}",
        message(() -> new ShapleyValues(ImmutableMap.of(p("a"), 1.0), ImmutableMap.of(), 5, 1)));
  }

  @Test
  void standardErrorsNameTheSamePlayersAsTheValues() {
    assertEquals(
        "standard errors name players [b], values name players [a]",
        message(
            () ->
                new ShapleyValues(
                    ImmutableMap.of(p("a"), 1.0), ImmutableMap.of(p("b"), 0.1), 5, 1)));
  }

  @Test
  void standardErrorsMustBeFiniteAndNotNegative() {
    assertEquals(
        "standard error -0.1 of player a must be a finite number of at least 0",
        message(
            () ->
                new ShapleyValues(
                    ImmutableMap.of(p("a"), 1.0), ImmutableMap.of(p("a"), -0.1), 5, 1)));
    assertEquals(
        "standard error NaN of player a must be a finite number of at least 0",
        message(
            () ->
                new ShapleyValues(
                    ImmutableMap.of(p("a"), 1.0), ImmutableMap.of(p("a"), Double.NaN), 5, 1)));
  }

  @Test
  void shapleySharesClipTinyNegativeValuesToZero() {
    // b's value is below zero by exactly the tolerance (1e-9) times the grand coalition's worth
    // (2): the edge that is still taken for rounding.
    ShapleyValues values =
        new ShapleyValues(ImmutableMap.of(p("a"), 2.0, p("b"), -2e-9), ImmutableMap.of(), 0, 2.0);
    Shares shares = values.shares();
    assertEquals(1.0, shares.share(p("a")));
    assertEquals(0.0, shares.share(p("b")));
  }

  @Test
  void shapleySharesRejectClearlyNegativeValues() {
    ShapleyValues values =
        new ShapleyValues(ImmutableMap.of(p("a"), 3.0, p("b"), -1.0), ImmutableMap.of(), 0, 2.0);
    assertEquals(
        "player b has a negative Shapley value -1.0, so the values are not shares of credit;"
            + " use the values themselves",
        message(values::shares));
  }

  @Test
  void shapleySharesNeedAPositiveGrandCoalition() {
    ShapleyValues values =
        new ShapleyValues(ImmutableMap.of(p("a"), 0.0), ImmutableMap.of(), 0, 0.0);
    assertEquals(
        "grand coalition is worth 0.0; Shapley shares need a positive worth",
        message(values::shares));
  }
}
