package org.alliancekit.io.partnercenter;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import org.alliancekit.model.pipeline.ReferralStatus;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModels;

/**
 * The vocabulary of the Partner Center Referrals API as this package uses it, for both directions:
 * the spellings of its enumerations and the stages closed and active referrals take.
 */
final class ReferralFormat {
  private ReferralFormat() {}

  /** {@code status}: New, Active, Closed. */
  static final ImmutableMap<String, ReferralStatus> STATUSES =
      ImmutableMap.of(
          "New",
          ReferralStatus.NEW,
          "Active",
          ReferralStatus.ACTIVE,
          "Closed",
          ReferralStatus.CLOSED);

  /** {@code substatus}: the sub-statuses as Partner Center spells them (the constant's name). */
  static final ImmutableMap<String, ReferralSubStatus> SUB_STATUSES =
      Arrays.stream(ReferralSubStatus.values())
          .collect(ImmutableMap.toImmutableMap(ReferralFormat::spelling, sub -> sub));

  /** {@code type}. */
  enum ReferralType {
    /** Visible to one partner only. */
    INDEPENDENT,
    /** Visible to two parties working together, such as Microsoft and the partner. */
    SHARED
  }

  static final ImmutableMap<String, ReferralType> TYPES =
      ImmutableMap.of("Independent", ReferralType.INDEPENDENT, "Shared", ReferralType.SHARED);

  /** {@code direction}: whether the host received the referral or sent it. */
  enum Direction {
    /** Received by the host. */
    INCOMING,
    /** Sent by the host. */
    OUTGOING
  }

  static final ImmutableMap<String, Direction> DIRECTIONS =
      ImmutableMap.of("Incoming", Direction.INCOMING, "Outgoing", Direction.OUTGOING);

  /** The profile type of a customer id that is a DUNS number. */
  static final String DUNS = "Duns";

  /** The co-sell stage of an accepted (active) referral. */
  static final Stage ACTIVE_STAGE = StageModels.coSell().get("Qualified");

  /** The co-sell stage of a won referral. */
  static final Stage WON_STAGE = StageModels.coSell().get("Launched");

  /** The co-sell stage of a lost, declined or expired referral. */
  static final Stage LOST_STAGE = StageModels.coSell().get("Closed Lost");

  /** The longest name or text value kept, as the model allows. */
  static final int MAX_TEXT = 256;

  /** The longest notes kept, as the model allows for a paragraph. */
  static final int MAX_NOTES = 10_000;

  /** A sub-status as Partner Center spells it: {@code Pending}, {@code Won} and so on. */
  static String spelling(ReferralSubStatus sub) {
    String name = sub.name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** A status as Partner Center spells it. */
  static String spelling(ReferralStatus status) {
    String name = status.name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** The stage a referral of the sub-status takes as an opportunity (active or closed). */
  static Stage stage(ReferralSubStatus sub) {
    return switch (sub) {
      case WON -> WON_STAGE;
      case LOST, DECLINED, EXPIRED -> LOST_STAGE;
      default -> ACTIVE_STAGE;
    };
  }
}
