package org.alliancekit.io.json;

import static org.alliancekit.io.json.Codecs.object;
import static org.alliancekit.io.json.Codecs.objectOrText;
import static org.alliancekit.io.json.Codecs.sealed;
import static org.alliancekit.io.json.Codecs.sealedReader;
import static org.alliancekit.io.json.Codecs.variant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.io.ExchangeRate;
import org.alliancekit.io.ExchangeRates;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.batch.ProblemLocation;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.network.NetworkType;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.DealRegistration;
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
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageKind;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.relationship.AccessFee;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Exclusivity;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.ResourceKind;
import org.alliancekit.model.relationship.SalesMotion;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.alliancekit.model.venture.JointVenture;
import org.alliancekit.model.venture.JointVentureId;
import org.alliancekit.model.venture.Ownership;

/**
 * The serializers and deserializers of every model type (and of the portfolio values of {@code
 * org.alliancekit.io}). See {@link AllianceJson} for the JSON form.
 */
final class ModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  ModelModule() {
    super("AllianceKitModel", Version.unknownVersion());
    ids();
    party();
    relationship();
    ventureAndNetwork();
    assessment();
    pipeline();
    batch();
    io();
    setDeserializerModifier(new Decimals.MoneyBound());
  }

  private static ImmutableSet<String> names(String... names) {
    return ImmutableSet.copyOf(names);
  }

  private <T> void text(Class<T> type, Function<T, String> text, Function<String, T> parse) {
    addSerializer(type, new Codecs.TextSerializer<>(type, text));
    addDeserializer(type, new Codecs.TextDeserializer<>(type, parse));
    addKeySerializer(type, new Codecs.KeySerializer<>(type, text));
    addKeyDeserializer(type, new Codecs.TextKeyDeserializer<>(type, parse));
  }

  private <T> void object(
      Class<T> type,
      ImmutableSet<String> properties,
      Codecs.Writes<T> writes,
      Codecs.Reads<T> reads) {
    addSerializer(type, Codecs.object(type, writes));
    addDeserializer(type, Codecs.object(type, properties, reads));
  }

  private <T> void sealedType(Class<T> base, ImmutableList<Codecs.Variant<T>> variants) {
    addSerializer(base, sealed(base, variants));
    addDeserializer(base, sealedReader(base, variants));
  }

  private <T, S extends T> void subtype(
      Class<S> type, Class<T> base, ImmutableList<Codecs.Variant<T>> variants) {
    addDeserializer(type, sealedReader(type, base, variants));
  }

  private void ids() {
    text(PartnerId.class, PartnerId::value, PartnerId::parse);
    text(AccountId.class, AccountId::value, AccountId::parse);
    text(CountryCode.class, CountryCode::alpha2, CountryCode::parse);
    text(RelationshipId.class, RelationshipId::value, RelationshipId::parse);
    text(JointVentureId.class, JointVentureId::value, JointVentureId::parse);
    text(NetworkId.class, NetworkId::value, NetworkId::parse);
    text(AssessmentId.class, AssessmentId::value, AssessmentId::parse);
    text(OpportunityId.class, OpportunityId::value, OpportunityId::parse);
    text(LeadId.class, LeadId::value, LeadId::parse);
  }

  private void party() {
    object(
        Account.class,
        names("id", "name", "country", "industry", "segment"),
        (value, out) -> {
          out.value("id", value.id());
          out.string("name", value.name());
          out.optional("country", value.country());
          out.optionalString("industry", value.industry());
          out.optionalString("segment", value.segment());
        },
        in ->
            Account.builder()
                .id(in.value("id", AccountId.class))
                .name(in.string("name"))
                .country(in.optional("country", CountryCode.class))
                .industry(in.optionalString("industry"))
                .segment(in.optionalString("segment"))
                .build());
    object(
        CompanySize.class,
        names("employees", "annualRevenue"),
        (value, out) -> {
          out.wholeNumber("employees", value.employees());
          out.optional("annualRevenue", value.annualRevenue());
        },
        in -> {
          long employees = in.wholeNumber("employees");
          Optional<MonetaryAmount> revenue = in.optional("annualRevenue", MonetaryAmount.class);
          return revenue.isPresent()
              ? CompanySize.of(employees, revenue.get())
              : CompanySize.of(employees);
        });
    object(
        Competency.class,
        names("name", "level", "issuer", "expires"),
        (value, out) -> {
          out.string("name", value.name());
          out.constant("level", value.level());
          out.value("issuer", value.issuer());
          out.optional("expires", value.expires());
        },
        in -> {
          Competency competency =
              Competency.of(
                  in.string("name"),
                  in.value("level", CompetencyLevel.class),
                  in.value("issuer", PartnerId.class));
          return competency.withExpires(in.optional("expires", LocalDate.class));
        });
    object(
        Partner.class,
        names("id", "name", "kinds", "headquarters", "regions", "size", "competencies", "segments"),
        (value, out) -> {
          out.value("id", value.id());
          out.string("name", value.name());
          out.constants("kinds", value.kinds());
          out.optional("headquarters", value.headquarters());
          out.list("regions", value.regions());
          out.optional("size", value.size());
          out.list("competencies", value.competencies());
          out.list("segments", value.segments());
        },
        in ->
            Partner.builder()
                .id(in.value("id", PartnerId.class))
                .name(in.string("name"))
                .kinds(in.list("kinds", PartnerKind.class))
                .headquarters(in.optional("headquarters", CountryCode.class))
                .regions(in.list("regions", String.class))
                .size(in.optional("size", CompanySize.class))
                .competencies(in.list("competencies", Competency.class))
                .segments(in.list("segments", String.class))
                .build());
  }

  static final ImmutableList<Codecs.Variant<AccessFee>> ACCESS_FEES =
      ImmutableList.of(
          variant(
              "MARGIN",
              AccessFee.Margin.class,
              names("percent"),
              (value, out) -> out.decimal("percent", value.percent()),
              in -> new AccessFee.Margin(in.decimal("percent"))),
          variant(
              "FIXED",
              AccessFee.Fixed.class,
              names("amount"),
              (value, out) -> out.value("amount", value.amount()),
              in -> new AccessFee.Fixed(in.value("amount", MonetaryAmount.class))));

  static final ImmutableList<Codecs.Variant<SalesMotion>> MOTIONS =
      ImmutableList.of(
          variant(
              "SELL_WITH",
              SellWith.class,
              names("hostRole", "partnerRole", "sharesProspectData"),
              (value, out) -> {
                out.string("hostRole", value.hostRole());
                out.string("partnerRole", value.partnerRole());
                out.bool("sharesProspectData", value.sharesProspectData());
              },
              in ->
                  SellWith.of(
                      in.string("hostRole"),
                      in.string("partnerRole"),
                      in.bool("sharesProspectData"))),
          variant(
              "SELL_TO",
              SellTo.class,
              names("seller", "buyer"),
              (value, out) -> {
                out.value("seller", value.seller());
                out.value("buyer", value.buyer());
              },
              in ->
                  SellTo.of(
                      in.value("seller", PartnerId.class), in.value("buyer", PartnerId.class))),
          variant(
              "SELL_THROUGH",
              SellThrough.class,
              names("supplier", "channel", "accessFee"),
              (value, out) -> {
                out.value("supplier", value.supplier());
                out.value("channel", value.channel());
                out.optional("accessFee", value.accessFee());
              },
              in ->
                  new SellThrough(
                      in.value("supplier", PartnerId.class),
                      in.value("channel", PartnerId.class),
                      in.optional("accessFee", AccessFee.class))));

  private void relationship() {
    sealedType(AccessFee.class, ACCESS_FEES);
    subtype(AccessFee.Margin.class, AccessFee.class, ACCESS_FEES);
    subtype(AccessFee.Fixed.class, AccessFee.class, ACCESS_FEES);
    sealedType(SalesMotion.class, MOTIONS);
    subtype(SellWith.class, SalesMotion.class, MOTIONS);
    subtype(SellTo.class, SalesMotion.class, MOTIONS);
    subtype(SellThrough.class, SalesMotion.class, MOTIONS);
    object(
        Commitment.class,
        names("party", "resource", "quantity", "amount", "strength", "period"),
        (value, out) -> {
          out.value("party", value.party());
          out.constant("resource", value.resource());
          if (value.quantity().isPresent()) {
            out.decimal("quantity", value.quantity().get());
          }
          out.optional("amount", value.amount());
          out.constant("strength", value.strength());
          out.optional("period", value.period());
        },
        in ->
            Commitment.builder()
                .party(in.value("party", PartnerId.class))
                .resource(in.value("resource", ResourceKind.class))
                .quantity(in.optionalDecimal("quantity"))
                .amount(in.optional("amount", MonetaryAmount.class))
                .strength(in.value("strength", CommitmentStrength.class))
                .period(in.optional("period", Period.class))
                .build());
    object(
        Exclusivity.class,
        names("territories", "products", "price"),
        (value, out) -> {
          out.list("territories", value.territories());
          out.list("products", value.products());
          out.optional("price", value.price());
        },
        in ->
            Exclusivity.builder()
                .territories(in.list("territories", String.class))
                .products(in.list("products", String.class))
                .price(in.optional("price", MonetaryAmount.class))
                .build());
    object(
        Formality.class,
        names("kind", "reviewCadence"),
        (value, out) -> {
          out.constant("kind", value.kind());
          out.optional("reviewCadence", value.reviewCadence());
        },
        in ->
            Formality.of(in.value("kind", FormalityKind.class))
                .withReviewCadence(in.optional("reviewCadence", Period.class)));
    object(
        Governance.class,
        names("hostSponsor", "partnerSponsor", "hostAllianceManager", "partnerAllianceManager"),
        (value, out) -> {
          out.optionalString("hostSponsor", value.hostSponsor());
          out.optionalString("partnerSponsor", value.partnerSponsor());
          out.optionalString("hostAllianceManager", value.hostAllianceManager());
          out.optionalString("partnerAllianceManager", value.partnerAllianceManager());
        },
        in ->
            Governance.builder()
                .hostSponsor(in.optionalString("hostSponsor"))
                .partnerSponsor(in.optionalString("partnerSponsor"))
                .hostAllianceManager(in.optionalString("hostAllianceManager"))
                .partnerAllianceManager(in.optionalString("partnerAllianceManager"))
                .build());
    object(
        Relationship.class,
        names(
            "id",
            "host",
            "partner",
            "motion",
            "symmetry",
            "formality",
            "exclusivity",
            "commitments",
            "governance",
            "start"),
        (value, out) -> {
          out.value("id", value.id());
          out.value("host", value.host());
          out.value("partner", value.partner());
          out.value("motion", value.motion());
          out.constant("symmetry", value.symmetry());
          out.value("formality", value.formality());
          out.optional("exclusivity", value.exclusivity());
          out.list("commitments", value.commitments());
          out.value("governance", value.governance());
          out.value("start", value.start());
        },
        in ->
            Relationship.builder()
                .id(in.value("id", RelationshipId.class))
                .host(in.value("host", PartnerId.class))
                .partner(in.value("partner", PartnerId.class))
                .motion(in.value("motion", SalesMotion.class))
                .symmetry(in.value("symmetry", Symmetry.class))
                .formality(in.value("formality", Formality.class))
                .exclusivity(in.optional("exclusivity", Exclusivity.class))
                .commitments(in.list("commitments", Commitment.class))
                .governance(in.optional("governance", Governance.class).orElse(Governance.none()))
                .start(in.value("start", LocalDate.class))
                .build());
  }

  private void ventureAndNetwork() {
    object(
        Ownership.class,
        names("owner", "share"),
        (value, out) -> {
          out.value("owner", value.owner());
          out.decimal("share", value.share());
        },
        in -> Ownership.of(in.value("owner", PartnerId.class), in.decimal("share")));
    object(
        JointVenture.class,
        names("id", "name", "owners", "founded"),
        (value, out) -> {
          out.value("id", value.id());
          out.string("name", value.name());
          out.list("owners", value.owners());
          out.optional("founded", value.founded());
        },
        in ->
            JointVenture.builder()
                .id(in.value("id", JointVentureId.class))
                .name(in.string("name"))
                .owners(in.list("owners", Ownership.class))
                .founded(in.optional("founded", LocalDate.class))
                .build());
    object(
        PartnerNetwork.class,
        names("id", "name", "type", "organizer", "members", "focus"),
        (value, out) -> {
          out.value("id", value.id());
          out.string("name", value.name());
          out.constant("type", value.type());
          out.optional("organizer", value.organizer());
          out.list("members", value.members());
          out.list("focus", value.focus());
        },
        in ->
            PartnerNetwork.builder()
                .id(in.value("id", NetworkId.class))
                .name(in.string("name"))
                .type(in.value("type", NetworkType.class))
                .organizer(in.optional("organizer", PartnerId.class))
                .members(in.list("members", PartnerId.class))
                .focus(in.list("focus", String.class))
                .build());
  }

  static final ImmutableList<Codecs.Variant<RatingScale>> SCALES =
      ImmutableList.of(
          variant(
              "NUMERIC",
              NumericScale.class,
              names("min", "max"),
              (value, out) -> {
                out.number("min", value.min());
                out.number("max", value.max());
              },
              in -> RatingScale.numeric(in.number("min"), in.number("max"))),
          variant(
              "ANCHORED",
              AnchoredScale.class,
              names("anchors"),
              (value, out) -> out.list("anchors", value.anchors()),
              in -> RatingScale.anchored(in.list("anchors", Anchor.class))));

  private void assessment() {
    object(
        SuccessFactor.class,
        names("code", "name", "category", "description"),
        (value, out) -> {
          out.string("code", value.code());
          out.string("name", value.name());
          out.constant("category", value.category());
          out.optionalString("description", value.description());
        },
        in ->
            SuccessFactor.builder()
                .code(in.string("code"))
                .name(in.string("name"))
                .category(in.value("category", FactorCategory.class))
                .description(in.optionalString("description"))
                .build());
    addSerializer(
        FactorCatalog.class,
        Codecs.object(
            FactorCatalog.class,
            (value, out) -> {
              out.string("name", value.name());
              out.list("factors", value.factors());
            }));
    addDeserializer(
        FactorCatalog.class,
        objectOrText(
            FactorCatalog.class,
            names("name", "factors"),
            in -> FactorCatalog.of(in.string("name"), in.list("factors", SuccessFactor.class)),
            FactorCatalogs::byName));
    object(
        Anchor.class,
        names("label", "fraction"),
        (value, out) -> {
          out.string("label", value.label());
          out.number("fraction", value.fraction());
        },
        in -> Anchor.of(in.string("label"), in.number("fraction")));
    sealedType(RatingScale.class, SCALES);
    subtype(NumericScale.class, RatingScale.class, SCALES);
    subtype(AnchoredScale.class, RatingScale.class, SCALES);
    object(
        Assessor.class,
        names("name", "role"),
        (value, out) -> {
          out.string("name", value.name());
          out.string("role", value.role());
        },
        in -> Assessor.of(in.string("name"), in.string("role")));
    object(
        Rating.class,
        names("code", "value", "evidence"),
        (value, out) -> {
          out.string("code", value.code());
          if (value.value().isPresent()) {
            out.number("value", value.value().getAsDouble());
          }
          out.optionalString("evidence", value.evidence());
        },
        in ->
            Rating.builder()
                .code(in.string("code"))
                .value(
                    in.has("value")
                        ? OptionalDouble.of(in.number("value"))
                        : OptionalDouble.empty())
                .evidence(in.optionalString("evidence"))
                .build());
    object(
        Assessment.class,
        names("id", "relationship", "catalog", "scale", "assessor", "side", "date", "ratings"),
        (value, out) -> {
          out.value("id", value.id());
          out.value("relationship", value.relationship());
          if (FactorCatalogs.byName(value.catalog().name())
              .filter(value.catalog()::equals)
              .isPresent()) {
            out.string("catalog", value.catalog().name());
          } else {
            out.value("catalog", value.catalog());
          }
          out.value("scale", value.scale());
          out.value("assessor", value.assessor());
          out.constant("side", value.side());
          out.value("date", value.date());
          out.list("ratings", value.ratings());
        },
        in ->
            Assessment.builder()
                .id(in.value("id", AssessmentId.class))
                .relationship(in.value("relationship", RelationshipId.class))
                .catalog(in.value("catalog", FactorCatalog.class))
                .scale(in.value("scale", RatingScale.class))
                .assessor(in.value("assessor", Assessor.class))
                .side(in.value("side", Side.class))
                .date(in.value("date", LocalDate.class))
                .ratings(in.list("ratings", Rating.class))
                .build());
  }

  static final ImmutableList<Codecs.Variant<PipelineOwner>> OWNERS =
      ImmutableList.of(
          variant(
              "PARTY",
              PipelineOwner.Party.class,
              names("id"),
              (value, out) -> out.value("id", value.id()),
              in -> new PipelineOwner.Party(in.value("id", PartnerId.class))),
          variant(
              "RELATIONSHIP",
              PipelineOwner.Relationship.class,
              names("id"),
              (value, out) -> out.value("id", value.id()),
              in -> new PipelineOwner.Relationship(in.value("id", RelationshipId.class))),
          variant(
              "JOINT_VENTURE",
              PipelineOwner.Venture.class,
              names("id"),
              (value, out) -> out.value("id", value.id()),
              in -> new PipelineOwner.Venture(in.value("id", JointVentureId.class))));

  private void pipeline() {
    object(
        Stage.class,
        names("name", "probability", "kind"),
        (value, out) -> {
          out.string("name", value.name());
          out.number("probability", value.probability());
          out.constant("kind", value.kind());
        },
        in ->
            Stage.of(
                in.string("name"), in.number("probability"), in.value("kind", StageKind.class)));
    object(
        StageModel.class,
        names("name", "stages"),
        (value, out) -> {
          out.string("name", value.name());
          out.list("stages", value.stages());
        },
        in -> StageModel.of(in.string("name"), in.list("stages", Stage.class)));
    object(
        StageChange.class,
        names("date", "stage"),
        (value, out) -> {
          out.value("date", value.date());
          out.value("stage", value.stage());
        },
        in -> StageChange.of(in.value("date", LocalDate.class), in.value("stage", Stage.class)));
    object(
        Involvement.class,
        names("party", "role", "since"),
        (value, out) -> {
          out.value("party", value.party());
          out.constant("role", value.role());
          out.optional("since", value.since());
        },
        in ->
            Involvement.of(
                    in.value("party", PartnerId.class), in.value("role", InvolvementRole.class))
                .withSince(in.optional("since", LocalDate.class)));
    object(
        Contribution.class,
        names("party", "kinds"),
        (value, out) -> {
          out.value("party", value.party());
          out.constants("kinds", value.kinds());
        },
        in ->
            Contribution.of(
                in.value("party", PartnerId.class), in.list("kinds", ContributionKind.class)));
    object(
        Solution.class,
        names("name", "contributions"),
        (value, out) -> {
          out.string("name", value.name());
          out.list("contributions", value.contributions());
        },
        in ->
            Solution.builder()
                .name(in.string("name"))
                .contributions(in.list("contributions", Contribution.class))
                .build());
    object(
        DealRegistration.class,
        names("registeringParty", "submitted", "decided", "expires", "status"),
        (value, out) -> {
          out.value("registeringParty", value.registeringParty());
          out.value("submitted", value.submitted());
          out.optional("decided", value.decided());
          out.optional("expires", value.expires());
          out.constant("status", value.status());
        },
        in ->
            DealRegistration.builder()
                .registeringParty(in.value("registeringParty", PartnerId.class))
                .submitted(in.value("submitted", LocalDate.class))
                .decided(in.optional("decided", LocalDate.class))
                .expires(in.optional("expires", LocalDate.class))
                .status(in.value("status", RegistrationStatus.class))
                .build());
    object(
        Opportunity.class,
        names(
            "id",
            "account",
            "name",
            "amount",
            "stage",
            "created",
            "expectedClose",
            "owner",
            "involvements",
            "origin",
            "solution",
            "registration",
            "stageHistory"),
        (value, out) -> {
          out.value("id", value.id());
          out.value("account", value.account());
          out.string("name", value.name());
          out.value("amount", value.amount());
          out.value("stage", value.stage());
          out.value("created", value.created());
          out.value("expectedClose", value.expectedClose());
          out.value("owner", value.owner());
          out.list("involvements", value.involvements());
          out.constant("origin", value.origin());
          out.optional("solution", value.solution());
          out.optional("registration", value.registration());
          out.list("stageHistory", value.stageHistory());
        },
        in ->
            Opportunity.builder()
                .id(in.value("id", OpportunityId.class))
                .account(in.value("account", Account.class))
                .name(in.string("name"))
                .amount(in.value("amount", MonetaryAmount.class))
                .stage(in.value("stage", Stage.class))
                .created(in.value("created", LocalDate.class))
                .expectedClose(in.value("expectedClose", LocalDate.class))
                .owner(in.value("owner", PartnerId.class))
                .involvements(in.list("involvements", Involvement.class))
                .origin(in.optional("origin", Origin.class).orElse(Origin.DIRECT))
                .solution(in.optional("solution", Solution.class))
                .registration(in.optional("registration", DealRegistration.class))
                .stageHistory(in.list("stageHistory", StageChange.class))
                .build());
    object(
        Lead.class,
        names(
            "id", "account", "source", "received", "sharedWith", "status", "convertedOpportunity"),
        (value, out) -> {
          out.value("id", value.id());
          out.value("account", value.account());
          out.value("source", value.source());
          out.value("received", value.received());
          out.list("sharedWith", value.sharedWith());
          out.constant("status", value.status());
          out.optional("convertedOpportunity", value.convertedOpportunity());
        },
        in ->
            Lead.builder()
                .id(in.value("id", LeadId.class))
                .account(in.value("account", Account.class))
                .source(in.value("source", PartnerId.class))
                .received(in.value("received", LocalDate.class))
                .sharedWith(in.list("sharedWith", PartnerId.class))
                .status(in.optional("status", LeadStatus.class).orElse(LeadStatus.NEW))
                .convertedOpportunity(in.optional("convertedOpportunity", OpportunityId.class))
                .build());
    sealedType(PipelineOwner.class, OWNERS);
    subtype(PipelineOwner.Party.class, PipelineOwner.class, OWNERS);
    subtype(PipelineOwner.Relationship.class, PipelineOwner.class, OWNERS);
    subtype(PipelineOwner.Venture.class, PipelineOwner.class, OWNERS);
    object(
        Pipeline.class,
        names("owner", "asOf", "opportunities", "leads"),
        (value, out) -> {
          out.value("owner", value.owner());
          out.value("asOf", value.asOf());
          out.list("opportunities", value.opportunities());
          out.list("leads", value.leads());
        },
        in ->
            Pipeline.builder()
                .owner(in.value("owner", PipelineOwner.class))
                .asOf(in.value("asOf", LocalDate.class))
                .opportunities(in.list("opportunities", Opportunity.class))
                .leads(in.list("leads", Lead.class))
                .build());
  }

  private void batch() {
    object(
        Problem.class,
        names("file", "line", "column", "row", "key", "kind", "message"),
        (value, out) -> {
          if (value.location().orElse(null) instanceof ProblemLocation.InFile at) {
            out.string("file", at.file());
            out.wholeNumber("line", at.line());
            out.string("column", at.column());
          } else if (value.location().orElse(null) instanceof ProblemLocation.AtRow at) {
            out.wholeNumber("row", at.row());
            out.string("key", at.key());
          }
          out.constant("kind", value.kind());
          out.string("message", value.message());
        },
        in -> {
          ProblemKind kind = in.value("kind", ProblemKind.class);
          String message = in.string("message");
          if (in.has("row")) {
            if (in.has("file")) {
              throw new IllegalArgumentException("a problem is at a row or in a file, not both");
            }
            return Problem.atRow(
                in.wholeNumber("row"), in.optionalString("key").orElse(""), kind, message);
          }
          if (in.has("file")) {
            return Problem.inFile(
                in.string("file"),
                in.wholeNumber("line"),
                in.optionalString("column").orElse(""),
                kind,
                message);
          }
          return Problem.of(kind, message);
        });
    addSerializer(BatchResult.class, new BatchResultSerializer());
    addDeserializer(BatchResult.class, new BatchResultDeserializer(Optional.empty()));
  }

  private void io() {
    text(CurrencyUnit.class, CurrencyUnit::getCurrencyCode, ModelModule::currency);
    object(
        ExchangeRate.class,
        names("from", "to", "rate"),
        (value, out) -> {
          out.value("from", value.from());
          out.value("to", value.to());
          out.decimal("rate", value.rate());
        },
        in ->
            ExchangeRate.of(
                in.value("from", CurrencyUnit.class),
                in.value("to", CurrencyUnit.class),
                in.decimal("rate")));
    object(
        ExchangeRates.class,
        names("rates"),
        (value, out) -> out.list("rates", value.rates()),
        in -> ExchangeRates.of(in.list("rates", ExchangeRate.class)));
    object(
        PartnerRow.class,
        names("partner", "currency"),
        (value, out) -> {
          out.value("partner", value.partner());
          out.optional("currency", value.currency());
        },
        in ->
            new PartnerRow(
                in.value("partner", Partner.class), in.optional("currency", CurrencyUnit.class)));
    object(
        RelationshipRow.class,
        names("relationship", "allianceRevenue"),
        (value, out) -> {
          out.value("relationship", value.relationship());
          out.value("allianceRevenue", value.allianceRevenue());
        },
        in ->
            RelationshipRow.of(
                in.value("relationship", Relationship.class),
                in.value("allianceRevenue", MonetaryAmount.class)));
    object(
        PortfolioData.class,
        names("partners", "relationships", "assessments", "opportunities", "rates", "problems"),
        (value, out) -> {
          out.list("partners", value.partners());
          out.list("relationships", value.relationships());
          out.list("assessments", value.assessments());
          out.list("opportunities", value.opportunities());
          out.value("rates", value.rates());
          out.list("problems", value.problems());
        },
        in ->
            PortfolioData.builder()
                .partners(in.list("partners", PartnerRow.class))
                .relationships(in.list("relationships", RelationshipRow.class))
                .assessments(in.list("assessments", Assessment.class))
                .opportunities(in.list("opportunities", Opportunity.class))
                .rates(in.optional("rates", ExchangeRates.class).orElse(ExchangeRates.empty()))
                .problems(in.list("problems", Problem.class))
                .build());
  }

  private static CurrencyUnit currency(String code) {
    // Moneta looks a code up as a regular expression ("E.R" finds EUR), so only three capital
    // letters are looked up at all.
    if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      try {
        return Monetary.getCurrency(code);
      } catch (javax.money.MonetaryException e) {
        throw new IllegalArgumentException("'" + code + "' is not a known currency code", e);
      }
    }
    throw new IllegalArgumentException(
        "'" + code + "' is not an ISO 4217 currency code of three capital letters such as EUR");
  }

  /** Writes {@code {"results": [...], "problems": [...]}}. */
  @SuppressWarnings("rawtypes")
  private static final class BatchResultSerializer extends StdSerializer<BatchResult> {
    private static final long serialVersionUID = 1L;

    BatchResultSerializer() {
      super(BatchResult.class);
    }

    @Override
    public void serialize(BatchResult value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      Out out = new Out(gen, provider);
      out.list("results", value.results());
      out.list("problems", value.problems());
      gen.writeEndObject();
    }
  }

  /** Reads a batch result, its results as the declared element type (or untyped when unknown). */
  @SuppressWarnings("rawtypes")
  private static final class BatchResultDeserializer extends StdDeserializer<BatchResult>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient Optional<JavaType> elementType;

    BatchResultDeserializer(Optional<JavaType> elementType) {
      super(BatchResult.class);
      this.elementType = elementType;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      JavaType type = property == null ? ctxt.getContextualType() : property.getType();
      return new BatchResultDeserializer(
          Optional.ofNullable(type).map(t -> t.containedTypeOrUnknown(0)));
    }

    @Override
    public BatchResult deserialize(JsonParser parser, DeserializationContext ctxt)
        throws IOException {
      JsonNode tree = Codecs.readTree(parser, ctxt);
      if (!tree.isObject()) {
        throw MismatchedInputException.from(
            parser,
            BatchResult.class,
            "a BatchResult must be a JSON object, not " + tree.getNodeType());
      }
      In in = new In(parser, ctxt, (ObjectNode) tree, BatchResult.class);
      JavaType results = elementType.orElseGet(() -> ctxt.constructType(Object.class));
      try {
        return BatchResult.of(in.list("results", results), in.list("problems", Problem.class));
      } catch (IllegalArgumentException e) {
        throw com.fasterxml.jackson.databind.exc.ValueInstantiationException.from(
            parser,
            "Cannot build BatchResult: " + e.getMessage(),
            ctxt.constructType(BatchResult.class),
            e);
      }
    }
  }
}
