package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's testkit section shows exactly the code of {@link UserRuleExampleTest} and {@link
 * UserModelExampleTest}, which run as tests.
 */
class ReadmeSectionTest {
  private static final Path TESTS = Path.of("src/test/java/org/alliancekit/testkit");

  @Test
  void readmeShowsTheRuleExample() throws IOException {
    assertEquals(
        sample(TESTS.resolve("UserRuleExampleTest.java"), "testkit-rule"),
        sample(readme(), "testkit-rule"));
  }

  @Test
  void readmeShowsTheModelExample() throws IOException {
    assertEquals(
        sample(TESTS.resolve("UserModelExampleTest.java"), "testkit-model"),
        sample(readme(), "testkit-model"));
  }

  @Test
  void theRuleExampleIsUnderTwentyLinesOfCode() throws IOException {
    long lines =
        sample(TESTS.resolve("UserRuleExampleTest.java"), "testkit-rule")
            .lines()
            .filter(line -> !line.isBlank())
            .count();
    assertTrue(lines < 20, lines + " lines");
  }

  private static Path readme() {
    return Path.of("../README.md");
  }

  /** The lines between the sample's begin and end markers, without a fence. */
  private static String sample(Path file, String name) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int begin = text.indexOf("readme-sample:" + name + ":begin");
    int end = text.indexOf("readme-sample:" + name + ":end");
    assertTrue(begin >= 0 && end > begin, "no sample " + name + " in " + file);
    int from = text.indexOf('\n', begin) + 1;
    int to = text.lastIndexOf('\n', end);
    return text.substring(from, to).replace("```java\n", "").replace("\n```", "");
  }
}
