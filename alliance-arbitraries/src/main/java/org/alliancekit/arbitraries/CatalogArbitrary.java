package org.alliancekit.arbitraries;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.apiguardian.api.API;

/**
 * Generates custom {@link FactorCatalog}s named {@code CUSTOM} (unless another name is given) whose
 * factors are coded {@code F1}, {@code F2}, ... and named {@code "Factor 1"}, {@code "Factor 2"},
 * ..., each in a category drawn from the allowed ones; by default 1 to 12 factors in any category.
 *
 * <p>Values shrink towards a catalog with one factor {@code F1} in the first allowed category. Each
 * configuration method returns a new arbitrary and leaves this one unchanged. Get one from {@link
 * ModelArbitraries#customCatalogs()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CatalogArbitrary extends ArbitraryDecorator<FactorCatalog> {
  private final String name;
  private final int minSize;
  private final int maxSize;
  private final ImmutableSet<FactorCategory> categories;

  CatalogArbitrary() {
    this("CUSTOM", 1, 12, ImmutableSet.copyOf(FactorCategory.values()));
  }

  private CatalogArbitrary(
      String name, int minSize, int maxSize, ImmutableSet<FactorCategory> categories) {
    this.name = name;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.categories = categories;
  }

  /**
   * Returns an arbitrary whose catalogs have the given name.
   *
   * @throws IllegalArgumentException if the name is not a valid catalog name
   */
  public CatalogArbitrary named(String name) {
    // Building a one-factor catalog checks the name the way every generated catalog will.
    FactorCatalog.of(name, SuccessFactor.of("F1", "Factor 1", FactorCategory.COMMERCIAL));
    return new CatalogArbitrary(name, minSize, maxSize, categories);
  }

  /**
   * Returns an arbitrary whose catalogs have {@code min} to {@code max} factors.
   *
   * @throws IllegalArgumentException if {@code min} is less than 1 or greater than {@code max}
   */
  public CatalogArbitrary ofSize(int min, int max) {
    checkArgument(
        1 <= min && min <= max, "catalog size range %s..%s must start at 1 or more", min, max);
    return new CatalogArbitrary(name, min, max, categories);
  }

  /**
   * Returns an arbitrary whose factors fall only into the given categories.
   *
   * @throws IllegalArgumentException if no category is given
   */
  public CatalogArbitrary inCategories(FactorCategory... categories) {
    ImmutableSet<FactorCategory> chosen = ImmutableSet.copyOf(categories);
    checkArgument(!chosen.isEmpty(), "factor categories to choose from must not be empty");
    return new CatalogArbitrary(name, minSize, maxSize, chosen);
  }

  @Override
  protected Arbitrary<FactorCatalog> arbitrary() {
    return Arbitraries.of(categories)
        .list()
        .ofMinSize(minSize)
        .ofMaxSize(maxSize)
        .map(categoriesInOrder -> catalog(name, categoriesInOrder));
  }

  /** The catalog of factors {@code F1, F2, ...} in the given categories, in order. */
  static FactorCatalog catalog(String name, List<FactorCategory> categoriesInOrder) {
    ImmutableList.Builder<SuccessFactor> factors = ImmutableList.builder();
    for (int i = 0; i < categoriesInOrder.size(); i++) {
      factors.add(SuccessFactor.of("F" + (i + 1), "Factor " + (i + 1), categoriesInOrder.get(i)));
    }
    return FactorCatalog.of(name, factors.build());
  }
}
