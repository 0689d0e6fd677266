package org.alliancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.report.sample.SamplePortfolio;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.PortfolioEntry;
import org.alliancekit.scoring.potential.PotentialRanking;
import org.alliancekit.scoring.potential.PotentialTriage;
import org.alliancekit.scoring.potential.RelationshipPotential;
import org.junit.jupiter.api.Test;

/**
 * The report's converted uplifts and ranks are those of the library's {@link PotentialTriage}, to
 * the cent, on the bundled sample: forty relationships in GBP, EUR and USD.
 */
class RankingThroughTriageTest {
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  @Test
  void convertedUpliftsAndRanksEqualThoseOfPotentialTriage() {
    PortfolioInput input = PortfolioInput.read(SamplePortfolio.source());
    PortfolioData data = input.data();
    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard()).analyse(input, Optional.of(GBP));

    ExchangeRates rates = data.rates();
    PotentialTriage triage =
        PotentialTriage.of(
            ImprovementModel.closeGap(0.5),
            GBP,
            amount -> rates.convert(amount, GBP).orElseThrow());
    List<PortfolioEntry> entries = new ArrayList<>();
    int converted = 0;
    for (ReportRelationship relationship : report.relationships()) {
      if (relationship.score().isEmpty()) {
        continue;
      }
      entries.add(
          PortfolioEntry.of(
              relationship.id(),
              relationship.row().allianceRevenue(),
              relationship.score().get().overall()));
      if (!relationship.currency().equals(GBP)) {
        converted++;
      }
    }
    assertTrue(converted >= 10, "the sample converts uplifts of many relationships: " + converted);
    PotentialRanking ranking = triage.triage(entries);

    for (ReportRelationship relationship : report.relationships()) {
      if (relationship.score().isEmpty()) {
        continue;
      }
      RelationshipPotential expected = ranking.potentialOf(relationship.id()).orElseThrow();
      Optional<MonetaryAmount> uplift = expected.uplift();
      assertEquals(uplift, relationship.upliftConverted(), relationship.id()::toString);
      OptionalInt rank = ranking.rankOf(relationship.id());
      assertEquals(rank, relationship.rank(), relationship.id()::toString);
    }
  }
}
