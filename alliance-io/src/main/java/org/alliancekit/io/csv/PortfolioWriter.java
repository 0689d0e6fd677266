package org.alliancekit.io.csv;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.relationship.Relationship;
import org.apiguardian.api.API;

/**
 * Writes {@link PortfolioData} as a portfolio folder that {@link PortfolioReader} reads back: the
 * five files of partners, relationships, assessments, opportunities and involvements, each optional
 * file that has rows (the programme's {@value TiersCsv#FILE_NAME}, {@value
 * PartnerTiersCsv#FILE_NAME}, {@value IncentivesCsv#FILE_NAME} and {@value
 * SolutionNeedsCsv#FILE_NAME} among them), plus {@value RatesCsv#FILE_NAME} when there are rates.
 * The problems of the data are not written.
 *
 * <p>What each file cannot hold is described by its class; a value a file would read back
 * differently is rejected before any file is written. Within those limits, writing and reading
 * again gives equal values. Stateless.
 */
@API(status = STABLE, since = "0.1")
public final class PortfolioWriter {
  private PortfolioWriter() {}

  /**
   * Where the files of a portfolio go: a folder, or anything else that can open a file by name for
   * writing.
   */
  @API(status = STABLE, since = "0.1")
  @FunctionalInterface
  public interface Sink {
    /**
     * Opens the file with the given name for writing, replacing any content. The caller closes the
     * writer.
     *
     * @throws IOException if the file cannot be opened
     */
    Writer open(String fileName) throws IOException;

    /** Returns the sink that writes UTF-8 files into a folder, which is created if need be. */
    static Sink directory(Path directory) {
      checkNotNull(directory, "directory");
      return fileName -> {
        Files.createDirectories(directory);
        return Files.newBufferedWriter(directory.resolve(fileName), UTF_8);
      };
    }
  }

  /**
   * Writes the portfolio into a folder, which is created if need be.
   *
   * @throws IllegalArgumentException before any file is written, if a value cannot be written
   * @throws IOException if writing fails
   */
  public static void write(PortfolioData data, Path directory) throws IOException {
    write(data, Sink.directory(directory));
  }

  /**
   * Writes the portfolio's files to the sink.
   *
   * @throws IllegalArgumentException before any file is written, if a value cannot be written
   * @throws IOException if writing fails
   */
  public static void write(PortfolioData data, Sink sink) throws IOException {
    checkNotNull(data, "data");
    checkNotNull(sink, "sink");
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    List<Partner> partners = data.partners().stream().map(PartnerRow::partner).toList();
    List<Relationship> relationships =
        data.relationships().stream().map(RelationshipRow::relationship).toList();
    files.put(PartnersCsv.FILE_NAME, text(out -> PartnersCsv.write(out, data.partners())));
    if (partners.stream().anyMatch(partner -> !partner.competencies().isEmpty())) {
      files.put(CompetenciesCsv.FILE_NAME, text(out -> CompetenciesCsv.write(out, partners)));
    }
    files.put(
        RelationshipsCsv.FILE_NAME, text(out -> RelationshipsCsv.write(out, data.relationships())));
    if (relationships.stream().anyMatch(relationship -> !relationship.commitments().isEmpty())) {
      files.put(CommitmentsCsv.FILE_NAME, text(out -> CommitmentsCsv.write(out, relationships)));
    }
    files.put(AssessmentsCsv.FILE_NAME, text(out -> AssessmentsCsv.write(out, data.assessments())));
    optional(files, AccountsCsv.FILE_NAME, data.accounts(), AccountsCsv::write);
    optional(files, SolutionsCsv.FILE_NAME, data.solutions(), SolutionsCsv::write);
    files.put(
        OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
        text(out -> OpportunitiesCsv.writeOpportunities(out, data.opportunities())));
    files.put(
        OpportunitiesCsv.INVOLVEMENTS_FILE_NAME,
        text(out -> OpportunitiesCsv.writeInvolvements(out, data.opportunities())));
    if (data.opportunities().stream()
        .anyMatch(opportunity -> !opportunity.stageHistory().isEmpty())) {
      files.put(
          StageHistoryCsv.FILE_NAME, text(out -> StageHistoryCsv.write(out, data.opportunities())));
    }
    if (data.opportunities().stream()
        .anyMatch(opportunity -> !opportunity.expectedSpend().isEmpty())) {
      files.put(
          ExpectedSpendCsv.FILE_NAME,
          text(out -> ExpectedSpendCsv.write(out, data.opportunities())));
    }
    optional(files, LeadsCsv.FILE_NAME, data.leads(), LeadsCsv::write);
    if (data.opportunities().stream().anyMatch(opportunity -> !opportunity.contacts().isEmpty())
        || data.leads().stream().anyMatch(lead -> !lead.contacts().isEmpty())) {
      files.put(
          ContactsCsv.FILE_NAME,
          text(out -> ContactsCsv.write(out, data.opportunities(), data.leads())));
    }
    optional(files, RegistrationsCsv.FILE_NAME, data.registrations(), RegistrationsCsv::write);
    optional(files, NetworksCsv.FILE_NAME, data.networks(), NetworksCsv::write);
    optional(files, RevenuesCsv.FILE_NAME, data.revenues(), RevenuesCsv::write);
    optional(files, TiersCsv.FILE_NAME, data.tiers(), TiersCsv::write);
    optional(files, PartnerTiersCsv.FILE_NAME, data.partnerTiers(), PartnerTiersCsv::write);
    optional(files, IncentivesCsv.FILE_NAME, data.incentives(), IncentivesCsv::write);
    optional(files, SolutionNeedsCsv.FILE_NAME, data.solutionNeeds(), SolutionNeedsCsv::write);
    optional(files, PlansCsv.FILE_NAME, data.plans(), PlansCsv::write);
    optional(files, BudgetsCsv.FILE_NAME, data.budgets(), BudgetsCsv::write);
    optional(files, CampaignsCsv.FILE_NAME, data.campaigns(), CampaignsCsv::write);
    if (data.campaigns().stream()
        .anyMatch(campaign -> !campaign.leads().isEmpty() || !campaign.opportunities().isEmpty())) {
      files.put(
          CampaignMembersCsv.FILE_NAME,
          text(out -> CampaignMembersCsv.write(out, data.campaigns())));
    }
    optional(files, FundRequestsCsv.FILE_NAME, data.fundRequests(), FundRequestsCsv::write);
    optional(files, FundClaimsCsv.FILE_NAME, data.fundClaims(), FundClaimsCsv::write);
    optional(files, SurveysCsv.FILE_NAME, data.surveys(), SurveysCsv::write);
    if (!data.rates().isEmpty()) {
      files.put(RatesCsv.FILE_NAME, text(out -> RatesCsv.write(out, data.rates())));
    }
    for (Map.Entry<String, String> file : files.buildOrThrow().entrySet()) {
      try (Writer out = sink.open(file.getKey())) {
        out.write(file.getValue());
      }
    }
  }

  /** Writes a file's text to a writer. */
  @FunctionalInterface
  private interface FileWriter<T> {
    void write(Writer out, T values) throws IOException;
  }

  private static String text(IoConsumer<Writer> write) throws IOException {
    StringWriter out = new StringWriter();
    write.accept(out);
    return out.toString();
  }

  /** A consumer that may fail with an {@link IOException}. */
  @FunctionalInterface
  private interface IoConsumer<T> {
    void accept(T value) throws IOException;
  }

  private static <T> void optional(
      ImmutableMap.Builder<String, String> files,
      String fileName,
      List<T> values,
      FileWriter<Iterable<T>> writer)
      throws IOException {
    if (!values.isEmpty()) {
      files.put(fileName, text(out -> writer.write(out, values)));
    }
  }
}
