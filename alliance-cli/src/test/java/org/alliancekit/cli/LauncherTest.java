package org.alliancekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The ./alliancekit script at the root agrees with the build that makes what it runs. */
class LauncherTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  @Test
  void theLauncherIsAnExecutableBashScriptThatBuildsWithTheWrapper() throws IOException {
    Path script = ROOT.resolve("alliancekit");

    assertTrue(Files.isExecutable(script), script + " must be executable");
    String text = Files.readString(script, UTF_8);
    assertTrue(text.startsWith("#!/usr/bin/env bash\n"));
    assertTrue(text.contains("./mvnw -q -B -DskipTests package -pl alliance-cli -am"));
    assertTrue(text.contains("org.alliancekit.cli.AllianceKitCli"));
  }

  @Test
  void theLauncherReadsTheClassPathFileThePomWrites() throws IOException {
    String script = Files.readString(ROOT.resolve("alliancekit"), UTF_8);
    String pom = Files.readString(ROOT.resolve("alliance-cli/pom.xml"), UTF_8);

    assertTrue(script.contains("classpath_file=\"$target/alliancekit.classpath\""));
    assertTrue(
        pom.contains("<outputFile>${project.build.directory}/alliancekit.classpath</outputFile>"));
    assertTrue(Files.readString(ROOT.resolve(".gitignore"), UTF_8).contains("alliancekit-report/"));
  }
}
