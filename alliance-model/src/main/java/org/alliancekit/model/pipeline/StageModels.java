package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Ready-made {@link StageModel}s. Both are ordinary data: a CRM with its own process builds its own
 * model with {@link StageModel#builder()}.
 *
 * <p>The probabilities are conventional starting points, not measurements; calibrate them on your
 * own won and lost history.
 */
@API(status = STABLE, since = "0.1")
public final class StageModels {
  private static final StageModel GENERIC =
      StageModel.of(
          "Generic",
          Stage.open("Prospecting", 0.1),
          Stage.open("Qualification", 0.2),
          Stage.open("Proposal", 0.5),
          Stage.open("Negotiation", 0.8),
          Stage.won("Closed Won"),
          Stage.lost("Closed Lost"));

  private static final StageModel CO_SELL =
      StageModel.of(
          "Co-sell",
          Stage.open("Prospect", 0.1),
          Stage.open("Qualified", 0.2),
          Stage.open("Technical Validation", 0.4),
          Stage.open("Business Validation", 0.6),
          Stage.open("Committed", 0.9),
          Stage.won("Launched"),
          Stage.lost("Closed Lost"));

  private StageModels() {}

  /**
   * A generic direct-sales process named "Generic":
   *
   * <table>
   *   <caption>Stages of the generic model</caption>
   *   <tr><th>stage</th><th>kind</th><th>probability</th></tr>
   *   <tr><td>Prospecting</td><td>open</td><td>0.1</td></tr>
   *   <tr><td>Qualification</td><td>open</td><td>0.2</td></tr>
   *   <tr><td>Proposal</td><td>open</td><td>0.5</td></tr>
   *   <tr><td>Negotiation</td><td>open</td><td>0.8</td></tr>
   *   <tr><td>Closed Won</td><td>won</td><td>1</td></tr>
   *   <tr><td>Closed Lost</td><td>lost</td><td>0</td></tr>
   * </table>
   */
  public static StageModel generic() {
    return GENERIC;
  }

  /**
   * The co-sell lifecycle named "Co-sell", for opportunities that two or more partners work
   * together: the joint solution is proven technically, then its business case is agreed, then the
   * customer commits, and the deal is won when the solution is launched at the customer.
   *
   * <table>
   *   <caption>Stages of the co-sell model</caption>
   *   <tr><th>stage</th><th>kind</th><th>probability</th></tr>
   *   <tr><td>Prospect</td><td>open</td><td>0.1</td></tr>
   *   <tr><td>Qualified</td><td>open</td><td>0.2</td></tr>
   *   <tr><td>Technical Validation</td><td>open</td><td>0.4</td></tr>
   *   <tr><td>Business Validation</td><td>open</td><td>0.6</td></tr>
   *   <tr><td>Committed</td><td>open</td><td>0.9</td></tr>
   *   <tr><td>Launched</td><td>won</td><td>1</td></tr>
   *   <tr><td>Closed Lost</td><td>lost</td><td>0</td></tr>
   * </table>
   */
  public static StageModel coSell() {
    return CO_SELL;
  }
}
