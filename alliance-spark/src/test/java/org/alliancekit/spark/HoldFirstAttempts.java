package org.alliancekit.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;

/**
 * A Spark plugin for the fault test ({@code spark.plugins}): in every stage over at least {@code
 * spark.alliance.hold.partitions} partitions, it records each task but that of partition 0 that
 * starts as a file {@code task-s<stage>-p<partition>-a<attempt>-pid<executor process>} in {@code
 * spark.alliance.hold.dir}, and holds the first attempt of each task until a file {@code go}
 * appears there (at most two minutes). The test can so see a task running on each executor, kill
 * one executor's worker while its task is held, and then let the rest go: the lost task must be run
 * again elsewhere.
 */
public final class HoldFirstAttempts implements SparkPlugin {
  /** Creates the plugin, as Spark does. */
  public HoldFirstAttempts() {}

  @Override
  public DriverPlugin driverPlugin() {
    return null;
  }

  @Override
  public ExecutorPlugin executorPlugin() {
    return new ExecutorPlugin() {
      private Path dir;
      private int partitions;

      @Override
      public void init(PluginContext context, Map<String, String> extraConf) {
        dir = Paths.get(context.conf().get("spark.alliance.hold.dir"));
        partitions = context.conf().getInt("spark.alliance.hold.partitions", 2);
      }

      @Override
      public void onTaskStart() {
        TaskContext task = TaskContext.get();
        // Partition 0 alone is what a job that takes a few rows (such as the CSV reader reading a
        // header) runs; a whole stage runs the others too, on both executors.
        if (task == null || task.numPartitions() < partitions || task.partitionId() == 0) {
          return;
        }
        try {
          Files.writeString(
              dir.resolve(
                  "task-s"
                      + task.stageId()
                      + "-p"
                      + task.partitionId()
                      + "-a"
                      + task.attemptNumber()
                      + "-pid"
                      + ProcessHandle.current().pid()),
              "");
          long deadline = System.nanoTime() + 120_000_000_000L;
          while (task.attemptNumber() == 0
              && task.stageAttemptNumber() == 0
              && !Files.exists(dir.resolve("go"))
              && System.nanoTime() < deadline) {
            Thread.sleep(100);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
