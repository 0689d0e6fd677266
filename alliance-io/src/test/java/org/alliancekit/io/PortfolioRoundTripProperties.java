package org.alliancekit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.io.csv.PortfolioWriter;
import org.alliancekit.io.json.PortfolioJson;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.junit.jupiter.api.Test;

/** Every record a folder holds comes back equal, through the folder and through JSON. */
class PortfolioRoundTripProperties {
  @Provide
  Arbitrary<PortfolioData> portfolios() {
    return Arbitraries.longs().map(FolderPortfolios::generate);
  }

  @Test
  void theGeneratedPortfoliosHoldEveryKindOfRecord() {
    List<PortfolioData> generated =
        LongStream.range(0, 50).mapToObj(FolderPortfolios::generate).toList();
    List<Function<PortfolioData, List<?>>> lists =
        List.of(
            PortfolioData::partners,
            PortfolioData::relationships,
            PortfolioData::assessments,
            PortfolioData::opportunities,
            PortfolioData::accounts,
            PortfolioData::leads,
            PortfolioData::solutions,
            PortfolioData::registrations,
            PortfolioData::networks,
            PortfolioData::revenues,
            data -> data.rates().rates(),
            data ->
                data.partners().stream()
                    .flatMap(row -> row.partner().competencies().stream())
                    .toList(),
            data ->
                data.relationships().stream()
                    .flatMap(row -> row.relationship().commitments().stream())
                    .toList(),
            data ->
                data.opportunities().stream()
                    .flatMap(opportunity -> opportunity.stageHistory().stream())
                    .toList());
    for (int i = 0; i < lists.size(); i++) {
      Function<PortfolioData, List<?>> list = lists.get(i);
      assertTrue(
          generated.stream().anyMatch(data -> !list.apply(data).isEmpty()),
          "list " + i + " is empty in every generated portfolio");
    }
  }

  @Property(tries = 200)
  void aFolderWrittenAndReadGivesThePortfolioBack(@ForAll("portfolios") PortfolioData data)
      throws Exception {
    Map<String, StringWriter> files = new LinkedHashMap<>();
    PortfolioWriter.write(
        data,
        name -> {
          StringWriter out = new StringWriter();
          files.put(name, out);
          return (Writer) out;
        });
    PortfolioData back =
        PortfolioReader.standard()
            .read(
                name ->
                    Optional.ofNullable(files.get(name))
                        .map(out -> new StringReader(out.toString())));
    assertEquals(List.of(), back.problems());
    assertEquals(data, back);
    assertEquals(List.of(), data.portfolio().orElseThrow().problems());
  }

  @Property(tries = 200)
  void aPortfolioWrittenAsJsonAndReadIsEqual(@ForAll("portfolios") PortfolioData data)
      throws Exception {
    AlliancePortfolio portfolio = data.portfolio().orElseThrow();
    StringWriter out = new StringWriter();
    PortfolioJson.write(out, portfolio);
    PortfolioJson.Result back = PortfolioJson.read(new StringReader(out.toString()), "doc");
    assertEquals(List.of(), back.problems());
    assertEquals(Optional.of(portfolio), back.portfolio());
  }
}
