package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An ordered sales process: the {@link Stage}s an opportunity moves through, from the first open
 * stage to the closed ones.
 *
 * <p>A model has at least one open and at least one closed (won or lost) stage, lists every open
 * stage before every closed stage, and has no two stages whose names differ only in case. Look-ups
 * by name ignore case. Open probabilities need not increase along the model, though they usually
 * do. Presets are in {@link StageModels}.
 *
 * <p>Whether an opportunity's stage belongs to a given model is a question for the code that uses
 * both ({@link #contains(Stage)}); an opportunity does not know its model.
 *
 * <pre>{@code
 * StageModel model = StageModel.of("Simple",
 *     Stage.open("Working", 0.3), Stage.won("Won"), Stage.lost("Lost"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class StageModel implements WithStageModel {
  StageModel() {}

  /** The model's name, such as "Co-sell". */
  @Value.Parameter
  public abstract String name();

  /** The stages in order: open stages first, then closed ones. */
  @Value.Parameter
  public abstract ImmutableList<Stage> stages();

  /** Stage positions by case-folded name. */
  @Value.Lazy
  ImmutableMap<String, Integer> positions() {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < stages().size(); i++) {
      positions.putIfAbsent(key(stages().get(i).name()), i);
    }
    return ImmutableMap.copyOf(positions);
  }

  /**
   * Stage positions by name as written, so that a name spelt as the model spells it is not folded.
   */
  @Value.Lazy
  ImmutableMap<String, Integer> exactPositions() {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < stages().size(); i++) {
      positions.putIfAbsent(stages().get(i).name(), i);
    }
    return ImmutableMap.copyOf(positions);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Returns the stage with the given name, ignoring case, if the model has one. */
  public Optional<Stage> stage(String stageName) {
    checkNotNull(stageName, "stageName");
    Integer position = exactPositions().get(stageName);
    if (position == null) {
      position = positions().get(key(stageName));
    }
    return position == null ? Optional.empty() : Optional.of(stages().get(position));
  }

  /**
   * Returns the stage with the given name, ignoring case.
   *
   * @throws IllegalArgumentException if the model has no such stage
   */
  public Stage get(String stageName) {
    return stage(stageName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    String.format("stage model %s has no stage named '%s'", name(), stageName)));
  }

  /**
   * Returns the position of the stage in this model, counting from 0, or -1 if the model does not
   * contain it. A stage is contained only if name, probability and kind all match.
   */
  public int indexOf(Stage stage) {
    checkNotNull(stage, "stage");
    Integer position = positions().get(key(stage.name()));
    return position != null && stages().get(position).equals(stage) ? position : -1;
  }

  /** Whether the stage is one of this model's stages (same name, probability and kind). */
  public boolean contains(Stage stage) {
    return indexOf(stage) >= 0;
  }

  /** The open stages, in order. */
  public ImmutableList<Stage> openStages() {
    return stages().stream().filter(stage -> !stage.isClosed()).collect(toImmutableList());
  }

  /** The closed (won and lost) stages, in order. */
  public ImmutableList<Stage> closedStages() {
    return stages().stream().filter(Stage::isClosed).collect(toImmutableList());
  }

  /**
   * Whether stage {@code a} comes after stage {@code b} in this model.
   *
   * @throws IllegalArgumentException if either stage is not in the model
   */
  public boolean isLaterThan(Stage a, Stage b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return position(a) > position(b);
  }

  private int position(Stage stage) {
    int position = indexOf(stage);
    checkArgument(position >= 0, "stage %s is not in stage model %s", stage.describe(), name());
    return position;
  }

  /**
   * Returns a model with the given stages in order.
   *
   * @throws IllegalArgumentException if the model breaks one of the rules above
   */
  public static StageModel of(String name, Iterable<? extends Stage> stages) {
    return ImmutableStageModel.of(name, stages);
  }

  /**
   * Returns a model with the given stages in order.
   *
   * @throws IllegalArgumentException if the model breaks one of the rules above
   */
  public static StageModel of(String name, Stage... stages) {
    return ImmutableStageModel.of(name, ImmutableList.copyOf(stages));
  }

  /** Returns a new builder; the name and the stages are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StageModel}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableStageModel.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.name("stage model name", name());
    ImmutableMap<String, Integer> positions = positions();
    int lastOpen = -1;
    int firstClosed = -1;
    for (int i = 0; i < stages().size(); i++) {
      Stage stage = stages().get(i);
      int first = positions.get(key(stage.name()));
      checkArgument(
          first == i,
          "stage model %s has two stages named '%s' and '%s'; names must be unique ignoring case",
          name(),
          stages().get(first).name(),
          stage.name());
      if (stage.isClosed()) {
        if (firstClosed < 0) {
          firstClosed = i;
        }
      } else {
        lastOpen = i;
        checkArgument(
            firstClosed < 0,
            "stage model %s lists open stage %s after closed stage %s; open stages come first",
            name(),
            stage.name(),
            firstClosed < 0 ? "" : stages().get(firstClosed).name());
      }
    }
    checkArgument(lastOpen >= 0, "stage model %s must have at least one open stage", name());
    checkArgument(firstClosed >= 0, "stage model %s must have at least one closed stage", name());
  }
}
