package org.alliancekit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.pipeline.forecast.ConversionRates;
import org.alliancekit.pipeline.forecast.Forecast;
import org.alliancekit.pipeline.forecast.ForecastFigures;
import org.alliancekit.pipeline.forecast.Forecaster;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Runs the README's pipeline sample and checks that the README still shows exactly this code. */
class ReadmeTest {

  @Test
  void pipelineSampleRuns() {
    // readme-sample:pipeline:begin
    StageModel coSell = StageModels.coSell();
    Opportunity bank =
        Opportunity.builder()
            .id(OpportunityId.of("o-1"))
            .account(Account.of(AccountId.of("bank"), "Big Bank"))
            .name("Core banking on the platform")
            .amount(Money.of(100_000, "EUR"))
            .stage(coSell.get("Committed")) // probability 0.9
            .created(LocalDate.of(2026, 1, 12))
            .expectedClose(LocalDate.of(2026, 5, 29))
            .owner(PartnerId.of("globex"))
            .origin(Origin.PARTNER_SOURCED)
            .addInvolvements(Involvement.of(PartnerId.of("acme"), InvolvementRole.ORIGINATOR))
            .build();
    Opportunity retailer =
        bank.withId(OpportunityId.of("o-2"))
            .withAccount(Account.of(AccountId.of("shop"), "Big Shop"))
            .withAmount(Money.of(50_000, "USD"))
            .withStage(coSell.get("Qualified")); // probability 0.2

    // Summed per currency exactly, then converted once per currency at the caller's rates.
    Forecast forecast = Forecaster.standard().total(List.of(bank, retailer));
    CurrencyUnit eur = Monetary.getCurrency("EUR");
    ConversionRates rates =
        ConversionRates.to(eur, Map.of(Monetary.getCurrency("USD"), new BigDecimal("0.90")));
    ForecastFigures inEuros = forecast.convertedTo(eur, rates);
    MonetaryAmount weighted =
        inEuros.weighted(); // 0.9 x 100,000 + 0.2 x 50,000 x 0.90 = EUR 99,000
    // readme-sample:pipeline:end

    assertEquals(Money.of(99_000, "EUR"), weighted);
    assertEquals(Money.of(145_000, "EUR"), inEuros.open());
  }

  @Test
  void readmeShowsThePipelineSample() throws IOException {
    assertEquals(
        sample(Path.of("src/test/java/org/alliancekit/pipeline/ReadmeTest.java")),
        sample(Path.of("../README.md")));
  }

  private static String sample(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int from = text.indexOf('\n', text.indexOf("readme-sample:pipeline:begin")) + 1;
    int to = text.lastIndexOf('\n', text.indexOf("readme-sample:pipeline:end"));
    String block = text.substring(from, to).replace("```java\n", "").replace("\n```", "");
    return block.stripIndent().strip();
  }
}
