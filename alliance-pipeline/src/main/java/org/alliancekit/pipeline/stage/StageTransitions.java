package org.alliancekit.pipeline.stage;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageKind;
import org.alliancekit.model.pipeline.StageModel;
import org.apiguardian.api.API;

/**
 * The moves an opportunity may make between the stages of a {@link StageModel}, such as the co-sell
 * lifecycle of {@link org.alliancekit.model.pipeline.StageModels#coSell()}.
 *
 * <p>Rules, in the model's stage order:
 *
 * <ul>
 *   <li>from an open stage forward to any later open or won stage, skipping as many stages as the
 *       deal skips (Prospect straight to Business Validation is allowed);
 *   <li>from any open stage to any lost stage (a deal can be lost at any point);
 *   <li>back from an open stage to an earlier open stage only if the transitions were made with
 *       {@link #allowingBackward(StageModel)} (a deal that slips back to qualification); {@link
 *       #of(StageModel)} rejects backward moves;
 *   <li>never out of a closed (won or lost) stage: closed stages are final, reopening a deal means
 *       a new opportunity;
 *   <li>never from a stage to itself.
 * </ul>
 *
 * <p>Both stages of a move must be in the model (same name, probability and kind, see {@link
 * StageModel#contains(Stage)}); a stage that is not is an error naming it and the model.
 *
 * <pre>{@code
 * StageTransitions coSell = StageTransitions.of(StageModels.coSell());
 * Opportunity moved = coSell.transition(opportunity, coSell.model().get("Committed"), day);
 * coSell.validate(moved);   // every step of its stage history is an allowed move
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class StageTransitions {
  private final StageModel model;
  private final boolean backwardAllowed;

  private StageTransitions(StageModel model, boolean backwardAllowed) {
    this.model = checkNotNull(model, "model");
    this.backwardAllowed = backwardAllowed;
  }

  /** Returns the transitions of {@code model} that reject moves back to an earlier stage. */
  public static StageTransitions of(StageModel model) {
    return new StageTransitions(model, false);
  }

  /**
   * Returns the transitions of {@code model} that also allow a move from an open stage back to an
   * earlier open stage.
   */
  public static StageTransitions allowingBackward(StageModel model) {
    return new StageTransitions(model, true);
  }

  /** The stage model whose stages these transitions move between. */
  public StageModel model() {
    return model;
  }

  /** Whether moves back from an open stage to an earlier open stage are allowed. */
  public boolean allowsBackward() {
    return backwardAllowed;
  }

  /**
   * Whether the move from {@code from} to {@code to} is allowed.
   *
   * @throws IllegalArgumentException if either stage is not in the model
   */
  public boolean isAllowed(Stage from, Stage to) {
    return refusal(position(from, "from"), position(to, "to")) == null;
  }

  /**
   * The stages reachable in one move from {@code from}, in model order.
   *
   * @throws IllegalArgumentException if the stage is not in the model
   */
  public ImmutableList<Stage> allowedFrom(Stage from) {
    int start = position(from, "from");
    ImmutableList.Builder<Stage> targets = ImmutableList.builder();
    for (int i = 0; i < model.stages().size(); i++) {
      if (refusal(start, i) == null) {
        targets.add(model.stages().get(i));
      }
    }
    return targets.build();
  }

  /**
   * Checks that the move from {@code from} to {@code to} is allowed.
   *
   * @throws IllegalArgumentException if either stage is not in the model, or the move is not
   *     allowed; the message names both stages, the model and the rule
   */
  public void check(Stage from, Stage to) {
    String refusal = refusal(position(from, "from"), position(to, "to"));
    if (refusal != null) {
      throw new IllegalArgumentException(
          String.format(
              "stage model %s does not allow a move from %s to %s: %s",
              model.name(), from.name(), to.name(), refusal));
    }
  }

  /**
   * Returns the opportunity moved to stage {@code to} on day {@code on}: its stage becomes {@code
   * to}, a {@link StageChange} is appended to its history (when the history is empty, the current
   * stage is recorded first as entered on the creation day), and if {@code to} is closed the
   * expected close date becomes {@code on}, the day it actually closed.
   *
   * @throws IllegalArgumentException if the move is not allowed (see {@link #check}), or {@code on}
   *     is before the last recorded stage change or before the opportunity was created
   */
  public Opportunity transition(Opportunity opportunity, Stage to, LocalDate on) {
    checkNotNull(opportunity, "opportunity");
    checkNotNull(to, "to");
    checkNotNull(on, "on");
    checkArgument(
        model.contains(opportunity.stage()),
        "opportunity %s is at stage %s, which is not in stage model %s",
        opportunity.id(),
        describe(opportunity.stage()),
        model.name());
    check(opportunity.stage(), to);
    List<StageChange> history = new ArrayList<>(opportunity.stageHistory());
    if (history.isEmpty()) {
      history.add(StageChange.of(opportunity.created(), opportunity.stage()));
    }
    LocalDate last = history.get(history.size() - 1).date();
    checkArgument(
        !on.isBefore(last),
        "opportunity %s cannot move to stage %s on %s, before its last stage change on %s",
        opportunity.id(),
        to.name(),
        on,
        last);
    history.add(StageChange.of(on, to));
    Opportunity.Builder moved =
        Opportunity.builder().from(opportunity).stage(to).stageHistory(history);
    if (to.isClosed()) {
      moved.expectedClose(on);
    }
    return moved.build();
  }

  /**
   * Checks an opportunity against the model: its current stage and every stage of its history are
   * in the model, and each step of the history is an allowed move. The first entry of the history
   * may be any stage of the model (opportunities may enter the process at any stage).
   *
   * @return {@code opportunity}
   * @throws IllegalArgumentException naming the opportunity, the stage and the model for a stage
   *     not in the model, or the first disallowed step
   */
  public Opportunity validate(Opportunity opportunity) {
    checkNotNull(opportunity, "opportunity");
    checkArgument(
        model.contains(opportunity.stage()),
        "opportunity %s is at stage %s, which is not in stage model %s",
        opportunity.id(),
        describe(opportunity.stage()),
        model.name());
    Stage previous = null;
    for (StageChange change : opportunity.stageHistory()) {
      checkArgument(
          model.contains(change.stage()),
          "stage history of opportunity %s enters stage %s on %s, which is not in stage model %s",
          opportunity.id(),
          describe(change.stage()),
          change.date(),
          model.name());
      if (previous != null) {
        String refusal = refusal(model.indexOf(previous), model.indexOf(change.stage()));
        if (refusal != null) {
          throw new IllegalArgumentException(
              String.format(
                  "stage history of opportunity %s moves from %s to %s on %s, which stage model %s"
                      + " does not allow: %s",
                  opportunity.id(),
                  previous.name(),
                  change.stage().name(),
                  change.date(),
                  model.name(),
                  refusal));
        }
      }
      previous = change.stage();
    }
    return opportunity;
  }

  /**
   * Validates every opportunity as {@link #validate} does: the good ones in input order, and for
   * every bad one a {@link Problem} with its index, its id as key, kind {@link
   * ProblemKind#UNKNOWN_REFERENCE} for a stage not in the model or {@link
   * ProblemKind#INVALID_VALUE} for a disallowed step, and the message {@link #validate} would
   * throw.
   */
  public BatchResult<Opportunity> validateAll(List<Opportunity> opportunities) {
    checkNotNull(opportunities, "opportunities");
    List<Opportunity> good = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int row = 0; row < opportunities.size(); row++) {
      Opportunity opportunity = checkNotNull(opportunities.get(row), "opportunity at row %s", row);
      try {
        good.add(validate(opportunity));
      } catch (IllegalArgumentException e) {
        ProblemKind kind =
            stagesKnown(opportunity) ? ProblemKind.INVALID_VALUE : ProblemKind.UNKNOWN_REFERENCE;
        problems.add(Problem.atRow(row, opportunity.id().value(), kind, e.getMessage()));
      }
    }
    return BatchResult.of(good, problems);
  }

  private boolean stagesKnown(Opportunity opportunity) {
    return model.contains(opportunity.stage())
        && opportunity.stageHistory().stream().allMatch(change -> model.contains(change.stage()));
  }

  private int position(Stage stage, String field) {
    checkNotNull(stage, field);
    int position = model.indexOf(stage);
    checkArgument(
        position >= 0, "stage %s is not in stage model %s", describe(stage), model.name());
    return position;
  }

  /** Why the move between two positions is refused, or null if it is allowed. */
  private String refusal(int from, int to) {
    Stage source = model.stages().get(from);
    Stage target = model.stages().get(to);
    if (from == to) {
      return "a move must change the stage";
    }
    if (source.isClosed()) {
      return source.name() + " is closed and closed stages are final";
    }
    if (target.kind() == StageKind.LOST || to > from) {
      return null;
    }
    // Open stages precede closed ones in every model, so an earlier target is an open stage.
    return backwardAllowed ? null : "moves back to an earlier stage are not allowed";
  }

  /** Name, kind and probability of a stage, such as {@code Proposal (OPEN, 0.5)}. */
  static String describe(Stage stage) {
    return stage.name() + " (" + stage.kind() + ", " + stage.probability() + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StageTransitions that
        && model.equals(that.model)
        && backwardAllowed == that.backwardAllowed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, backwardAllowed);
  }

  @Override
  public String toString() {
    return "StageTransitions{" + model.name() + (backwardAllowed ? ", backward allowed}" : "}");
  }
}
