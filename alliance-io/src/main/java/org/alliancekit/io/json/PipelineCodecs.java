package org.alliancekit.io.json;

import static org.alliancekit.io.json.ModelModule.variant;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.alliancekit.model.pipeline.ReviewStatus;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageKind;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;

/** The JSON codecs of {@code org.alliancekit.model.pipeline}. */
final class PipelineCodecs {
  private PipelineCodecs() {}

  static void register(ModelModule module) {
    module.text(OpportunityId.class, OpportunityId::value, OpportunityId::parse);
    module.text(LeadId.class, LeadId::value, LeadId::parse);
    module.text(SolutionId.class, SolutionId::value, SolutionId::parse);
    module.text(RegistrationId.class, RegistrationId::value, RegistrationId::parse);
    registration(module);
    stage(module);
    stageModel(module);
    stageChange(module);
    involvement(module);
    expectedSpend(module);
    contact(module);
    contribution(module);
    solution(module);
    dealRegistration(module);
    opportunity(module);
    lead(module);
    module.sealed(PipelineOwner.class, ImmutableList.of(party(), relationship(), venture()));
    pipeline(module);
  }

  private static void stage(ModelModule module) {
    PropertyTable<Stage> table = new PropertyTable<>();
    var name = table.string("name", Stage::name);
    var probability = table.number("probability", Stage::probability);
    var kind = table.constant("kind", StageKind.class, Stage::kind);
    module.object(
        Stage.class, table, in -> Stage.of(name.read(in), probability.read(in), kind.read(in)));
  }

  private static void stageModel(ModelModule module) {
    PropertyTable<StageModel> table = new PropertyTable<>();
    var name = table.string("name", StageModel::name);
    var stages = table.list("stages", Stage.class, StageModel::stages);
    module.object(StageModel.class, table, in -> StageModel.of(name.read(in), stages.read(in)));
  }

  private static void stageChange(ModelModule module) {
    PropertyTable<StageChange> table = new PropertyTable<>();
    var date = table.value("date", LocalDate.class, StageChange::date);
    var stage = table.value("stage", Stage.class, StageChange::stage);
    module.object(StageChange.class, table, in -> StageChange.of(date.read(in), stage.read(in)));
  }

  private static void involvement(ModelModule module) {
    PropertyTable<Involvement> table = new PropertyTable<>();
    var party = table.value("party", PartnerId.class, Involvement::party);
    var role = table.constant("role", InvolvementRole.class, Involvement::role);
    var since = table.optional("since", LocalDate.class, Involvement::since);
    module.object(
        Involvement.class,
        table,
        in -> Involvement.of(party.read(in), role.read(in)).withSince(since.read(in)));
  }

  private static void expectedSpend(ModelModule module) {
    PropertyTable<ExpectedSpend> table = new PropertyTable<>();
    var amount = table.value("amount", MonetaryAmount.class, ExpectedSpend::amount);
    var frequency = table.constant("frequency", SpendFrequency.class, ExpectedSpend::frequency);
    var target = table.optionalString("target", ExpectedSpend::target);
    module.object(
        ExpectedSpend.class,
        table,
        in ->
            ExpectedSpend.builder()
                .amount(amount.read(in))
                .frequency(frequency.read(in))
                .target(target.read(in))
                .build());
  }

  private static void contact(ModelModule module) {
    PropertyTable<Contact> table = new PropertyTable<>();
    var name = table.string("name", Contact::name);
    var email = table.optionalString("email", Contact::email);
    var phone = table.optionalString("phone", Contact::phone);
    var title = table.optionalString("title", Contact::title);
    var role = table.optionalString("role", Contact::role);
    module.object(
        Contact.class,
        table,
        in ->
            Contact.builder()
                .name(name.read(in))
                .email(email.read(in))
                .phone(phone.read(in))
                .title(title.read(in))
                .role(role.read(in))
                .build());
  }

  private static void contribution(ModelModule module) {
    PropertyTable<Contribution> table = new PropertyTable<>();
    var party = table.value("party", PartnerId.class, Contribution::party);
    var kinds = table.constants("kinds", ContributionKind.class, Contribution::kinds);
    var marginPercent = table.optionalDecimal("marginPercent", Contribution::marginPercent);
    module.object(
        Contribution.class,
        table,
        in ->
            Contribution.of(party.read(in), kinds.read(in))
                .withMarginPercent(marginPercent.read(in)));
  }

  private static void solution(ModelModule module) {
    PropertyTable<Solution> table = new PropertyTable<>();
    var id = table.value("id", SolutionId.class, Solution::id);
    var name = table.string("name", Solution::name);
    var contributions = table.list("contributions", Contribution.class, Solution::contributions);
    module.object(
        Solution.class,
        table,
        in ->
            Solution.builder()
                .id(id.read(in))
                .name(name.read(in))
                .contributions(contributions.read(in))
                .build());
  }

  private static void dealRegistration(ModelModule module) {
    PropertyTable<DealRegistration> table = new PropertyTable<>();
    var registeringParty =
        table.value("registeringParty", PartnerId.class, DealRegistration::registeringParty);
    var submitted = table.value("submitted", LocalDate.class, DealRegistration::submitted);
    var decided = table.optional("decided", LocalDate.class, DealRegistration::decided);
    var expires = table.optional("expires", LocalDate.class, DealRegistration::expires);
    var status = table.constant("status", RegistrationStatus.class, DealRegistration::status);
    module.object(
        DealRegistration.class,
        table,
        in ->
            DealRegistration.builder()
                .registeringParty(registeringParty.read(in))
                .submitted(submitted.read(in))
                .decided(decided.read(in))
                .expires(expires.read(in))
                .status(status.read(in))
                .build());
  }

  private static void opportunity(ModelModule module) {
    PropertyTable<Opportunity> table = new PropertyTable<>();
    var id = table.value("id", OpportunityId.class, Opportunity::id);
    var account = table.value("account", Account.class, Opportunity::account);
    var name = table.string("name", Opportunity::name);
    var amount = table.value("amount", MonetaryAmount.class, Opportunity::amount);
    var stage = table.value("stage", Stage.class, Opportunity::stage);
    var created = table.value("created", LocalDate.class, Opportunity::created);
    var expectedClose = table.value("expectedClose", LocalDate.class, Opportunity::expectedClose);
    var owner = table.value("owner", PartnerId.class, Opportunity::owner);
    var involvements = table.list("involvements", Involvement.class, Opportunity::involvements);
    var origin = table.constant("origin", Origin.class, Origin.DIRECT, Opportunity::origin);
    var solution = table.optional("solution", Solution.class, Opportunity::solution);
    var registration =
        table.optional("registration", DealRegistration.class, Opportunity::registration);
    var stageHistory = table.list("stageHistory", StageChange.class, Opportunity::stageHistory);
    var closedLostReason = table.optionalString("closedLostReason", Opportunity::closedLostReason);
    var nextStep = table.optionalString("nextStep", Opportunity::nextStep);
    var reviewStatus =
        table.optional("reviewStatus", ReviewStatus.class, Opportunity::reviewStatus);
    var referralStatus =
        table.optional("referralStatus", ReferralSubStatus.class, Opportunity::referralStatus);
    var customerNeed = table.optionalString("customerNeed", Opportunity::customerNeed);
    var expectedSpend =
        table.list("expectedSpend", ExpectedSpend.class, Opportunity::expectedSpend);
    var externalId = table.optionalString("externalId", Opportunity::externalId);
    var contacts = table.list("contacts", Contact.class, Opportunity::contacts);
    var contactConsent = table.bool("contactConsent", true, Opportunity::contactConsent);
    module.object(
        Opportunity.class,
        table,
        in ->
            Opportunity.builder()
                .id(id.read(in))
                .account(account.read(in))
                .name(name.read(in))
                .amount(amount.read(in))
                .stage(stage.read(in))
                .created(created.read(in))
                .expectedClose(expectedClose.read(in))
                .owner(owner.read(in))
                .involvements(involvements.read(in))
                .origin(origin.read(in))
                .solution(solution.read(in))
                .registration(registration.read(in))
                .stageHistory(stageHistory.read(in))
                .closedLostReason(closedLostReason.read(in))
                .nextStep(nextStep.read(in))
                .reviewStatus(reviewStatus.read(in))
                .referralStatus(referralStatus.read(in))
                .customerNeed(customerNeed.read(in))
                .expectedSpend(expectedSpend.read(in))
                .externalId(externalId.read(in))
                .contacts(contacts.read(in))
                .contactConsent(contactConsent.read(in))
                .build());
  }

  private static void registration(ModelModule module) {
    PropertyTable<Registration> table = new PropertyTable<>();
    var id = table.value("id", RegistrationId.class, Registration::id);
    var opportunity = table.value("opportunity", OpportunityId.class, Registration::opportunity);
    var registration =
        table.value("registration", DealRegistration.class, Registration::registration);
    module.object(
        Registration.class,
        table,
        in -> Registration.of(id.read(in), opportunity.read(in), registration.read(in)));
  }

  private static void lead(ModelModule module) {
    PropertyTable<Lead> table = new PropertyTable<>();
    var id = table.value("id", LeadId.class, Lead::id);
    var account = table.value("account", Account.class, Lead::account);
    var source = table.value("source", PartnerId.class, Lead::source);
    var received = table.value("received", LocalDate.class, Lead::received);
    var sharedWith = table.list("sharedWith", PartnerId.class, Lead::sharedWith);
    var status = table.constant("status", LeadStatus.class, LeadStatus.NEW, Lead::status);
    var converted =
        table.optional("convertedOpportunity", OpportunityId.class, Lead::convertedOpportunity);
    var title = table.optionalString("title", Lead::title);
    var referralStatus =
        table.optional("referralStatus", ReferralSubStatus.class, Lead::referralStatus);
    var customerNeed = table.optionalString("customerNeed", Lead::customerNeed);
    var estimatedValue =
        table.optional("estimatedValue", MonetaryAmount.class, Lead::estimatedValue);
    var expectedClose = table.optional("expectedClose", LocalDate.class, Lead::expectedClose);
    var externalId = table.optionalString("externalId", Lead::externalId);
    var contacts = table.list("contacts", Contact.class, Lead::contacts);
    var contactConsent = table.bool("contactConsent", true, Lead::contactConsent);
    module.object(
        Lead.class,
        table,
        in ->
            Lead.builder()
                .id(id.read(in))
                .account(account.read(in))
                .source(source.read(in))
                .received(received.read(in))
                .sharedWith(sharedWith.read(in))
                .status(status.read(in))
                .convertedOpportunity(converted.read(in))
                .title(title.read(in))
                .referralStatus(referralStatus.read(in))
                .customerNeed(customerNeed.read(in))
                .estimatedValue(estimatedValue.read(in))
                .expectedClose(expectedClose.read(in))
                .externalId(externalId.read(in))
                .contacts(contacts.read(in))
                .contactConsent(contactConsent.read(in))
                .build());
  }

  private static Codecs.Variant<PipelineOwner> party() {
    PropertyTable<PipelineOwner.Party> table = new PropertyTable<>();
    var id = table.value("id", PartnerId.class, PipelineOwner.Party::id);
    return variant(
        "PARTY", PipelineOwner.Party.class, table, in -> new PipelineOwner.Party(id.read(in)));
  }

  private static Codecs.Variant<PipelineOwner> relationship() {
    PropertyTable<PipelineOwner.Relationship> table = new PropertyTable<>();
    var id = table.value("id", RelationshipId.class, PipelineOwner.Relationship::id);
    return variant(
        "RELATIONSHIP",
        PipelineOwner.Relationship.class,
        table,
        in -> new PipelineOwner.Relationship(id.read(in)));
  }

  private static Codecs.Variant<PipelineOwner> venture() {
    PropertyTable<PipelineOwner.Venture> table = new PropertyTable<>();
    var id = table.value("id", JointVentureId.class, PipelineOwner.Venture::id);
    return variant(
        "JOINT_VENTURE",
        PipelineOwner.Venture.class,
        table,
        in -> new PipelineOwner.Venture(id.read(in)));
  }

  private static void pipeline(ModelModule module) {
    PropertyTable<Pipeline> table = new PropertyTable<>();
    var owner = table.value("owner", PipelineOwner.class, Pipeline::owner);
    var asOf = table.value("asOf", LocalDate.class, Pipeline::asOf);
    var opportunities = table.list("opportunities", Opportunity.class, Pipeline::opportunities);
    var leads = table.list("leads", Lead.class, Pipeline::leads);
    module.object(
        Pipeline.class,
        table,
        in ->
            Pipeline.builder()
                .owner(owner.read(in))
                .asOf(asOf.read(in))
                .opportunities(opportunities.read(in))
                .leads(leads.read(in))
                .build());
  }
}
