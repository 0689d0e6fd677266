package org.alliancekit.model.factor;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An ordered, named list of {@link SuccessFactor}s against which relationships are assessed.
 *
 * <p>The two standard catalogs come from {@link FactorCatalogs}; a company may also build its own:
 *
 * <pre>{@code
 * FactorCatalog custom = FactorCatalog.builder()
 *     .name("PARTNER_HEALTH")
 *     .addFactors(
 *         SuccessFactor.of("H1", "Joint pipeline reviewed monthly", FactorCategory.OPERATIONAL),
 *         SuccessFactor.of("H2", "Named executive sponsor", FactorCategory.STRATEGIC))
 *     .build();
 * }</pre>
 *
 * <p>A catalog holds at least one factor and no two factors with the same code. The order of {@link
 * #factors()} is significant: {@link #indexOf(String)} gives each factor's position, so a catalog
 * can serve as the column layout of a table of ratings. Look-ups by code take constant time. Two
 * catalogs are equal when their names and their factors, in order, are equal.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class FactorCatalog implements WithFactorCatalog {
  FactorCatalog() {}

  /**
   * The catalog's name, such as {@value FactorCatalogs#BEST_PRACTICES_NAME}: a non-blank id without
   * surrounding whitespace.
   */
  @Value.Parameter
  public abstract String name();

  /** The factors, in catalog order; at least one, codes unique. */
  @Value.Parameter
  public abstract ImmutableList<SuccessFactor> factors();

  /** Position of each code in {@link #factors()}; the first position wins for a repeated code. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<String, Integer> positions() {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < factors().size(); i++) {
      positions.putIfAbsent(factors().get(i).code(), i);
    }
    return ImmutableMap.copyOf(positions);
  }

  /** The factors of each category, in catalog order, keys in {@link FactorCategory} order. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableListMultimap<FactorCategory, SuccessFactor> byCategory() {
    ImmutableListMultimap.Builder<FactorCategory, SuccessFactor> byCategory =
        ImmutableListMultimap.builder();
    byCategory.orderKeysBy(Enum::compareTo);
    for (SuccessFactor factor : factors()) {
      byCategory.put(factor.category(), factor);
    }
    return byCategory.build();
  }

  /**
   * Returns a catalog of the given factors, in the order given.
   *
   * @throws IllegalArgumentException if the name is not a valid id, there are no factors or two
   *     factors share a code
   */
  public static FactorCatalog of(String name, Iterable<? extends SuccessFactor> factors) {
    return ImmutableFactorCatalog.of(name, factors);
  }

  /**
   * Returns a catalog of the given factors, in the order given.
   *
   * @throws IllegalArgumentException if the name is not a valid id, there are no factors or two
   *     factors share a code
   */
  public static FactorCatalog of(String name, SuccessFactor... factors) {
    return ImmutableFactorCatalog.of(name, ImmutableList.copyOf(factors));
  }

  /** Returns a new builder; {@code name} and at least one factor are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FactorCatalog}. {@code build()} throws {@link IllegalStateException} naming any
   * missing attribute and {@link IllegalArgumentException} for an invalid one.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableFactorCatalog.Builder {
    Builder() {}
  }

  /** Returns the number of factors. */
  public int size() {
    return factors().size();
  }

  /** Returns the factor codes, in catalog order: {@code codes().get(i)} is the code of factor i. */
  public ImmutableList<String> codes() {
    return positions().keySet().asList();
  }

  /** Whether the catalog has a factor with the given code. Codes are case-sensitive. */
  public boolean contains(String code) {
    return positions().containsKey(checkNotNull(code, "code"));
  }

  /**
   * Returns the position of the factor with the given code in {@link #factors()}, or {@code -1} if
   * the catalog has no such factor.
   */
  public int indexOf(String code) {
    Integer index = positions().get(checkNotNull(code, "code"));
    return index == null ? -1 : index;
  }

  /** Returns the factor with the given code, if the catalog has one. */
  public Optional<SuccessFactor> find(String code) {
    int index = indexOf(code);
    return index < 0 ? Optional.empty() : Optional.of(factors().get(index));
  }

  /**
   * Returns the factor with the given code.
   *
   * @throws IllegalArgumentException if the catalog has no factor with that code
   */
  public SuccessFactor get(String code) {
    int index = indexOf(code);
    checkArgument(index >= 0, "factor code %s is not in catalog %s", code, name());
    return factors().get(index);
  }

  /** Returns the factors of the given category, in catalog order; empty if there are none. */
  public ImmutableList<SuccessFactor> inCategory(FactorCategory category) {
    return byCategory().get(checkNotNull(category, "category"));
  }

  /** Returns the categories that have at least one factor, in {@link FactorCategory} order. */
  public ImmutableSet<FactorCategory> categories() {
    return Sets.immutableEnumSet(byCategory().keySet());
  }

  /**
   * Returns the name and the codes, such as {@code FactorCatalog{name=HEALTH, codes=[H1, H2]}};
   * names and descriptions of the factors are left out to keep the text short.
   */
  @Override
  public String toString() {
    return "FactorCatalog{name=" + name() + ", codes=" + codes() + "}";
  }

  @Value.Check
  void check() {
    Checks.id("catalog name", name());
    checkArgument(!factors().isEmpty(), "catalog %s must have at least one factor", name());
    if (positions().size() != factors().size()) {
      for (int i = 0; i < factors().size(); i++) {
        String code = factors().get(i).code();
        checkArgument(
            positions().get(code) == i,
            "catalog %s lists factor code %s more than once; codes must be unique",
            name(),
            code);
      }
    }
  }
}
