package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.ReadChecks.checkOneValuePerRow;
import static org.alliancekit.io.csv.ReadChecks.checkRoundTrip;
import static org.alliancekit.io.csv.ReadChecks.decode;
import static org.alliancekit.io.csv.ReadChecks.goodRows;
import static org.alliancekit.io.csv.ReadChecks.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.CommitmentRow;
import org.alliancekit.io.CompetencyRow;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.StageHistoryRow;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;

/**
 * Fuzz tests of the CSV readers. Each reads arbitrary bytes as a file (or, split at NUL bytes, as
 * several files) and checks the laws of {@link ReadChecks}: no exception escapes, every problem
 * lies inside the input, every data row is either read or reported as an error at its line, the
 * good rows in are the values out, and the values read are written and read back unchanged.
 *
 * <p>A normal build runs each test on the seeds under {@code CsvReadersFuzzTestInputs} in the test
 * resources (Jazzer's regression mode); the {@code fuzzing} profile fuzzes them.
 */
class CsvReadersFuzzTest {
  private static final PartnerId OTHER_PARTY = PartnerId.of("other");
  private static final ImmutableList<String> PORTFOLIO_FILES =
      ImmutableList.of(
          PartnersCsv.FILE_NAME,
          RelationshipsCsv.FILE_NAME,
          AssessmentsCsv.FILE_NAME,
          OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
          OpportunitiesCsv.INVOLVEMENTS_FILE_NAME,
          RatesCsv.FILE_NAME,
          CompetenciesCsv.FILE_NAME,
          CommitmentsCsv.FILE_NAME,
          AccountsCsv.FILE_NAME,
          SolutionsCsv.FILE_NAME,
          StageHistoryCsv.FILE_NAME,
          LeadsCsv.FILE_NAME,
          RegistrationsCsv.FILE_NAME,
          NetworksCsv.FILE_NAME,
          RevenuesCsv.FILE_NAME);

  /** The kinds of problem with which the rules across files leave a record out. */
  private static final ImmutableSet<ProblemKind> ACROSS_FILES =
      ImmutableSet.of(
          ProblemKind.UNKNOWN_REFERENCE, ProblemKind.INCONSISTENT, ProblemKind.DUPLICATE);

  @FuzzTest(maxDuration = "10m")
  void partners(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<PartnerRow> read = PartnersCsv.read(new StringReader(text), "p.csv");
    checkOneValuePerRow("p.csv", text, read);
    StringWriter out = new StringWriter();
    PartnersCsv.write(out, read.values());
    checkRoundTrip(read, PartnersCsv.read(new StringReader(out.toString()), "p.csv"));
  }

  @FuzzTest(maxDuration = "10m")
  void relationships(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<RelationshipRow> read = RelationshipsCsv.read(new StringReader(text), "r.csv");
    checkOneValuePerRow("r.csv", text, read);
    StringWriter out = new StringWriter();
    RelationshipsCsv.write(out, read.values());
    checkRoundTrip(read, RelationshipsCsv.read(new StringReader(out.toString()), "r.csv"));
  }

  @FuzzTest(maxDuration = "10m")
  void rates(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<ExchangeRate> read = RatesCsv.read(new StringReader(text), "x.csv");
    checkOneValuePerRow("x.csv", text, read);
    StringWriter out = new StringWriter();
    RatesCsv.write(out, ExchangeRates.of(read.values()));
    checkRoundTrip(read, RatesCsv.read(new StringReader(out.toString()), "x.csv"));
  }

  @FuzzTest(maxDuration = "10m")
  void assessments(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<Assessment> read = AssessmentsCsv.read(new StringReader(text), "a.csv");
    ImmutableList<Long> good = goodRows("a.csv", text, read.problems());
    // One rating per good row; each assessment at the line of its first good row.
    assertEquals(
        good.size(),
        read.values().stream().mapToInt(assessment -> assessment.ratings().size()).sum(),
        () -> "good rating rows in and ratings out differ; problems: " + read.problems());
    assertTrue(
        ReadChecks.rows(text).rows().containsAll(read.lines()),
        () -> "assessment lines " + read.lines());
    assertEquals(
        read.lines().stream().sorted().toList(), read.lines(), "assessments out of line order");
    StringWriter out = new StringWriter();
    AssessmentsCsv.write(out, read.values());
    checkRoundTrip(read, AssessmentsCsv.read(new StringReader(out.toString()), "a.csv"));
  }

  /** Opportunities and involvements: the bytes before the first NUL, and after it. */
  @FuzzTest(maxDuration = "10m")
  void opportunities(byte[] input) throws IOException {
    List<String> files = split(input, 2);
    String opportunities = files.get(0);
    String involvements = files.size() > 1 ? files.get(1) : "";
    ReadResult<Opportunity> read =
        OpportunitiesCsv.read(
            new StringReader(opportunities), "o.csv", new StringReader(involvements), "i.csv");
    ImmutableList<Long> goodOpportunities = goodRows("o.csv", opportunities, read.problems());
    ImmutableList<Long> goodInvolvements = goodRows("i.csv", involvements, read.problems());
    assertEquals(goodOpportunities, read.lines(), () -> "problems: " + read.problems());
    assertEquals(
        goodInvolvements.size(),
        read.values().stream().mapToInt(opportunity -> opportunity.involvements().size()).sum(),
        () -> "good involvement rows in and involvements out differ: " + read.problems());
    StringWriter opportunitiesOut = new StringWriter();
    StringWriter involvementsOut = new StringWriter();
    OpportunitiesCsv.writeOpportunities(opportunitiesOut, read.values());
    OpportunitiesCsv.writeInvolvements(involvementsOut, read.values());
    checkRoundTrip(
        read,
        OpportunitiesCsv.read(
            new StringReader(opportunitiesOut.toString()),
            "o.csv",
            new StringReader(involvementsOut.toString()),
            "i.csv"));
  }

  @FuzzTest(maxDuration = "10m")
  void accounts(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<Account> read = AccountsCsv.read(new StringReader(text), "ac.csv");
    checkOneValuePerRow("ac.csv", text, read);
    StringWriter out = new StringWriter();
    AccountsCsv.write(out, read.values());
    checkRoundTrip(read, AccountsCsv.read(new StringReader(out.toString()), "ac.csv"));
  }

  /** Each competency is written as the only one of a partner with its row's partner id. */
  @FuzzTest(maxDuration = "10m")
  void competencies(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<CompetencyRow> read = CompetenciesCsv.read(new StringReader(text), "cp.csv");
    checkOneValuePerRow("cp.csv", text, read);
    List<Partner> partners =
        read.values().stream()
            .map(
                row ->
                    Partner.builder()
                        .id(row.partner())
                        .name("Partner")
                        .addKinds(PartnerKind.ISV)
                        .addCompetencies(row.competency())
                        .build())
            .toList();
    StringWriter out = new StringWriter();
    CompetenciesCsv.write(out, partners);
    checkRoundTrip(read, CompetenciesCsv.read(new StringReader(out.toString()), "cp.csv"));
  }

  /**
   * Each commitment is written as the only one of a relationship with its row's relationship id,
   * whose host is the committed party.
   */
  @FuzzTest(maxDuration = "10m")
  void commitments(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<CommitmentRow> read = CommitmentsCsv.read(new StringReader(text), "cm.csv");
    checkOneValuePerRow("cm.csv", text, read);
    List<Relationship> relationships =
        read.values().stream()
            .map(
                row -> {
                  PartnerId party = row.commitment().party();
                  return Relationship.builder()
                      .id(row.relationship())
                      .host(party)
                      .partner(PartnerId.of(party.equals(OTHER_PARTY) ? "other-2" : "other"))
                      .motion(SellWith.of("platform", "implementation", true))
                      .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
                      .formality(Formality.quidProQuo(Period.ofYears(1)))
                      .start(LocalDate.of(2020, 1, 1))
                      .addCommitments(row.commitment())
                      .build();
                })
            .toList();
    StringWriter out = new StringWriter();
    CommitmentsCsv.write(out, relationships);
    checkRoundTrip(read, CommitmentsCsv.read(new StringReader(out.toString()), "cm.csv"));
  }

  /** One member per good row; each network at the line of its first row. */
  @FuzzTest(maxDuration = "10m")
  void networks(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<PartnerNetwork> read = NetworksCsv.read(new StringReader(text), "n.csv");
    ImmutableList<Long> good = goodRows("n.csv", text, read.problems());
    assertEquals(
        good.size(),
        read.values().stream().mapToInt(network -> network.members().size()).sum(),
        () -> "good member rows in and members out differ; problems: " + read.problems());
    checkLinesAmong(good, read);
    StringWriter out = new StringWriter();
    NetworksCsv.write(out, read.values());
    checkRoundTrip(read, NetworksCsv.read(new StringReader(out.toString()), "n.csv"));
  }

  @FuzzTest(maxDuration = "10m")
  void leads(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<Lead> read = LeadsCsv.read(new StringReader(text), "l.csv");
    checkOneValuePerRow("l.csv", text, read);
    StringWriter out = new StringWriter();
    LeadsCsv.write(out, read.values());
    checkRoundTrip(read, LeadsCsv.read(new StringReader(out.toString()), "l.csv"));
  }

  /** Each stage change is written as the whole history of an opportunity created that day. */
  @FuzzTest(maxDuration = "10m")
  void stageHistory(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<StageHistoryRow> read = StageHistoryCsv.read(new StringReader(text), "sh.csv");
    checkOneValuePerRow("sh.csv", text, read);
    List<Opportunity> opportunities =
        read.values().stream()
            .map(
                row ->
                    Opportunity.builder()
                        .id(row.opportunity())
                        .account(Account.of(AccountId.of("account"), "Account"))
                        .name("Opportunity")
                        .amount(Money.of(0, "EUR"))
                        .stage(row.change().stage())
                        .created(row.change().date())
                        .expectedClose(row.change().date())
                        .owner(OTHER_PARTY)
                        .addStageHistory(row.change())
                        .build())
            .toList();
    StringWriter out = new StringWriter();
    StageHistoryCsv.write(out, opportunities);
    checkRoundTrip(read, StageHistoryCsv.read(new StringReader(out.toString()), "sh.csv"));
  }

  @FuzzTest(maxDuration = "10m")
  void registrations(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<Registration> read = RegistrationsCsv.read(new StringReader(text), "rg.csv");
    checkOneValuePerRow("rg.csv", text, read);
    StringWriter out = new StringWriter();
    RegistrationsCsv.write(out, read.values());
    checkRoundTrip(read, RegistrationsCsv.read(new StringReader(out.toString()), "rg.csv"));
  }

  /**
   * Rows of a solution's contributor merge into one contribution, so a solution has at most one
   * contribution per good row; each solution at the line of its first row.
   */
  @FuzzTest(maxDuration = "10m")
  void solutions(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<Solution> read = SolutionsCsv.read(new StringReader(text), "s.csv");
    ImmutableList<Long> good = goodRows("s.csv", text, read.problems());
    assertTrue(
        read.values().stream().mapToInt(solution -> solution.contributions().size()).sum()
            <= good.size(),
        () -> "more contributions out than good rows in; problems: " + read.problems());
    checkLinesAmong(good, read);
    StringWriter out = new StringWriter();
    SolutionsCsv.write(out, read.values());
    checkRoundTrip(read, SolutionsCsv.read(new StringReader(out.toString()), "s.csv"));
  }

  @FuzzTest(maxDuration = "10m")
  void revenues(byte[] input) throws IOException {
    String text = decode(input);
    ReadResult<PeriodRevenue> read = RevenuesCsv.read(new StringReader(text), "rv.csv");
    checkOneValuePerRow("rv.csv", text, read);
    StringWriter out = new StringWriter();
    RevenuesCsv.write(out, read.values());
    checkRoundTrip(read, RevenuesCsv.read(new StringReader(out.toString()), "rv.csv"));
  }

  /** Checks that each value of a reader that groups rows lies at a good row, in line order. */
  private static void checkLinesAmong(List<Long> good, ReadResult<?> read) {
    assertTrue(good.containsAll(read.lines()), () -> "value lines " + read.lines());
    assertEquals(
        read.lines().stream().distinct().sorted().toList(),
        read.lines(),
        "values out of line order or twice at a line");
  }

  /**
   * A whole portfolio: the files in the order of {@link #PORTFOLIO_FILES}, separated by NUL bytes;
   * files after the last part are missing. Every value a single-file reader returns is either in
   * the portfolio or reported at its line as an unknown reference.
   */
  @FuzzTest(maxDuration = "10m")
  void portfolio(byte[] input) throws IOException {
    List<String> parts = split(input, PORTFOLIO_FILES.size());
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      files.put(PORTFOLIO_FILES.get(i), parts.get(i));
    }
    PortfolioData data = PortfolioReader.standard().read(source(files));
    for (Problem problem : data.problems()) {
      assertTrue(PORTFOLIO_FILES.contains(problem.file()), problem::toString);
      if (problem.line() == 0) {
        assertEquals(ProblemKind.UNREADABLE_FILE, problem.kind(), problem::toString);
        assertTrue(!files.containsKey(problem.file()), problem::toString);
      }
    }
    for (String file : files.keySet()) {
      goodRows(file, files.get(file), data.problems());
    }
    ReadResult<Solution> solutions =
        SolutionsCsv.read(reader(files, SolutionsCsv.FILE_NAME), SolutionsCsv.FILE_NAME);
    checkKeptOrReported(
        PartnersCsv.read(reader(files, PartnersCsv.FILE_NAME), PartnersCsv.FILE_NAME),
        data.partners().stream()
            .map(row -> new PartnerRow(row.partner().withCompetencies(), row.currency()))
            .toList(),
        data.problems(),
        PartnersCsv.FILE_NAME,
        files);
    checkKeptOrReported(
        RelationshipsCsv.read(
            reader(files, RelationshipsCsv.FILE_NAME), RelationshipsCsv.FILE_NAME),
        data.relationships().stream()
            .map(
                row ->
                    RelationshipRow.of(row.relationship().withCommitments(), row.allianceRevenue()))
            .toList(),
        data.problems(),
        RelationshipsCsv.FILE_NAME,
        files);
    checkKeptOrReported(
        AssessmentsCsv.read(reader(files, AssessmentsCsv.FILE_NAME), AssessmentsCsv.FILE_NAME),
        data.assessments(),
        data.problems(),
        AssessmentsCsv.FILE_NAME,
        files);
    checkKeptOrReported(
        OpportunitiesCsv.read(
            reader(
                files,
                OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
                OpportunitiesCsv.OPPORTUNITY_COLUMNS),
            OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
            reader(
                files,
                OpportunitiesCsv.INVOLVEMENTS_FILE_NAME,
                OpportunitiesCsv.INVOLVEMENT_COLUMNS),
            OpportunitiesCsv.INVOLVEMENTS_FILE_NAME,
            StageModels.coSell(),
            solutions.values().stream()
                .collect(
                    ImmutableMap.toImmutableMap(
                        Solution::id, solution -> solution, (first, second) -> first))),
        data.opportunities().stream().map(opportunity -> opportunity.withStageHistory()).toList(),
        data.problems(),
        OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
        files);
    checkKeptOrReported(
        AccountsCsv.read(reader(files, AccountsCsv.FILE_NAME), AccountsCsv.FILE_NAME),
        data.accounts(),
        data.problems(),
        AccountsCsv.FILE_NAME,
        files);
    checkKeptOrReported(
        solutions, data.solutions(), data.problems(), SolutionsCsv.FILE_NAME, files);
    checkKeptOrReported(
        LeadsCsv.read(reader(files, LeadsCsv.FILE_NAME), LeadsCsv.FILE_NAME),
        data.leads(),
        data.problems(),
        LeadsCsv.FILE_NAME,
        files);
    checkKeptOrReported(
        RegistrationsCsv.read(
            reader(files, RegistrationsCsv.FILE_NAME), RegistrationsCsv.FILE_NAME),
        data.registrations(),
        data.problems(),
        RegistrationsCsv.FILE_NAME,
        files);
    checkKeptOrReported(
        NetworksCsv.read(reader(files, NetworksCsv.FILE_NAME), NetworksCsv.FILE_NAME),
        data.networks(),
        data.problems(),
        NetworksCsv.FILE_NAME,
        files);
    checkKeptOrReported(
        RevenuesCsv.read(reader(files, RevenuesCsv.FILE_NAME), RevenuesCsv.FILE_NAME),
        data.revenues(),
        data.problems(),
        RevenuesCsv.FILE_NAME,
        files);
    if (files.containsKey(RatesCsv.FILE_NAME)) {
      assertEquals(
          ExchangeRates.of(
              RatesCsv.read(reader(files, RatesCsv.FILE_NAME), RatesCsv.FILE_NAME).values()),
          data.rates());
    } else {
      assertEquals(ExchangeRates.empty(), data.rates());
    }

    // A file that could not be read at all switches off the checks against it (see
    // PortfolioReader), so only a portfolio whose files were all read must read back clean.
    boolean everyFileRead =
        data.problems().stream()
            .noneMatch(
                problem ->
                    problem.kind() == ProblemKind.UNREADABLE_FILE
                        || problem.kind() == ProblemKind.MISSING_COLUMN
                        || problem.kind() == ProblemKind.DUPLICATE_COLUMN);
    if (!everyFileRead) {
      return;
    }
    Map<String, String> written = new HashMap<>();
    PortfolioWriter.write(
        data,
        name ->
            new StringWriter() {
              @Override
              public void close() {
                written.put(name, toString());
              }
            });
    PortfolioData again = PortfolioReader.standard().read(source(written));
    assertEquals(ImmutableList.of(), again.problems(), "portfolio written read back with problems");
    assertEquals(data.withProblems(ImmutableList.of()), again);
  }

  /**
   * Checks that each value the file's own reader returns is in the portfolio, or else reported in
   * the portfolio's problems at the value's line by a rule across files; and that the portfolio
   * holds nothing else.
   */
  private static <T> void checkKeptOrReported(
      ReadResult<T> alone,
      List<T> kept,
      List<Problem> problems,
      String file,
      Map<String, String> files) {
    if (!files.containsKey(file)) {
      assertEquals(ImmutableList.of(), kept, () -> "values of the missing file " + file);
      return;
    }
    ImmutableSet<Long> references =
        problems.stream()
            .filter(problem -> problem.file().equals(file) && ACROSS_FILES.contains(problem.kind()))
            .map(Problem::line)
            .collect(ImmutableSet.toImmutableSet());
    ImmutableList.Builder<T> expected = ImmutableList.builder();
    for (int i = 0; i < alone.values().size(); i++) {
      long line = alone.lines().get(i);
      if (kept.contains(alone.values().get(i))) {
        expected.add(alone.values().get(i));
      } else {
        assertTrue(
            references.contains(line),
            () -> file + " line " + line + " read alone but silently left out of the portfolio");
      }
    }
    assertEquals(expected.build(), kept, () -> "portfolio values of " + file);
  }

  private static Reader reader(Map<String, String> files, String file) {
    return reader(files, file, ImmutableList.of());
  }

  /**
   * A reader of the file, or of a header without rows when it is missing, as the portfolio does.
   */
  private static Reader reader(Map<String, String> files, String file, List<String> header) {
    return new StringReader(files.getOrDefault(file, String.join(",", header)));
  }

  private static PortfolioReader.Source source(Map<String, String> files) {
    return name ->
        Optional.ofNullable(files.get(name)).map(text -> (Reader) new StringReader(text));
  }
}
