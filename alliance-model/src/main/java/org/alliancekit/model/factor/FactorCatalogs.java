package org.alliancekit.model.factor;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.alliancekit.model.factor.FactorCategory.COMMERCIAL;
import static org.alliancekit.model.factor.FactorCategory.CULTURAL;
import static org.alliancekit.model.factor.FactorCategory.OPERATIONAL;
import static org.alliancekit.model.factor.FactorCategory.STRATEGIC;
import static org.alliancekit.model.factor.FactorCategory.TECHNICAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The standard success-factor catalogs of alliance sales.
 *
 * <ul>
 *   <li>{@link #bestPractices()}: the 52 alliance best practices in five categories, Commercial
 *       {@code Co1..Co10}, Technical {@code T11..T19}, Strategic {@code S20..S30}, Cultural {@code
 *       Cu31..Cu38} and Operational {@code O39..O52}, in code-number order.
 *   <li>{@link #allianceSalesScorecard()}: the Alliance Sales Balanced Scorecard, a 25-factor
 *       subset of the best practices with five factors in each category, worded for alliance sales.
 * </ul>
 *
 * <p>Every factor carries a short description. A scorecard factor has the same code and category as
 * the best practice it is drawn from; a few of its names are phrased for the sales setting (for
 * example {@code O42} is "Business plan" among the best practices and "Joint business plan" on the
 * scorecard). {@code Co4} and {@code O40} are two different factors that share the name "Alliance
 * Audit": the first reviews the commercial side of the alliance, the second how it is run.
 *
 * <p>Both catalogs are built once and shared; this class has no state of its own.
 */
@API(status = STABLE, since = "0.1")
public final class FactorCatalogs {
  /** Name of the 52-factor catalog returned by {@link #bestPractices()}. */
  public static final String BEST_PRACTICES_NAME = "BEST_PRACTICES";

  /** Name of the 25-factor catalog returned by {@link #allianceSalesScorecard()}. */
  public static final String SALES_SCORECARD_NAME = "SALES_SCORECARD";

  private static final FactorCatalog BEST_PRACTICES =
      FactorCatalog.of(
          BEST_PRACTICES_NAME,
          ImmutableList.of(
              factor(
                  COMMERCIAL,
                  "Co1",
                  "Joint Business Value Proposition (BVP)",
                  "The parties build and offer a value proposition together and can say what it"
                      + " does for the customer."),
              factor(
                  COMMERCIAL,
                  "Co2",
                  "Due Diligence",
                  "Each side has checked the other's standing, capabilities and fit before"
                      + " committing to the alliance."),
              factor(
                  COMMERCIAL,
                  "Co3",
                  "Optimum Legal / Business Structure",
                  "The legal and business form of the relationship suits what it is meant to"
                      + " achieve."),
              factor(
                  COMMERCIAL,
                  "Co4",
                  "Alliance Audit",
                  "The commercial terms and results of the alliance are reviewed at set"
                      + " intervals."),
              factor(
                  COMMERCIAL,
                  "Co5",
                  "Key metrics",
                  "Both sides track a small, agreed set of numbers that show commercial"
                      + " success."),
              factor(
                  COMMERCIAL,
                  "Co6",
                  "Alliance reward system",
                  "Sellers and managers on both sides are paid and recognised for alliance"
                      + " sales."),
              factor(
                  COMMERCIAL,
                  "Co7",
                  "Commercial cost",
                  "What the alliance costs each side is known and accepted."),
              factor(
                  COMMERCIAL,
                  "Co8",
                  "Commercial benefit",
                  "What each side gains commercially is known and worth the effort."),
              factor(
                  COMMERCIAL,
                  "Co9",
                  "Process for negotiation",
                  "An agreed way exists to negotiate terms and settle commercial differences."),
              factor(
                  COMMERCIAL,
                  "Co10",
                  "Expected Cost value ratio",
                  "The value each side expects is weighed against what it expects to spend."),
              factor(
                  TECHNICAL,
                  "T11",
                  "Valuation of assets",
                  "The assets each side brings, such as technology, know-how and customers, have"
                      + " been valued."),
              factor(
                  TECHNICAL,
                  "T12",
                  "Partner company market position",
                  "The partner's standing in its markets is understood."),
              factor(
                  TECHNICAL,
                  "T13",
                  "Host company market position",
                  "The host's own standing in its markets is understood."),
              factor(
                  TECHNICAL,
                  "T14",
                  "Market fit of proposed solution",
                  "The joint solution answers a real need in the target market."),
              factor(
                  TECHNICAL,
                  "T15",
                  "Product fit with partners offerings",
                  "The products involved complement what the partner already sells."),
              factor(
                  TECHNICAL,
                  "T16",
                  "Identified mutual needs in the relationship",
                  "What each side needs from the other has been named, in both directions."),
              factor(
                  TECHNICAL,
                  "T17",
                  "Process for team problem solving",
                  "People from both sides have a set way to work through problems together."),
              factor(
                  TECHNICAL,
                  "T18",
                  "Shared Control",
                  "Control over the joint work is shared instead of held by one side."),
              factor(
                  TECHNICAL,
                  "T19",
                  "Partner accountability",
                  "Each party answers for delivering what it has committed to."),
              factor(
                  STRATEGIC,
                  "S20",
                  "Shared objectives",
                  "The parties pursue objectives they hold in common."),
              factor(
                  STRATEGIC,
                  "S21",
                  "Relationship Scope",
                  "What the relationship covers, in products, markets and regions, is defined."),
              factor(
                  STRATEGIC,
                  "S22",
                  "Tactical and strategic risk",
                  "The short-term and long-term risks of the relationship have been identified."),
              factor(
                  STRATEGIC,
                  "S23",
                  "Risk sharing",
                  "Risks are divided between the parties in a way both consider fair."),
              factor(
                  STRATEGIC,
                  "S24",
                  "Exit strategies",
                  "There is an agreed way to wind the relationship down or leave it."),
              factor(
                  STRATEGIC,
                  "S25",
                  "Senior executive support",
                  "Senior executives on every side visibly back the relationship."),
              factor(
                  STRATEGIC,
                  "S26",
                  "B2B Strategic alignment",
                  "The strategies of the two businesses point in the same direction."),
              factor(
                  STRATEGIC,
                  "S27",
                  "Fit with strategic business path",
                  "The alliance fits the course each business has set for itself."),
              factor(
                  STRATEGIC,
                  "S28",
                  "Other relationships with same partner",
                  "Other dealings with the same partner are known and taken into account."),
              factor(
                  STRATEGIC,
                  "S29",
                  "Common strategic ground rules",
                  "The parties have agreed the rules for how they behave toward each other."),
              factor(
                  STRATEGIC,
                  "S30",
                  "Common vision",
                  "Both sides see the same future for the relationship, beyond single deals."),
              factor(
                  CULTURAL,
                  "Cu31",
                  "Business to business trust",
                  "The organisations trust each other, not only the individuals involved."),
              factor(
                  CULTURAL,
                  "Cu32",
                  "Collaborative corporate mindset",
                  "Each company as a whole is inclined to work with partners."),
              factor(
                  CULTURAL,
                  "Cu33",
                  "Collaboration skills",
                  "The people involved know how to work across company boundaries."),
              factor(
                  CULTURAL,
                  "Cu34",
                  "Dedicated alliance manager",
                  "Each side has a named manager whose main job is the alliance."),
              factor(
                  CULTURAL,
                  "Cu35",
                  "Alliance centre of excellence",
                  "A central team keeps and spreads alliance know-how inside the company."),
              factor(
                  CULTURAL,
                  "Cu36",
                  "Decision making process",
                  "Who decides what, and how fast, is clear and acceptable to both sides."),
              factor(
                  CULTURAL,
                  "Cu37",
                  "Other cultural issues",
                  "Remaining cultural gaps, such as different attitudes to risk, are recognised"
                      + " and handled."),
              factor(
                  CULTURAL,
                  "Cu38",
                  "B2B Cultural Alignment",
                  "The working cultures of the two businesses are compatible."),
              factor(
                  OPERATIONAL,
                  "O39",
                  "Alliance process",
                  "A defined process runs the alliance from its start through its reviews."),
              factor(
                  OPERATIONAL,
                  "O40",
                  "Alliance Audit",
                  "How the alliance is run day to day is audited at set intervals."),
              factor(
                  OPERATIONAL,
                  "O41",
                  "Revenue flow",
                  "How revenue passes between the parties is defined and works in practice."),
              factor(
                  OPERATIONAL,
                  "O42",
                  "Business plan",
                  "A plan agreed by both sides sets targets, actions and owners."),
              factor(
                  OPERATIONAL,
                  "O43",
                  "Communication",
                  "Information flows regularly and openly between the parties."),
              factor(
                  OPERATIONAL,
                  "O44",
                  "Health check",
                  "The state of the relationship is checked on a regular schedule."),
              factor(
                  OPERATIONAL,
                  "O45",
                  "Alliance charter",
                  "A charter or memorandum of understanding records how the alliance works."),
              factor(
                  OPERATIONAL,
                  "O46",
                  "Change mgt.",
                  "Changes in either business or in the alliance are managed deliberately."),
              factor(
                  OPERATIONAL,
                  "O47",
                  "Operational metrics",
                  "Day-to-day performance is measured against agreed metrics."),
              factor(
                  OPERATIONAL,
                  "O48",
                  "Operational alignment",
                  "The daily operations of the two sides fit together."),
              factor(
                  OPERATIONAL,
                  "O49",
                  "Exponential breakthroughs",
                  "The alliance looks for step changes in results, not only gradual gains."),
              factor(
                  OPERATIONAL,
                  "O50",
                  "Internal alignment",
                  "Each company's own departments are lined up behind the alliance."),
              factor(
                  OPERATIONAL,
                  "O51",
                  "Project plan",
                  "Joint work is planned with tasks, owners and dates."),
              factor(
                  OPERATIONAL,
                  "O52",
                  "Issue escalation",
                  "There is an agreed path for taking problems to higher management.")));

  private static final FactorCatalog SALES_SCORECARD =
      FactorCatalog.of(
          SALES_SCORECARD_NAME,
          ImmutableList.of(
              scorecard("Co1", "Business Value Proposition (BVP)"),
              scorecard("Co5", "Key metrics"),
              scorecard("Co6", "Alliance reward system"),
              scorecard("Co7", "Commercial cost"),
              scorecard("Co8", "Commercial benefit"),
              scorecard("T14", "Market fit of proposed BVP solution/s"),
              scorecard("T15", "Product fit with partners' offerings"),
              scorecard("T16", "Identified mutual needs in the relationship"),
              scorecard("T17", "Process for joint problem solving"),
              scorecard("T19", "Partner accountability"),
              scorecard("S21", "Relationship Scope"),
              scorecard("S25", "Senior executive support"),
              scorecard("S26", "B2B Strategic alignment"),
              scorecard("S29", "Common strategic ground rules"),
              scorecard("S30", "Common vision"),
              scorecard("Cu31", "Business to business trust"),
              scorecard("Cu33", "Collaboration skills"),
              scorecard("Cu34", "Dedicated alliance manager"),
              scorecard("Cu36", "Decision making process"),
              scorecard("Cu38", "Business to Business cultural alignment"),
              scorecard("O39", "Alliance process"),
              scorecard("O42", "Joint business plan"),
              scorecard("O45", "MOUP or Alliance Charter"),
              scorecard("O47", "Operational metrics"),
              scorecard("O48", "Business to business operational alignment")));

  private FactorCatalogs() {}

  /**
   * Returns the 52 alliance best practices, in code-number order from {@code Co1} to {@code O52}:
   * 10 commercial, 9 technical, 11 strategic, 8 cultural and 14 operational factors. The catalog is
   * named {@value #BEST_PRACTICES_NAME}.
   */
  public static FactorCatalog bestPractices() {
    return BEST_PRACTICES;
  }

  /**
   * Returns the Alliance Sales Balanced Scorecard: 25 of the best practices, five per category, in
   * code-number order ({@code Co1 Co5 Co6 Co7 Co8, T14 T15 T16 T17 T19, S21 S25 S26 S29 S30, Cu31
   * Cu33 Cu34 Cu36 Cu38, O39 O42 O45 O47 O48}), named as the scorecard words them. The catalog is
   * named {@value #SALES_SCORECARD_NAME}.
   */
  public static FactorCatalog allianceSalesScorecard() {
    return SALES_SCORECARD;
  }

  /**
   * Returns the standard catalog with the given name ({@value #BEST_PRACTICES_NAME} or {@value
   * #SALES_SCORECARD_NAME}), if there is one.
   */
  public static Optional<FactorCatalog> byName(String name) {
    checkNotNull(name, "name");
    switch (name) {
      case BEST_PRACTICES_NAME:
        return Optional.of(BEST_PRACTICES);
      case SALES_SCORECARD_NAME:
        return Optional.of(SALES_SCORECARD);
      default:
        return Optional.empty();
    }
  }

  private static SuccessFactor factor(
      FactorCategory category, String code, String name, String description) {
    return SuccessFactor.of(code, name, category, description);
  }

  /** A scorecard factor: the best practice with the same code, under the scorecard's name. */
  private static SuccessFactor scorecard(String code, String name) {
    return BEST_PRACTICES.get(code).withName(name);
  }
}
