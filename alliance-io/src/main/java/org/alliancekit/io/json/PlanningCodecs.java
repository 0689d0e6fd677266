package org.alliancekit.io.json;

import java.time.LocalDate;
import javax.money.CurrencyUnit;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.planning.Objective;
import org.alliancekit.model.planning.ObjectiveId;
import org.alliancekit.model.planning.PlanId;
import org.alliancekit.model.planning.PlanMetric;
import org.alliancekit.model.relationship.RelationshipId;

/** The JSON codecs of {@code org.alliancekit.model.planning}: joint business plans. */
final class PlanningCodecs {
  private PlanningCodecs() {}

  static void register(ModelModule module) {
    module.text(PlanId.class, PlanId::value, PlanId::parse);
    module.text(ObjectiveId.class, ObjectiveId::value, ObjectiveId::parse);
    objective(module);
    plan(module);
  }

  private static void objective(ModelModule module) {
    PropertyTable<Objective> table = new PropertyTable<>();
    var id = table.value("id", ObjectiveId.class, Objective::id);
    var metric = table.constant("metric", PlanMetric.class, Objective::metric);
    var party = table.optional("party", PartnerId.class, Objective::party);
    var target = table.decimal("target", Objective::target);
    var currency = table.optional("currency", CurrencyUnit.class, Objective::currency);
    module.object(
        Objective.class,
        table,
        in ->
            Objective.builder()
                .id(id.read(in))
                .metric(metric.read(in))
                .party(party.read(in))
                .target(target.read(in))
                .currency(currency.read(in))
                .build());
  }

  private static void plan(ModelModule module) {
    PropertyTable<BusinessPlan> table = new PropertyTable<>();
    var id = table.value("id", PlanId.class, BusinessPlan::id);
    var relationship =
        table.value("relationship", RelationshipId.class, BusinessPlan::relationship);
    var periodStart = table.value("periodStart", LocalDate.class, BusinessPlan::periodStart);
    var periodEnd = table.value("periodEnd", LocalDate.class, BusinessPlan::periodEnd);
    var objectives = table.list("objectives", Objective.class, BusinessPlan::objectives);
    module.object(
        BusinessPlan.class,
        table,
        in ->
            BusinessPlan.builder()
                .id(id.read(in))
                .relationship(relationship.read(in))
                .periodStart(periodStart.read(in))
                .periodEnd(periodEnd.read(in))
                .objectives(objectives.read(in))
                .build());
  }
}
