package org.alliancekit.io.json;

import static org.alliancekit.io.json.ModelModule.variant;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.AccessFee;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Exclusivity;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.ResourceKind;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.SalesMotion;
import org.alliancekit.model.relationship.SalesProcess;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;

/** The JSON codecs of {@code org.alliancekit.model.relationship}. */
final class RelationshipCodecs {
  private RelationshipCodecs() {}

  static void register(ModelModule module) {
    module.text(RelationshipId.class, RelationshipId::value, RelationshipId::parse);
    module.text(RevenuePeriod.class, RevenuePeriod::toString, RevenuePeriod::parse);
    periodRevenue(module);
    module.sealed(AccessFee.class, ImmutableList.of(margin(), fixed()));
    module.sealed(SalesMotion.class, ImmutableList.of(sellWith(), sellTo(), sellThrough()));
    commitment(module);
    exclusivity(module);
    formality(module);
    governance(module);
    relationship(module);
  }

  private static Codecs.Variant<AccessFee> margin() {
    PropertyTable<AccessFee.Margin> table = new PropertyTable<>();
    var percent = table.decimal("percent", AccessFee.Margin::percent);
    return variant(
        "MARGIN", AccessFee.Margin.class, table, in -> new AccessFee.Margin(percent.read(in)));
  }

  private static Codecs.Variant<AccessFee> fixed() {
    PropertyTable<AccessFee.Fixed> table = new PropertyTable<>();
    var amount = table.value("amount", MonetaryAmount.class, AccessFee.Fixed::amount);
    return variant(
        "FIXED", AccessFee.Fixed.class, table, in -> new AccessFee.Fixed(amount.read(in)));
  }

  private static Codecs.Variant<SalesMotion> sellWith() {
    PropertyTable<SellWith> table = new PropertyTable<>();
    var hostRole = table.string("hostRole", SellWith::hostRole);
    var partnerRole = table.string("partnerRole", SellWith::partnerRole);
    var sharesProspectData = table.bool("sharesProspectData", SellWith::sharesProspectData);
    return variant(
        "SELL_WITH",
        SellWith.class,
        table,
        in -> SellWith.of(hostRole.read(in), partnerRole.read(in), sharesProspectData.read(in)));
  }

  private static Codecs.Variant<SalesMotion> sellTo() {
    PropertyTable<SellTo> table = new PropertyTable<>();
    var seller = table.value("seller", PartnerId.class, SellTo::seller);
    var buyer = table.value("buyer", PartnerId.class, SellTo::buyer);
    return variant(
        "SELL_TO", SellTo.class, table, in -> SellTo.of(seller.read(in), buyer.read(in)));
  }

  private static Codecs.Variant<SalesMotion> sellThrough() {
    PropertyTable<SellThrough> table = new PropertyTable<>();
    var supplier = table.value("supplier", PartnerId.class, SellThrough::supplier);
    var channel = table.value("channel", PartnerId.class, SellThrough::channel);
    var accessFee = table.optional("accessFee", AccessFee.class, SellThrough::accessFee);
    return variant(
        "SELL_THROUGH",
        SellThrough.class,
        table,
        in -> new SellThrough(supplier.read(in), channel.read(in), accessFee.read(in)));
  }

  private static void periodRevenue(ModelModule module) {
    PropertyTable<PeriodRevenue> table = new PropertyTable<>();
    var relationship =
        table.value("relationship", RelationshipId.class, PeriodRevenue::relationship);
    var period = table.value("period", RevenuePeriod.class, PeriodRevenue::period);
    var amount = table.value("amount", MonetaryAmount.class, PeriodRevenue::amount);
    module.object(
        PeriodRevenue.class,
        table,
        in -> PeriodRevenue.of(relationship.read(in), period.read(in), amount.read(in)));
  }

  private static void commitment(ModelModule module) {
    PropertyTable<Commitment> table = new PropertyTable<>();
    var party = table.value("party", PartnerId.class, Commitment::party);
    var resource = table.constant("resource", ResourceKind.class, Commitment::resource);
    var quantity = table.optionalDecimal("quantity", Commitment::quantity);
    var amount = table.optional("amount", MonetaryAmount.class, Commitment::amount);
    var strength = table.constant("strength", CommitmentStrength.class, Commitment::strength);
    var periodStart = table.optional("periodStart", LocalDate.class, Commitment::periodStart);
    var periodEnd = table.optional("periodEnd", LocalDate.class, Commitment::periodEnd);
    module.object(
        Commitment.class,
        table,
        in ->
            Commitment.builder()
                .party(party.read(in))
                .resource(resource.read(in))
                .quantity(quantity.read(in))
                .amount(amount.read(in))
                .strength(strength.read(in))
                .periodStart(periodStart.read(in))
                .periodEnd(periodEnd.read(in))
                .build());
  }

  private static void exclusivity(ModelModule module) {
    PropertyTable<Exclusivity> table = new PropertyTable<>();
    var territories = table.list("territories", String.class, Exclusivity::territories);
    var products = table.list("products", String.class, Exclusivity::products);
    var price = table.optional("price", MonetaryAmount.class, Exclusivity::price);
    module.object(
        Exclusivity.class,
        table,
        in ->
            Exclusivity.builder()
                .territories(territories.read(in))
                .products(products.read(in))
                .price(price.read(in))
                .build());
  }

  private static void formality(ModelModule module) {
    PropertyTable<Formality> table = new PropertyTable<>();
    var kind = table.constant("kind", FormalityKind.class, Formality::kind);
    var reviewCadence = table.optional("reviewCadence", Period.class, Formality::reviewCadence);
    module.object(
        Formality.class,
        table,
        in -> Formality.of(kind.read(in)).withReviewCadence(reviewCadence.read(in)));
  }

  private static void governance(ModelModule module) {
    PropertyTable<Governance> table = new PropertyTable<>();
    var hostSponsor = table.optionalString("hostSponsor", Governance::hostSponsor);
    var partnerSponsor = table.optionalString("partnerSponsor", Governance::partnerSponsor);
    var hostManager = table.optionalString("hostAllianceManager", Governance::hostAllianceManager);
    var partnerManager =
        table.optionalString("partnerAllianceManager", Governance::partnerAllianceManager);
    module.object(
        Governance.class,
        table,
        in ->
            Governance.builder()
                .hostSponsor(hostSponsor.read(in))
                .partnerSponsor(partnerSponsor.read(in))
                .hostAllianceManager(hostManager.read(in))
                .partnerAllianceManager(partnerManager.read(in))
                .build());
  }

  private static void relationship(ModelModule module) {
    PropertyTable<Relationship> table = new PropertyTable<>();
    var id = table.value("id", RelationshipId.class, Relationship::id);
    var host = table.value("host", PartnerId.class, Relationship::host);
    var partner = table.value("partner", PartnerId.class, Relationship::partner);
    var motion = table.value("motion", SalesMotion.class, Relationship::motion);
    var symmetry = table.constant("symmetry", Symmetry.class, Relationship::symmetry);
    var formality = table.value("formality", Formality.class, Relationship::formality);
    var exclusivity = table.optional("exclusivity", Exclusivity.class, Relationship::exclusivity);
    var commitments = table.list("commitments", Commitment.class, Relationship::commitments);
    var governance =
        table.value("governance", Governance.class, Governance.none(), Relationship::governance);
    var start = table.value("start", LocalDate.class, Relationship::start);
    var lastReview = table.optional("lastReview", LocalDate.class, Relationship::lastReview);
    var salesProcess =
        table.optional("salesProcess", SalesProcess.class, Relationship::salesProcess);
    module.object(
        Relationship.class,
        table,
        in ->
            Relationship.builder()
                .id(id.read(in))
                .host(host.read(in))
                .partner(partner.read(in))
                .motion(motion.read(in))
                .symmetry(symmetry.read(in))
                .formality(formality.read(in))
                .exclusivity(exclusivity.read(in))
                .commitments(commitments.read(in))
                .governance(governance.read(in))
                .start(start.read(in))
                .lastReview(lastReview.read(in))
                .salesProcess(salesProcess.read(in))
                .build());
  }
}
