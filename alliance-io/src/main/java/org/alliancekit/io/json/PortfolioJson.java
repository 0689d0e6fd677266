package org.alliancekit.io.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.portfolio.RecordProblem;
import org.alliancekit.model.portfolio.Section;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.venture.JointVenture;
import org.apiguardian.api.API;

/**
 * Reads and writes a whole {@link AlliancePortfolio} as one JSON document, record by record: a bad
 * record does not spoil the document. The document is the object {@link AllianceJson} writes for
 * the portfolio ({@code host}, one array per {@link Section}, {@code rates}).
 *
 * <p>Each problem is located as {@link Problem#inFile(String, long, String, ProblemKind, String) in
 * the document}: the file is the document's name, the line the line the record starts on, and the
 * column the record's JSON pointer, such as {@code /leads/3} or {@code
 * /leads/3/convertedOpportunity}. A record that is not valid JSON of its type, or breaks a rule of
 * its own type, is reported and left out; a property the format does not know is a warning ({@link
 * ProblemKind#UNKNOWN_COLUMN}); text that is not JSON at all ends the reading with one problem. The
 * rules that span records ({@link AlliancePortfolio#problems()}) are reported at the record at
 * fault, which is kept, as the portfolio keeps it.
 *
 * <p>Stateless; the writer writes exactly what {@link AllianceJson#toJson} writes, so that writing
 * and reading a portfolio gives it back equal.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PortfolioJson {
  /** Reads records one by one from a stream, so a record is followed by more of the document. */
  private static final ObjectMapper MAPPER =
      AllianceJson.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private static final ImmutableMap<String, Section> SECTIONS;

  static {
    ImmutableMap.Builder<String, Section> sections = ImmutableMap.builder();
    for (Section section : Section.values()) {
      sections.put(section.property(), section);
    }
    SECTIONS = sections.buildOrThrow();
  }

  private static final ImmutableMap<Section, Class<?>> TYPES =
      ImmutableMap.<Section, Class<?>>builder()
          .put(Section.PARTNERS, Partner.class)
          .put(Section.ACCOUNTS, Account.class)
          .put(Section.RELATIONSHIPS, Relationship.class)
          .put(Section.ASSESSMENTS, Assessment.class)
          .put(Section.OPPORTUNITIES, Opportunity.class)
          .put(Section.LEADS, Lead.class)
          .put(Section.SOLUTIONS, Solution.class)
          .put(Section.REGISTRATIONS, Registration.class)
          .put(Section.VENTURES, JointVenture.class)
          .put(Section.NETWORKS, PartnerNetwork.class)
          .put(Section.REVENUES, PeriodRevenue.class)
          .put(Section.TIERS, ProgrammeTier.class)
          .put(Section.PARTNER_TIERS, PartnerTier.class)
          .put(Section.INCENTIVES, Incentive.class)
          .put(Section.SOLUTION_NEEDS, SolutionNeed.class)
          .put(Section.PLANS, BusinessPlan.class)
          .put(Section.BUDGETS, MarketingBudget.class)
          .put(Section.FUND_REQUESTS, FundRequest.class)
          .put(Section.FUND_CLAIMS, FundClaim.class)
          .put(Section.CAMPAIGNS, Campaign.class)
          .put(Section.SURVEYS, MindShareSurvey.class)
          .buildOrThrow();

  private PortfolioJson() {}

  /**
   * What a document gave: the portfolio of its good records, when the document names a host, and
   * every problem in document order.
   *
   * <p>Immutable and thread-safe.
   *
   * @param portfolio the portfolio; empty when the document is not JSON or names no valid host
   * @param problems the problems met, errors and warnings
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Result(Optional<AlliancePortfolio> portfolio, ImmutableList<Problem> problems) {
    /** Checks that the values are present. */
    public Result {
      checkNotNull(portfolio, "portfolio");
      checkNotNull(problems, "problems");
    }
  }

  /**
   * Writes the portfolio as one JSON document to {@code out}, which is flushed and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(Writer out, AlliancePortfolio portfolio) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(portfolio, "portfolio");
    out.write(AllianceJson.toJson(portfolio));
    out.flush();
  }

  /** Reads a document; the reader is left open, {@code document} names it in problems. */
  public static Result read(Reader in, String document) {
    checkNotNull(in, "in");
    checkNotNull(document, "document");
    List<Problem> problems = new ArrayList<>();
    Map<Section, List<Object>> records = new EnumMap<>(Section.class);
    Map<Section, List<Long>> lines = new EnumMap<>(Section.class);
    Optional<PartnerId> host = Optional.empty();
    ExchangeRates rates = ExchangeRates.empty();
    try (JsonParser parser = MAPPER.createParser(in)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        problems.add(at(document, parser, "", ProblemKind.MALFORMED_ROW, "not a JSON object"));
        return new Result(Optional.empty(), ImmutableList.copyOf(problems));
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        String pointer = "/" + name;
        if (name.equals("host")) {
          host = read(parser, PartnerId.class, document, pointer, problems);
        } else if (name.equals("rates")) {
          rates = read(parser, ExchangeRates.class, document, pointer, problems).orElse(rates);
        } else if (SECTIONS.containsKey(name) && value == JsonToken.START_ARRAY) {
          Section section = SECTIONS.get(name);
          List<Object> values = records.computeIfAbsent(section, s -> new ArrayList<>());
          List<Long> at = lines.computeIfAbsent(section, s -> new ArrayList<>());
          int index = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = parser.currentTokenLocation().getLineNr();
            Optional<?> record =
                read(parser, TYPES.get(section), document, pointer + "/" + index, problems);
            if (record.isPresent()) {
              values.add(record.get());
              at.add(line);
            }
            index++;
          }
        } else if (SECTIONS.containsKey(name)) {
          problems.add(
              at(document, parser, pointer, ProblemKind.INVALID_VALUE, name + " must be an array"));
          parser.skipChildren();
        } else {
          problems.add(
              at(
                  document,
                  parser,
                  pointer,
                  ProblemKind.UNKNOWN_COLUMN,
                  "unknown property '" + name + "' is ignored"));
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      problems.add(
          Problem.inFile(
              document,
              0,
              "",
              ProblemKind.UNREADABLE_FILE,
              "document is not JSON, reading stopped: " + e.getMessage()));
      return new Result(Optional.empty(), ImmutableList.copyOf(problems));
    }
    if (host.isEmpty()) {
      problems.add(
          Problem.inFile(document, 0, "/host", ProblemKind.MISSING_VALUE, "host is missing"));
      return new Result(Optional.empty(), ImmutableList.copyOf(problems));
    }
    AlliancePortfolio portfolio = build(host.get(), records, rates);
    for (RecordProblem problem : portfolio.problems()) {
      List<Long> sectionLines = lines.getOrDefault(problem.section(), List.of());
      long line = problem.index() < sectionLines.size() ? sectionLines.get(problem.index()) : 0;
      problems.add(
          Problem.inFile(document, line, problem.pointer(), problem.kind(), problem.message()));
    }
    return new Result(Optional.of(portfolio), ImmutableList.copyOf(problems));
  }

  private static <T> Optional<T> read(
      JsonParser parser, Class<T> type, String document, String pointer, List<Problem> problems)
      throws IOException {
    long line = parser.currentTokenLocation().getLineNr();
    JsonNode node = parser.readValueAsTree();
    try {
      return Optional.of(MAPPER.treeToValue(node, type));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      problems.add(Problem.inFile(document, line, pointer, ProblemKind.INVALID_VALUE, message(e)));
      return Optional.empty();
    }
  }

  private static String message(Exception e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }

  private static Problem at(
      String document, JsonParser parser, String pointer, ProblemKind kind, String message) {
    return Problem.inFile(
        document, parser.currentTokenLocation().getLineNr(), pointer, kind, message);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Map<Section, List<Object>> records, Section section) {
    return (List<T>) (List<?>) records.getOrDefault(section, List.of());
  }

  private static AlliancePortfolio build(
      PartnerId host, Map<Section, List<Object>> records, ExchangeRates rates) {
    return AlliancePortfolio.builder()
        .host(host)
        .partners(PortfolioJson.<Partner>list(records, Section.PARTNERS))
        .accounts(PortfolioJson.<Account>list(records, Section.ACCOUNTS))
        .relationships(PortfolioJson.<Relationship>list(records, Section.RELATIONSHIPS))
        .assessments(PortfolioJson.<Assessment>list(records, Section.ASSESSMENTS))
        .opportunities(PortfolioJson.<Opportunity>list(records, Section.OPPORTUNITIES))
        .leads(PortfolioJson.<Lead>list(records, Section.LEADS))
        .solutions(PortfolioJson.<Solution>list(records, Section.SOLUTIONS))
        .registrations(PortfolioJson.<Registration>list(records, Section.REGISTRATIONS))
        .ventures(PortfolioJson.<JointVenture>list(records, Section.VENTURES))
        .networks(PortfolioJson.<PartnerNetwork>list(records, Section.NETWORKS))
        .revenues(PortfolioJson.<PeriodRevenue>list(records, Section.REVENUES))
        .tiers(PortfolioJson.<ProgrammeTier>list(records, Section.TIERS))
        .partnerTiers(PortfolioJson.<PartnerTier>list(records, Section.PARTNER_TIERS))
        .incentives(PortfolioJson.<Incentive>list(records, Section.INCENTIVES))
        .solutionNeeds(PortfolioJson.<SolutionNeed>list(records, Section.SOLUTION_NEEDS))
        .plans(PortfolioJson.<BusinessPlan>list(records, Section.PLANS))
        .budgets(PortfolioJson.<MarketingBudget>list(records, Section.BUDGETS))
        .fundRequests(PortfolioJson.<FundRequest>list(records, Section.FUND_REQUESTS))
        .fundClaims(PortfolioJson.<FundClaim>list(records, Section.FUND_CLAIMS))
        .campaigns(PortfolioJson.<Campaign>list(records, Section.CAMPAIGNS))
        .surveys(PortfolioJson.<MindShareSurvey>list(records, Section.SURVEYS))
        .rates(rates)
        .build();
  }
}
