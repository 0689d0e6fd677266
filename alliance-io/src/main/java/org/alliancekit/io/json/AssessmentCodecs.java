package org.alliancekit.io.json;

import static org.alliancekit.io.json.ModelModule.variant;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.time.LocalDate;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;

/**
 * The JSON codecs of {@code org.alliancekit.model.assessment}. The catalog of an assessment is
 * written as its name when it is one of the standard catalogs, and in full otherwise.
 */
final class AssessmentCodecs {
  private AssessmentCodecs() {}

  static void register(ModelModule module) {
    module.text(AssessmentId.class, AssessmentId::value, AssessmentId::parse);
    anchor(module);
    module.sealed(RatingScale.class, ImmutableList.of(numeric(), anchored()));
    assessor(module);
    rating(module);
    assessment(module);
  }

  private static void anchor(ModelModule module) {
    PropertyTable<Anchor> table = new PropertyTable<>();
    var label = table.string("label", Anchor::label);
    var fraction = table.number("fraction", Anchor::fraction);
    module.object(Anchor.class, table, in -> Anchor.of(label.read(in), fraction.read(in)));
  }

  private static Codecs.Variant<RatingScale> numeric() {
    PropertyTable<NumericScale> table = new PropertyTable<>();
    var min = table.number("min", NumericScale::min);
    var max = table.number("max", NumericScale::max);
    return variant(
        "NUMERIC",
        NumericScale.class,
        table,
        in -> RatingScale.numeric(min.read(in), max.read(in)));
  }

  private static Codecs.Variant<RatingScale> anchored() {
    PropertyTable<AnchoredScale> table = new PropertyTable<>();
    var anchors = table.list("anchors", Anchor.class, AnchoredScale::anchors);
    return variant(
        "ANCHORED", AnchoredScale.class, table, in -> RatingScale.anchored(anchors.read(in)));
  }

  private static void assessor(ModelModule module) {
    PropertyTable<Assessor> table = new PropertyTable<>();
    var name = table.string("name", Assessor::name);
    var role = table.string("role", Assessor::role);
    module.object(Assessor.class, table, in -> Assessor.of(name.read(in), role.read(in)));
  }

  private static void rating(ModelModule module) {
    PropertyTable<Rating> table = new PropertyTable<>();
    var code = table.string("code", Rating::code);
    var value = table.optionalNumber("value", Rating::value);
    var evidence = table.optionalString("evidence", Rating::evidence);
    module.object(
        Rating.class,
        table,
        in ->
            Rating.builder()
                .code(code.read(in))
                .value(value.read(in))
                .evidence(evidence.read(in))
                .build());
  }

  private static void assessment(ModelModule module) {
    PropertyTable<Assessment> table = new PropertyTable<>();
    var id = table.value("id", AssessmentId.class, Assessment::id);
    var relationship = table.value("relationship", RelationshipId.class, Assessment::relationship);
    var catalog =
        table.add(
            "catalog",
            Assessment::catalog,
            AssessmentCodecs::writeCatalog,
            (in, name) -> in.value(name, FactorCatalog.class));
    var scale = table.value("scale", RatingScale.class, Assessment::scale);
    var assessor = table.value("assessor", Assessor.class, Assessment::assessor);
    var side = table.constant("side", Side.class, Assessment::side);
    var date = table.value("date", LocalDate.class, Assessment::date);
    var ratings = table.list("ratings", Rating.class, Assessment::ratings);
    module.object(
        Assessment.class,
        table,
        in ->
            Assessment.builder()
                .id(id.read(in))
                .relationship(relationship.read(in))
                .catalog(catalog.read(in))
                .scale(scale.read(in))
                .assessor(assessor.read(in))
                .side(side.read(in))
                .date(date.read(in))
                .ratings(ratings.read(in))
                .build());
  }

  private static void writeCatalog(Out out, String name, FactorCatalog catalog) throws IOException {
    if (FactorCatalogs.byName(catalog.name()).filter(catalog::equals).isPresent()) {
      out.string(name, catalog.name());
    } else {
      out.value(name, catalog);
    }
  }
}
