package org.alliancekit.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Spark standalone cluster of separate JVMs on 127.0.0.1, for the tests of a test class: a master
 * and two workers (one core and 768 MB each, so each runs one executor of 512 MB) started from the
 * Spark jars the build copied into {@code target/spark-home/jars}, and applications submitted
 * through {@code org.apache.spark.deploy.SparkSubmit} as a process of their own, as {@code
 * spark-submit} runs them.
 *
 * <p>Registered with {@code @RegisterExtension}, it starts before the first test and, after the
 * last one (whether the tests passed or not), destroys every process it started together with their
 * descendants (the executors that the workers launched), then fails the class if any of them is
 * still alive. A shutdown hook destroys them too if the test JVM is stopped first. Ports are free
 * ones chosen at start. Logs of each process go to {@code target/cluster/<run>/<name>.log}.
 */
final class StandaloneCluster implements BeforeAllCallback, AfterAllCallback {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path sparkHome;
  private final List<Process> started = new ArrayList<>();
  private final Set<ProcessHandle> seen = new LinkedHashSet<>();
  private final Thread shutdownHook = new Thread(this::destroyAll, "stop-spark-cluster");
  private Path runDir;
  private String masterUrl;
  private final List<Process> workers = new ArrayList<>();
  private final Map<String, Process> names = new java.util.HashMap<>();

  StandaloneCluster() {
    this.sparkHome =
        Paths.get(System.getProperty("alliance.spark.home", "target/spark-home")).toAbsolutePath();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Path jars = sparkHome.resolve("jars");
    assertTrue(
        Files.isDirectory(jars), jars + " is missing: run the build's generate-test-resources");
    // Spark's launcher takes a folder with a RELEASE file for a distribution, whose jars are in
    // jars/; the workers build their executors' class path from it.
    Path release = sparkHome.resolve("RELEASE");
    if (!Files.exists(release)) {
      Files.writeString(release, "Spark jars of the alliance-spark build\n", UTF_8);
    }
    runDir =
        Paths.get(
                "target",
                "cluster",
                context.getRequiredTestClass().getSimpleName() + "-" + System.currentTimeMillis())
            .toAbsolutePath();
    Files.createDirectories(runDir);
    Runtime.getRuntime().addShutdownHook(shutdownHook);

    int masterPort = freePort();
    int masterUi = freePort();
    masterUrl = "spark://127.0.0.1:" + masterPort;
    start(
        "master",
        List.of(
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(masterPort),
            "--webui-port",
            Integer.toString(masterUi)));
    for (int i = 1; i <= 2; i++) {
      Path work = runDir.resolve("work-" + i);
      Files.createDirectories(work);
      workers.add(
          start(
              "worker-" + i,
              List.of(
                  "org.apache.spark.deploy.worker.Worker",
                  "--host",
                  "127.0.0.1",
                  "--port",
                  Integer.toString(freePort()),
                  "--webui-port",
                  Integer.toString(freePort()),
                  "--cores",
                  "1",
                  "--memory",
                  "768m",
                  "--work-dir",
                  work.toString(),
                  masterUrl)));
    }
    awaitWorkers(masterUi, 2);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    destroyAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs anyway.
    }
    List<ProcessHandle> alive = seen.stream().filter(ProcessHandle::isAlive).toList();
    assertEquals(List.of(), alive, "processes of the cluster still alive");
  }

  /** The master's URL, {@code spark://127.0.0.1:<port>}. */
  String masterUrl() {
    return masterUrl;
  }

  /** The folder of this run's logs and work folders. */
  Path runDir() {
    return runDir;
  }

  /** Whether a process named {@code name} was started and has ended. */
  boolean ended(String name) {
    synchronized (started) {
      return names.containsKey(name) && !names.get(name).isAlive();
    }
  }

  /** The worker processes, in start order. */
  List<Process> workers() {
    return List.copyOf(workers);
  }

  /**
   * Every process started and every descendant of one seen so far: the handles whose liveness is
   * checked at the end.
   */
  Set<ProcessHandle> seen() {
    remember();
    return Set.copyOf(seen);
  }

  /**
   * Kills a worker and the executors it launched (their processes destroyed forcibly, as a lost
   * machine ends them) and waits until they are gone.
   */
  void kill(Process worker) throws InterruptedException {
    remember();
    List<ProcessHandle> children = worker.descendants().toList();
    for (ProcessHandle child : children) {
      child.destroyForcibly();
    }
    worker.destroyForcibly();
    for (ProcessHandle child : children) {
      child.onExit().join();
    }
    assertTrue(worker.waitFor(30, TimeUnit.SECONDS), "killed worker still running");
  }

  /**
   * Runs {@code SparkSubmit} in client mode against this cluster with the given options (before the
   * jar), the application jar and its arguments, and waits for it to end.
   *
   * @return the submission: its exit code and the path of its log
   */
  Submission submit(
      String name,
      List<Path> driverClassPath,
      List<String> options,
      Path jar,
      List<String> arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("org.apache.spark.deploy.SparkSubmit");
    command.add("--master");
    command.add(masterUrl);
    command.add("--deploy-mode");
    command.add("client");
    command.add("--executor-memory");
    command.add("512m");
    command.add("--conf");
    command.add("spark.driver.host=127.0.0.1");
    command.add("--conf");
    command.add("spark.driver.bindAddress=127.0.0.1");
    command.add("--conf");
    command.add("spark.ui.enabled=false");
    command.add("--conf");
    command.add("spark.executor.extraJavaOptions=" + log4j());
    command.addAll(options);
    command.add(jar.toString());
    command.addAll(arguments);
    Process process = start(name, driverClassPath, command);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(name + " did not end in 5 minutes; log: " + log(name));
    }
    return new Submission(process.exitValue(), runDir.resolve(name + ".log"));
  }

  /** The log of a process of this cluster, for failure messages. */
  String log(String name) {
    try {
      return Files.readString(runDir.resolve(name + ".log"), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A finished submission. */
  record Submission(int exitCode, Path log) {}

  private Process start(String name, List<String> mainAndArguments) throws IOException {
    return start(name, List.of(), mainAndArguments);
  }

  private Process start(String name, List<Path> classPath, List<String> mainAndArguments)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:+IgnoreUnrecognizedVMOptions");
    command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
    command.add(log4j());
    command.add("-cp");
    StringBuilder path = new StringBuilder();
    for (Path entry : classPath) {
      path.append(entry).append(File.pathSeparator);
    }
    command.add(
        path.append(sparkHome.resolve("jars")).append(File.separator).append('*').toString());
    command.addAll(mainAndArguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("SPARK_") || key.startsWith("HADOOP_"));
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_DIRS", runDir.resolve("local").toString());
    env.put("SPARK_WORKER_DIR", runDir.resolve("work").toString());
    builder.directory(runDir.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(runDir.resolve(name + ".log").toFile());
    Process process = builder.start();
    synchronized (started) {
      names.put(name, process);
      started.add(process);
      seen.add(process.toHandle());
    }
    return process;
  }

  private static String log4j() {
    Path config = Paths.get("target", "test-classes", "log4j2-test.properties").toAbsolutePath();
    return "-Dlog4j2.configurationFile=" + config.toUri();
  }

  private void awaitWorkers(int masterUi, int count) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      for (Process process : started) {
        if (!process.isAlive()) {
          throw new AssertionError(
              "a cluster process ended at start (" + process.exitValue() + "): " + logs());
        }
      }
      try {
        last = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = alive.matcher(last);
        if (matcher.find() && Integer.parseInt(matcher.group(1)) >= count) {
          return;
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        count + " workers not registered in " + START_TIMEOUT + ": " + last + "\n" + logs());
  }

  private String logs() {
    try (var files = Files.list(runDir)) {
      return files
          .filter(file -> file.toString().endsWith(".log"))
          .map(
              file -> {
                try {
                  return file.getFileName() + ":\n" + Files.readString(file, UTF_8);
                } catch (IOException e) {
                  return file + ": " + e;
                }
              })
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private void remember() {
    synchronized (started) {
      for (Process process : started) {
        process.descendants().forEach(seen::add);
      }
    }
  }

  private void destroyAll() {
    synchronized (started) {
      remember();
      // Executors and drivers first, then the workers, then the master.
      for (int i = started.size() - 1; i >= 0; i--) {
        Process process = started.get(i);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      for (ProcessHandle handle : seen) {
        try {
          handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          // Reported by the liveness check.
        }
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
