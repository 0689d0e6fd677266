package org.alliancekit.model.relationship;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How the two sides of a relationship go to market together. There are three motions, each with its
 * own attributes:
 *
 * <ul>
 *   <li>{@link SellWith}: the alliance sale. Both sides take an active part in each deal, share
 *       what they know about the prospect, know which role each plays and win only by working
 *       together.
 *   <li>{@link SellTo}: the simplest motion, one side selling to the other as a buyer. It suits
 *       plain transactions and fits complex enterprise deals poorly.
 *   <li>{@link SellThrough}: the channel motion. One side is the other's route to market and
 *       usually charges for that access.
 * </ul>
 *
 * <p>Running an alliance as a sell-to or sell-through motion tends to damage it: the partner treats
 * the other side as a vendor, or refuses to act as somebody else's channel. {@link
 * Relationship#isAlliance()} tells the motions apart.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface SalesMotion permits SellWith, SellTo, SellThrough {}
