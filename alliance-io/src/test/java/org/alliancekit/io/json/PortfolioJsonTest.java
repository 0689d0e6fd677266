package org.alliancekit.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.junit.jupiter.api.Test;

class PortfolioJsonTest {
  private static PortfolioJson.Result read(String json) {
    return PortfolioJson.read(new StringReader(json), "portfolio.json");
  }

  @Test
  void aPortfolioWrittenAndReadIsEqual() throws Exception {
    AlliancePortfolio portfolio = Samples.portfolio();
    StringWriter out = new StringWriter();
    PortfolioJson.write(out, portfolio);
    PortfolioJson.Result back = read(out.toString());
    assertEquals(List.of(), back.problems());
    assertEquals(Optional.of(portfolio), back.portfolio());
  }

  @Test
  void reportsEachBadRecordByLineAndPointerAndKeepsTheOthers() {
    String json =
        String.join(
            "\n",
            "{\"host\": \"hq\",", // 1
            " \"partners\": [", // 2
            "  {\"id\": \"hq\", \"name\": \"HQ\", \"kinds\": [\"ISV\"]},", // 3
            "  {\"id\": \"acme\", \"name\": \"\", \"kinds\": [\"ISV\"]},", // 4: blank name
            "  {\"id\": \"globex\", \"name\": \"Globex\", \"kinds\": [\"ISV\"]}],", // 5
            " \"leads\": [", // 6
            "  {\"id\": \"l1\", \"account\": {\"id\": \"a\", \"name\": \"A\"}, \"source\":"
                + " \"globex\", \"received\": \"2026-01-05\", \"sharedWith\": [\"hq\"],"
                + " \"status\": \"CONVERTED\", \"convertedOpportunity\": \"o9\"}],", // 7
            " \"colour\": \"blue\"}"); // 8
    PortfolioJson.Result result = read(json);
    assertEquals(
        List.of(
            Problem.inFile(
                "portfolio.json",
                4,
                "/partners/1",
                ProblemKind.INVALID_VALUE,
                result.problems().get(0).message()),
            Problem.inFile(
                "portfolio.json",
                8,
                "/colour",
                ProblemKind.UNKNOWN_COLUMN,
                "unknown property 'colour' is ignored"),
            Problem.inFile(
                "portfolio.json",
                7,
                "/leads/0/convertedOpportunity",
                ProblemKind.UNKNOWN_REFERENCE,
                "lead l1 was converted to opportunity o9, which is not in the portfolio")),
        result.problems());
    assertEquals(
        List.of("hq", "globex"),
        result.portfolio().orElseThrow().partners().stream()
            .map(partner -> partner.id().value())
            .toList());
    assertEquals(1, result.portfolio().orElseThrow().leads().size());
  }

  @Test
  void textThatIsNotJsonIsOneProblem() {
    PortfolioJson.Result result = read("{\"host\": ");
    assertEquals(Optional.empty(), result.portfolio());
    assertEquals(ProblemKind.UNREADABLE_FILE, result.problems().get(0).kind());
  }

  @Test
  void aDocumentWithoutHostGivesNoPortfolio() {
    PortfolioJson.Result result = read("{\"partners\": []}");
    assertEquals(
        List.of(
            Problem.inFile(
                "portfolio.json", 0, "/host", ProblemKind.MISSING_VALUE, "host is missing")),
        result.problems());
  }
}
