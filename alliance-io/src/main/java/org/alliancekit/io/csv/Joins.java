package org.alliancekit.io.csv;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.alliancekit.io.CampaignMemberRow;
import org.alliancekit.io.CommitmentRow;
import org.alliancekit.io.CompetencyRow;
import org.alliancekit.io.ContactRow;
import org.alliancekit.io.ExpectedSpendRow;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.StageHistoryRow;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;

/**
 * Puts the rows of the files that complete a record of another file into that record: the
 * competencies into their partners, the commitments into their relationships, the stage histories
 * into their opportunities, the expected spend into its opportunities and the contacts into their
 * opportunities and leads. A row whose record is not there, or that breaks a rule of the record it
 * joins, is reported at its own line and left out; the record is kept.
 */
final class Joins {
  private Joins() {}

  static ImmutableList<PartnerRow> competencies(
      List<PartnerRow> partners, ReadResult<CompetencyRow> rows, List<Problem> problems) {
    Map<PartnerId, List<Competency>> byPartner = new LinkedHashMap<>();
    partners.forEach(row -> byPartner.put(row.id(), new ArrayList<>()));
    for (int i = 0; i < rows.values().size(); i++) {
      CompetencyRow row = rows.values().get(i);
      List<Competency> competencies = byPartner.get(row.partner());
      if (competencies == null) {
        problems.add(
            Problem.inFile(
                CompetenciesCsv.FILE_NAME,
                rows.lines().get(i),
                CompetenciesCsv.PARTNER_ID,
                ProblemKind.UNKNOWN_REFERENCE,
                "partner " + row.partner() + " is not in " + PartnersCsv.FILE_NAME));
      } else {
        competencies.add(row.competency());
      }
    }
    ImmutableList.Builder<PartnerRow> joined = ImmutableList.builder();
    for (PartnerRow row : partners) {
      List<Competency> competencies = byPartner.get(row.id());
      joined.add(
          competencies.isEmpty()
              ? row
              : new PartnerRow(
                  row.partner()
                      .withCompetencies(
                          ImmutableList.<Competency>builder()
                              .addAll(row.partner().competencies())
                              .addAll(competencies)
                              .build()),
                  row.currency()));
    }
    return joined.build();
  }

  static ImmutableList<RelationshipRow> commitments(
      List<RelationshipRow> relationships, ReadResult<CommitmentRow> rows, List<Problem> problems) {
    Map<RelationshipId, Relationship> byId = new LinkedHashMap<>();
    relationships.forEach(row -> byId.put(row.id(), row.relationship()));
    for (int i = 0; i < rows.values().size(); i++) {
      CommitmentRow row = rows.values().get(i);
      long line = rows.lines().get(i);
      Relationship relationship = byId.get(row.relationship());
      if (relationship == null) {
        problems.add(
            Problem.inFile(
                CommitmentsCsv.FILE_NAME,
                line,
                CommitmentsCsv.RELATIONSHIP_ID,
                ProblemKind.UNKNOWN_REFERENCE,
                "relationship " + row.relationship() + " is not in " + RelationshipsCsv.FILE_NAME));
        continue;
      }
      try {
        byId.put(
            row.relationship(),
            relationship.withCommitments(
                ImmutableList.<Commitment>builder()
                    .addAll(relationship.commitments())
                    .add(row.commitment())
                    .build()));
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.inFile(
                CommitmentsCsv.FILE_NAME,
                line,
                CommitmentsCsv.PARTY_ID,
                ProblemKind.INVALID_VALUE,
                e.getMessage()));
      }
    }
    ImmutableList.Builder<RelationshipRow> joined = ImmutableList.builder();
    for (RelationshipRow row : relationships) {
      Relationship relationship = byId.get(row.id());
      joined.add(
          relationship == row.relationship()
              ? row
              : RelationshipRow.of(relationship, row.allianceRevenue()));
    }
    return joined.build();
  }

  /** Date order; on one day, open stages by probability, then closed ones, then by name. */
  static final Comparator<StageChange> CHRONOLOGICAL =
      Comparator.comparing(StageChange::date)
          .thenComparing(change -> change.stage().isClosed())
          .thenComparingDouble(change -> change.stage().probability())
          .thenComparing(change -> change.stage().name());

  static ImmutableList<Opportunity> stageHistories(
      List<Opportunity> opportunities, ReadResult<StageHistoryRow> rows, List<Problem> problems) {
    return stageHistories(opportunities, StageHistories.of(rows), problems);
  }

  static ImmutableList<Opportunity> stageHistories(
      List<Opportunity> opportunities, StageHistories rows, List<Problem> problems) {
    if (rows.isEmpty()) {
      return ImmutableList.copyOf(opportunities);
    }
    ImmutableList.Builder<Opportunity> joined =
        ImmutableList.builderWithExpectedSize(opportunities.size());
    List<Problem> refused = new ArrayList<>();
    for (Opportunity opportunity : opportunities) {
      joined.add(
          rows.attach(opportunity.id(), opportunity::withStageHistory, () -> opportunity, refused));
    }
    // The rows of unknown opportunities are reported before the histories the model refused.
    rows.reportUnattached(problems);
    problems.addAll(refused);
    return joined.build();
  }

  static ImmutableList<Campaign> campaignMembers(
      List<Campaign> campaigns, ReadResult<CampaignMemberRow> rows, List<Problem> problems) {
    Map<CampaignId, List<CampaignMemberRow>> members = new LinkedHashMap<>();
    campaigns.forEach(campaign -> members.put(campaign.id(), new ArrayList<>()));
    for (int i = 0; i < rows.values().size(); i++) {
      CampaignMemberRow row = rows.values().get(i);
      List<CampaignMemberRow> list = members.get(row.campaign());
      if (list == null) {
        problems.add(
            Problem.inFile(
                CampaignMembersCsv.FILE_NAME,
                rows.lines().get(i),
                CampaignMembersCsv.CAMPAIGN_ID,
                ProblemKind.UNKNOWN_REFERENCE,
                "campaign " + row.campaign() + " is not in " + CampaignsCsv.FILE_NAME));
      } else {
        list.add(row);
      }
    }
    ImmutableList.Builder<Campaign> joined = ImmutableList.builder();
    for (Campaign campaign : campaigns) {
      // Only the first campaign of an id takes the members; a repeated id is reported by the
      // portfolio's rules.
      List<CampaignMemberRow> list = members.replace(campaign.id(), List.of());
      if (list == null || list.isEmpty()) {
        joined.add(campaign);
        continue;
      }
      Campaign.Builder builder = Campaign.builder().from(campaign);
      for (CampaignMemberRow row : list) {
        row.lead().ifPresent(builder::addLeads);
        row.opportunity().ifPresent(builder::addOpportunities);
      }
      joined.add(builder.build());
    }
    return joined.build();
  }

  /**
   * Attaches rows to the records they name, in row order: a row whose record is not there is
   * reported as unknown; a record the rows would break (its rule refuses them) keeps none of them,
   * and each such row is reported at its line with the record's rule.
   */
  private static <R, K, V> ImmutableList<R> attach(
      List<R> records,
      Function<R, K> idOf,
      List<V> values,
      List<Long> lines,
      Function<V, Optional<K>> keyOf,
      String file,
      String column,
      String recordKind,
      String recordFile,
      BiFunction<R, List<V>, R> combine,
      List<Problem> problems) {
    if (values.isEmpty()) {
      return ImmutableList.copyOf(records);
    }
    Map<K, List<Integer>> rowsOf = Maps.newHashMapWithExpectedSize(records.size());
    records.forEach(record -> rowsOf.put(idOf.apply(record), new ArrayList<>()));
    for (int i = 0; i < values.size(); i++) {
      Optional<K> key = keyOf.apply(values.get(i));
      if (key.isEmpty()) {
        continue;
      }
      List<Integer> rows = rowsOf.get(key.get());
      if (rows == null) {
        problems.add(
            Problem.inFile(
                file,
                lines.get(i),
                column,
                ProblemKind.UNKNOWN_REFERENCE,
                recordKind
                    + " "
                    + key.get()
                    + " is not among the records read from "
                    + recordFile));
      } else {
        rows.add(i);
      }
    }
    ImmutableList.Builder<R> joined = ImmutableList.builder();
    for (R record : records) {
      // Only the first record of an id takes the rows; a repeated id is reported by the rules.
      List<Integer> rows = rowsOf.replace(idOf.apply(record), List.of());
      if (rows == null || rows.isEmpty()) {
        joined.add(record);
        continue;
      }
      List<V> attached = new ArrayList<>(rows.size());
      rows.forEach(row -> attached.add(values.get(row)));
      try {
        joined.add(combine.apply(record, attached));
      } catch (IllegalArgumentException e) {
        for (int row : rows) {
          problems.add(
              Problem.inFile(
                  file,
                  lines.get(row),
                  column,
                  ProblemKind.INVALID_VALUE,
                  e.getMessage() + "; the row is left out"));
        }
        joined.add(record);
      }
    }
    return joined.build();
  }

  static ImmutableList<Opportunity> expectedSpend(
      List<Opportunity> opportunities, ReadResult<ExpectedSpendRow> rows, List<Problem> problems) {
    return attach(
        opportunities,
        Opportunity::id,
        rows.values(),
        rows.lines(),
        row -> Optional.of(row.opportunity()),
        ExpectedSpendCsv.FILE_NAME,
        ExpectedSpendCsv.OPPORTUNITY_ID,
        "opportunity",
        OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
        (opportunity, spend) ->
            opportunity.withExpectedSpend(
                spend.stream().map(ExpectedSpendRow::spend).collect(toImmutableList())),
        problems);
  }

  static ImmutableList<Opportunity> opportunityContacts(
      List<Opportunity> opportunities, ReadResult<ContactRow> rows, List<Problem> problems) {
    return attach(
        opportunities,
        Opportunity::id,
        rows.values(),
        rows.lines(),
        ContactRow::opportunity,
        ContactsCsv.FILE_NAME,
        ContactsCsv.OPPORTUNITY_ID,
        "opportunity",
        OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
        (opportunity, contacts) ->
            opportunity.withContacts(
                contacts.stream().map(ContactRow::contact).collect(toImmutableList())),
        problems);
  }

  static ImmutableList<Lead> leadContacts(
      List<Lead> leads, ReadResult<ContactRow> rows, List<Problem> problems) {
    return attach(
        leads,
        Lead::id,
        rows.values(),
        rows.lines(),
        ContactRow::lead,
        ContactsCsv.FILE_NAME,
        ContactsCsv.LEAD_ID,
        "lead",
        LeadsCsv.FILE_NAME,
        (lead, contacts) ->
            lead.withContacts(
                contacts.stream().map(ContactRow::contact).collect(toImmutableList())),
        problems);
  }
}
