package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.alliancekit.io.CampaignMemberRow;
import org.alliancekit.io.CommitmentRow;
import org.alliancekit.io.CompetencyRow;
import org.alliancekit.io.ContactRow;
import org.alliancekit.io.ExpectedSpendRow;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.ReadProgress;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.RelationshipRow;
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
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.portfolio.Section;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.apiguardian.api.API;

/**
 * Reads a portfolio folder into {@link PortfolioData}: the required {@value PartnersCsv#FILE_NAME}
 * and {@value RelationshipsCsv#FILE_NAME}, and any of the optional {@value
 * CompetenciesCsv#FILE_NAME}, {@value CommitmentsCsv#FILE_NAME}, {@value AssessmentsCsv#FILE_NAME},
 * {@value AccountsCsv#FILE_NAME}, {@value SolutionsCsv#FILE_NAME}, {@value
 * OpportunitiesCsv#OPPORTUNITIES_FILE_NAME}, {@value OpportunitiesCsv#INVOLVEMENTS_FILE_NAME},
 * {@value StageHistoryCsv#FILE_NAME}, {@value ExpectedSpendCsv#FILE_NAME}, {@value
 * LeadsCsv#FILE_NAME}, {@value ContactsCsv#FILE_NAME}, {@value RegistrationsCsv#FILE_NAME}, {@value
 * NetworksCsv#FILE_NAME}, {@value RevenuesCsv#FILE_NAME}, {@value TiersCsv#FILE_NAME}, {@value
 * PartnerTiersCsv#FILE_NAME}, {@value IncentivesCsv#FILE_NAME}, {@value
 * SolutionNeedsCsv#FILE_NAME}, {@value PlansCsv#FILE_NAME}, {@value BudgetsCsv#FILE_NAME}, {@value
 * CampaignsCsv#FILE_NAME}, {@value CampaignMembersCsv#FILE_NAME}, {@value
 * FundRequestsCsv#FILE_NAME}, {@value FundClaimsCsv#FILE_NAME}, {@value SurveysCsv#FILE_NAME} and
 * {@value RatesCsv#FILE_NAME}. Each file's columns are described by its class; a missing optional
 * file reads as a file without rows.
 *
 * <p><b>The CSV rules every file follows.</b> Files are UTF-8; a leading byte order mark is
 * skipped. The first row names the columns, matched ignoring case and surrounding whitespace, in
 * any order. A column the format does not know is reported as a warning ({@link
 * ProblemKind#UNKNOWN_COLUMN}) and ignored; a missing required column is a file-level error and the
 * file is not read. Values follow RFC 4180 quoting; ids, codes, numbers, dates and enumerated
 * values have surrounding whitespace removed, names are kept as written. Enumerated values are the
 * Java constant names, matched ignoring case; dates are ISO-8601; amounts are plain decimals in the
 * row's currency. A single quote in front of {@code = + - @}, a tab, a carriage return or another
 * single quote is removed (it is the formula escape of {@link CsvTableWriter}). Blank rows are
 * skipped.
 *
 * <p><b>Bad rows.</b> Reading never stops at a bad row. A row with any error is left out and each
 * of its errors is reported as an {@link Problem} with the file, the line, the column and the
 * reason; every other row is read. Only a CSV syntax error (a broken quote) ends a file early,
 * since the rest cannot be split into rows reliably.
 *
 * <p><b>Across files.</b> The rows of {@value CompetenciesCsv#FILE_NAME}, {@value
 * CommitmentsCsv#FILE_NAME}, {@value StageHistoryCsv#FILE_NAME}, {@value
 * ExpectedSpendCsv#FILE_NAME}, {@value ContactsCsv#FILE_NAME} and {@value
 * CampaignMembersCsv#FILE_NAME} are put into their partner, relationship, opportunity, lead and
 * campaign; a row whose record is missing, or that breaks a rule of the record, is reported at its
 * own line and left out. Then the rules of {@link
 * org.alliancekit.model.portfolio.AlliancePortfolio#problems()} are applied: a record that names a
 * party, relationship, opportunity or solution that is not there, repeats an id, has another host
 * or books revenue for months already booked is reported at its line and column and left out, and
 * the rules run again on what is left (so an assessment of a relationship left out is reported
 * too). A reference into a file that could not be read at all is not reported, so that one broken
 * file does not turn every row of the others into a problem. A missing required file is reported at
 * line 0.
 *
 * <p>Problems are listed file by file in the order above, by line within a file. Immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class PortfolioReader {
  private static final ImmutableList<String> FILES =
      ImmutableList.of(
          PartnersCsv.FILE_NAME,
          CompetenciesCsv.FILE_NAME,
          RelationshipsCsv.FILE_NAME,
          CommitmentsCsv.FILE_NAME,
          AssessmentsCsv.FILE_NAME,
          AccountsCsv.FILE_NAME,
          SolutionsCsv.FILE_NAME,
          OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
          OpportunitiesCsv.INVOLVEMENTS_FILE_NAME,
          StageHistoryCsv.FILE_NAME,
          ExpectedSpendCsv.FILE_NAME,
          LeadsCsv.FILE_NAME,
          ContactsCsv.FILE_NAME,
          RegistrationsCsv.FILE_NAME,
          NetworksCsv.FILE_NAME,
          RevenuesCsv.FILE_NAME,
          TiersCsv.FILE_NAME,
          PartnerTiersCsv.FILE_NAME,
          IncentivesCsv.FILE_NAME,
          SolutionNeedsCsv.FILE_NAME,
          PlansCsv.FILE_NAME,
          BudgetsCsv.FILE_NAME,
          CampaignsCsv.FILE_NAME,
          CampaignMembersCsv.FILE_NAME,
          FundRequestsCsv.FILE_NAME,
          FundClaimsCsv.FILE_NAME,
          SurveysCsv.FILE_NAME,
          RatesCsv.FILE_NAME);

  private static final PortfolioReader CO_SELL = new PortfolioReader(StageModels.coSell());

  private final StageModel stages;

  private PortfolioReader(StageModel stages) {
    this.stages = stages;
  }

  /** Returns a reader whose opportunity stages are those of {@link StageModels#coSell()}. */
  public static PortfolioReader standard() {
    return CO_SELL;
  }

  /** Returns a reader whose opportunity stages are named after the given stage model. */
  public static PortfolioReader of(StageModel stages) {
    return new PortfolioReader(checkNotNull(stages, "stages"));
  }

  /** The stage model opportunity stages are looked up in. */
  public StageModel stages() {
    return stages;
  }

  /**
   * Where the files of a portfolio come from: a folder, resources bundled with an application, or
   * anything else that can open a file by name.
   */
  @API(status = STABLE, since = "0.1")
  @FunctionalInterface
  public interface Source {
    /**
     * Opens the file with the given name for reading, or returns empty when there is no such file.
     * The caller closes the reader.
     *
     * @throws IOException if the file exists but cannot be opened
     */
    Optional<Reader> open(String fileName) throws IOException;

    /** Returns the source of the files in a folder, read as UTF-8. */
    static Source directory(Path directory) {
      checkNotNull(directory, "directory");
      return fileName -> {
        Path file = directory.resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(CsvTable.open(file)) : Optional.empty();
      };
    }
  }

  /** Reads the portfolio in the given folder. */
  public PortfolioData read(Path directory) {
    return read(Source.directory(directory));
  }

  /** Reads the portfolio whose files the source opens. */
  public PortfolioData read(Source source) {
    return read(source, ReadProgress.NONE);
  }

  /**
   * Reads the portfolio whose files the source opens, telling {@code progress} how many lines have
   * been read as the files are read. The data and its problems are those of {@link #read(Source)}.
   */
  public PortfolioData read(Source source, ReadProgress progress) {
    checkNotNull(source, "source");
    checkNotNull(progress, "progress");
    if (progress == ReadProgress.NONE) {
      return readAll(source);
    }
    CountingReader.Count count = new CountingReader.Count(progress);
    return readAll(fileName -> source.open(fileName).map(in -> count.count(in, fileName)));
  }

  private PortfolioData readAll(Source files) {
    // One table of shared values for all files: each id text gives one id object in the result.
    SharedValues shared = new SharedValues();
    Source source = fileName -> files.open(fileName).map(in -> SharedValues.carrying(in, shared));
    List<Problem> problems = new ArrayList<>();
    ReadResult<PartnerRow> partners =
        readRequired(source, PartnersCsv.FILE_NAME, problems, PartnersCsv::read);
    ReadResult<CompetencyRow> competencies =
        readOptional(source, CompetenciesCsv.FILE_NAME, problems, CompetenciesCsv::read);
    ReadResult<RelationshipRow> relationships =
        readRequired(source, RelationshipsCsv.FILE_NAME, problems, RelationshipsCsv::read);
    ReadResult<CommitmentRow> commitments =
        readOptional(source, CommitmentsCsv.FILE_NAME, problems, CommitmentsCsv::read);
    ReadResult<Assessment> assessments =
        readOptional(source, AssessmentsCsv.FILE_NAME, problems, AssessmentsCsv::read);
    ReadResult<Account> accounts =
        readOptional(source, AccountsCsv.FILE_NAME, problems, AccountsCsv::read);
    ReadResult<Solution> solutions =
        readOptional(source, SolutionsCsv.FILE_NAME, problems, SolutionsCsv::read);
    // The stage history first, so that each opportunity is built once, with its history.
    StageHistories history = new StageHistories();
    readOptional(
        source,
        StageHistoryCsv.FILE_NAME,
        problems,
        (in, file) -> StageHistoryCsv.readInto(in, file, stages, history));
    ReadResult<Opportunity> opportunities = readOpportunities(source, solutions, history, problems);
    history.reportUnattached(problems);
    ReadResult<ExpectedSpendRow> spend =
        readOptional(source, ExpectedSpendCsv.FILE_NAME, problems, ExpectedSpendCsv::read);
    ReadResult<Lead> leads = readOptional(source, LeadsCsv.FILE_NAME, problems, LeadsCsv::read);
    ReadResult<ContactRow> contacts =
        readOptional(source, ContactsCsv.FILE_NAME, problems, ContactsCsv::read);
    ReadResult<Registration> registrations =
        readOptional(source, RegistrationsCsv.FILE_NAME, problems, RegistrationsCsv::read);
    ReadResult<PartnerNetwork> networks =
        readOptional(source, NetworksCsv.FILE_NAME, problems, NetworksCsv::read);
    ReadResult<PeriodRevenue> revenues =
        readOptional(source, RevenuesCsv.FILE_NAME, problems, RevenuesCsv::read);
    ReadResult<ProgrammeTier> tiers =
        readOptional(source, TiersCsv.FILE_NAME, problems, TiersCsv::read);
    ReadResult<PartnerTier> partnerTiers =
        readOptional(source, PartnerTiersCsv.FILE_NAME, problems, PartnerTiersCsv::read);
    ReadResult<Incentive> incentives =
        readOptional(source, IncentivesCsv.FILE_NAME, problems, IncentivesCsv::read);
    ReadResult<SolutionNeed> solutionNeeds =
        readOptional(source, SolutionNeedsCsv.FILE_NAME, problems, SolutionNeedsCsv::read);
    ReadResult<BusinessPlan> plans =
        readOptional(source, PlansCsv.FILE_NAME, problems, PlansCsv::read);
    ReadResult<MarketingBudget> budgets =
        readOptional(source, BudgetsCsv.FILE_NAME, problems, BudgetsCsv::read);
    ReadResult<Campaign> campaigns =
        readOptional(source, CampaignsCsv.FILE_NAME, problems, CampaignsCsv::read);
    ReadResult<CampaignMemberRow> members =
        readOptional(source, CampaignMembersCsv.FILE_NAME, problems, CampaignMembersCsv::read);
    ReadResult<FundRequest> requests =
        readOptional(source, FundRequestsCsv.FILE_NAME, problems, FundRequestsCsv::read);
    ReadResult<FundClaim> claims =
        readOptional(source, FundClaimsCsv.FILE_NAME, problems, FundClaimsCsv::read);
    ReadResult<MindShareSurvey> surveys =
        readOptional(source, SurveysCsv.FILE_NAME, problems, SurveysCsv::read);
    ExchangeRates rates =
        ExchangeRates.of(
            readOptional(source, RatesCsv.FILE_NAME, problems, RatesCsv::read).values());

    PortfolioData read =
        PortfolioData.builder()
            .partners(Joins.competencies(partners.values(), competencies, problems))
            .relationships(Joins.commitments(relationships.values(), commitments, problems))
            .assessments(assessments.values())
            .opportunities(
                Joins.opportunityContacts(
                    Joins.expectedSpend(opportunities.values(), spend, problems),
                    contacts,
                    problems))
            .accounts(accounts.values())
            .leads(Joins.leadContacts(leads.values(), contacts, problems))
            .solutions(solutions.values())
            .registrations(registrations.values())
            .networks(networks.values())
            .revenues(revenues.values())
            .tiers(tiers.values())
            .partnerTiers(partnerTiers.values())
            .incentives(incentives.values())
            .solutionNeeds(solutionNeeds.values())
            .plans(plans.values())
            .budgets(budgets.values())
            .fundRequests(requests.values())
            .fundClaims(claims.values())
            .campaigns(Joins.campaignMembers(campaigns.values(), members, problems))
            .surveys(surveys.values())
            .rates(rates)
            .build();
    Map<Section, CrossFileChecks.Source> sources = new EnumMap<>(Section.class);
    sources.put(Section.PARTNERS, source(PartnersCsv.FILE_NAME, partners));
    sources.put(Section.RELATIONSHIPS, source(RelationshipsCsv.FILE_NAME, relationships));
    sources.put(Section.ASSESSMENTS, source(AssessmentsCsv.FILE_NAME, assessments));
    sources.put(
        Section.OPPORTUNITIES, source(OpportunitiesCsv.OPPORTUNITIES_FILE_NAME, opportunities));
    sources.put(Section.ACCOUNTS, source(AccountsCsv.FILE_NAME, accounts));
    sources.put(Section.SOLUTIONS, source(SolutionsCsv.FILE_NAME, solutions));
    sources.put(Section.LEADS, source(LeadsCsv.FILE_NAME, leads));
    sources.put(Section.REGISTRATIONS, source(RegistrationsCsv.FILE_NAME, registrations));
    sources.put(Section.NETWORKS, source(NetworksCsv.FILE_NAME, networks));
    sources.put(Section.REVENUES, source(RevenuesCsv.FILE_NAME, revenues));
    sources.put(Section.TIERS, source(TiersCsv.FILE_NAME, tiers));
    sources.put(Section.PARTNER_TIERS, source(PartnerTiersCsv.FILE_NAME, partnerTiers));
    sources.put(Section.INCENTIVES, source(IncentivesCsv.FILE_NAME, incentives));
    sources.put(Section.SOLUTION_NEEDS, source(SolutionNeedsCsv.FILE_NAME, solutionNeeds));
    sources.put(Section.PLANS, source(PlansCsv.FILE_NAME, plans));
    sources.put(Section.BUDGETS, source(BudgetsCsv.FILE_NAME, budgets));
    sources.put(Section.FUND_REQUESTS, source(FundRequestsCsv.FILE_NAME, requests));
    sources.put(Section.FUND_CLAIMS, source(FundClaimsCsv.FILE_NAME, claims));
    sources.put(Section.CAMPAIGNS, source(CampaignsCsv.FILE_NAME, campaigns));
    sources.put(Section.SURVEYS, source(SurveysCsv.FILE_NAME, surveys));
    PortfolioData checked = CrossFileChecks.check(read, sources, problems);
    problems.sort(
        Comparator.comparingInt((Problem problem) -> fileOrder(problem.file()))
            .thenComparingLong(Problem::line));
    return checked.withProblems(problems);
  }

  private static CrossFileChecks.Source source(String file, ReadResult<?> result) {
    return new CrossFileChecks.Source(file, result.lines(), isUsable(result));
  }

  /** Whether a file was read at all: it gave values, or it had no file-level error. */
  private static boolean isUsable(ReadResult<?> result) {
    return !result.values().isEmpty()
        || result.problems().stream()
            .noneMatch(
                problem ->
                    problem.kind() == ProblemKind.UNREADABLE_FILE
                        || problem.kind() == ProblemKind.MISSING_COLUMN
                        || problem.kind() == ProblemKind.DUPLICATE_COLUMN);
  }

  private static int fileOrder(String file) {
    int index = FILES.indexOf(file);
    return index < 0 ? FILES.size() : index;
  }

  /** Reads an optional file: without it, no values and no problem. */
  private static <T> ReadResult<T> readOptional(
      Source source,
      String fileName,
      List<Problem> problems,
      BiFunction<Reader, String, ReadResult<T>> reader) {
    return read(source, fileName, false, problems, reader);
  }

  /** Reads a required file: without it, no values and a problem at line 0. */
  private static <T> ReadResult<T> readRequired(
      Source source,
      String fileName,
      List<Problem> problems,
      BiFunction<Reader, String, ReadResult<T>> reader) {
    return read(source, fileName, true, problems, reader);
  }

  private static <T> ReadResult<T> read(
      Source source,
      String fileName,
      boolean required,
      List<Problem> problems,
      BiFunction<Reader, String, ReadResult<T>> reader) {
    ReadResult<T> result;
    Optional<Reader> in = Optional.empty();
    try {
      in = source.open(fileName);
      if (in.isPresent()) {
        result = reader.apply(in.get(), fileName);
      } else if (required) {
        result = ReadResult.failed(ImmutableList.of(missing(fileName)));
      } else {
        result = ReadResult.of(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
      }
    } catch (IOException e) {
      result = ReadResult.failed(ImmutableList.of(unreadable(fileName, e)));
    } finally {
      closeQuietly(in);
    }
    problems.addAll(result.problems());
    return result;
  }

  private ReadResult<Opportunity> readOpportunities(
      Source source,
      ReadResult<Solution> solutions,
      StageHistories history,
      List<Problem> problems) {
    String opportunitiesFile = OpportunitiesCsv.OPPORTUNITIES_FILE_NAME;
    String involvementsFile = OpportunitiesCsv.INVOLVEMENTS_FILE_NAME;
    Optional<Reader> opportunities = Optional.empty();
    Optional<Reader> involvements = Optional.empty();
    try {
      opportunities =
          open(source, opportunitiesFile, OpportunitiesCsv.OPPORTUNITY_COLUMNS, problems);
      involvements = open(source, involvementsFile, OpportunitiesCsv.INVOLVEMENT_COLUMNS, problems);
      ReadResult<Opportunity> result =
          OpportunitiesCsv.read(
              opportunities.orElseThrow(),
              opportunitiesFile,
              involvements.orElseThrow(),
              involvementsFile,
              stages,
              solutions.values().stream()
                  .collect(
                      ImmutableMap.toImmutableMap(
                          Solution::id, solution -> solution, (first, second) -> first)),
              history,
              problems);
      problems.addAll(result.problems());
      return result;
    } finally {
      closeQuietly(opportunities);
      closeQuietly(involvements);
    }
  }

  /**
   * Opens an optional file; a missing one is read as a header without rows, an unreadable one is
   * reported and read the same way.
   */
  private static Optional<Reader> open(
      Source source, String fileName, List<String> columns, List<Problem> problems) {
    try {
      Optional<Reader> in = source.open(fileName);
      if (in.isPresent()) {
        return in;
      }
    } catch (IOException e) {
      problems.add(unreadable(fileName, e));
    }
    return Optional.of(new StringReader(String.join(",", columns)));
  }

  private static void closeQuietly(Optional<Reader> reader) {
    reader.ifPresent(
        in -> {
          try {
            in.close();
          } catch (IOException e) {
            // Everything was read; a failure to close changes nothing in the result.
          }
        });
  }

  private static Problem missing(String fileName) {
    return Problem.inFile(
        fileName, ProblemKind.UNREADABLE_FILE, "file " + fileName + " is missing");
  }

  private static Problem unreadable(String fileName, IOException e) {
    return Problem.inFile(
        fileName,
        ProblemKind.UNREADABLE_FILE,
        "file " + fileName + " cannot be read: " + e.getMessage());
  }
}
