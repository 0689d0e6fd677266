package org.alliancekit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

/** What an example prints. */
final class Printed {
  private Printed() {}

  /** What {@code example} prints to the stream it is given. */
  static String by(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(UTF_8);
  }

  /** What a {@code main} method prints to standard output. */
  static String byMain(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(UTF_8);
  }

  /** The lines after the line {@code heading} up to the next blank line, split on two spaces. */
  static List<String[]> table(String output, String heading) {
    List<String> lines = output.lines().toList();
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new AssertionError("no line '" + heading + "' in:\n" + output);
    }
    return lines.subList(start + 1, lines.size()).stream()
        .takeWhile(line -> !line.isBlank())
        .map(line -> line.strip().split("\\s{2,}"))
        .toList();
  }
}
