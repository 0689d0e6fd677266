package org.alliancekit.io.json;

import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;

/**
 * The JSON codecs of {@code org.alliancekit.model.factor}. A factor catalog is written in full and
 * read either in full or as the name of a standard catalog ({@code "SALES_SCORECARD"}).
 */
final class FactorCodecs {
  private FactorCodecs() {}

  static void register(ModelModule module) {
    successFactor(module);
    factorCatalog(module);
  }

  private static void successFactor(ModelModule module) {
    PropertyTable<SuccessFactor> table = new PropertyTable<>();
    var code = table.string("code", SuccessFactor::code);
    var name = table.string("name", SuccessFactor::name);
    var category = table.constant("category", FactorCategory.class, SuccessFactor::category);
    var description = table.optionalString("description", SuccessFactor::description);
    module.object(
        SuccessFactor.class,
        table,
        in ->
            SuccessFactor.builder()
                .code(code.read(in))
                .name(name.read(in))
                .category(category.read(in))
                .description(description.read(in))
                .build());
  }

  private static void factorCatalog(ModelModule module) {
    PropertyTable<FactorCatalog> table = new PropertyTable<>();
    var name = table.string("name", FactorCatalog::name);
    var factors = table.list("factors", SuccessFactor.class, FactorCatalog::factors);
    module.objectOrText(
        FactorCatalog.class,
        table,
        in -> FactorCatalog.of(name.read(in), factors.read(in)),
        FactorCatalogs::byName);
  }
}
