package org.alliancekit.spark;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A {@link Supplier} that Spark can ship to its executors: how the executors make a scoring rule or
 * an improvement model for themselves, instead of receiving one built on the driver.
 *
 * <p>A lambda or method reference whose target type is this interface is serialisable, so {@code
 * ScoringRules::allianceSalesScorecard} or {@code () -> ImprovementModel.closeGap(0.4)} can be
 * passed as is. The supplier must be a pure function: each call returns an equal value.
 *
 * @param <T> what it supplies
 */
@FunctionalInterface
public interface SerializableSupplier<T> extends Supplier<T>, Serializable {}
