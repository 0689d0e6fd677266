package org.alliancekit.scoring.internal;

import org.alliancekit.model.factor.FactorCatalog;

/**
 * A scoring rule whose arithmetic is a {@link ScoreKernel}: the standard rules, which the columnar
 * portfolio path can therefore run on primitive arrays.
 *
 * <p>Not part of the public API: the package is not exported.
 */
public interface KernelRule {

  /**
   * Returns the kernel that scores rows laid out in the order of the given catalog.
   *
   * @throws IllegalArgumentException if the rule does not apply to the catalog, or its weights of
   *     what it would score there are all zero or sum to more than a double can hold
   */
  ScoreKernel kernel(FactorCatalog catalog);
}
