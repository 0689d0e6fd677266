package org.alliancekit.io.cosell;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.apiguardian.api.API;

/**
 * Parses a co-sell system's JSON document under limits, so that no input makes the reader run out
 * of memory or stack: a file larger than {@link #MAX_BYTES} is refused without being read, a
 * document nested deeper than {@link #MAX_DEPTH} levels is refused where it gets too deep, and
 * malformed JSON (or a name given twice in one object) is refused at its line. Each refusal is a
 * {@link ProblemKind#UNREADABLE_FILE} problem of the returned {@link JsonDocument}, which then has
 * no root; nothing is thrown.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JsonInput {
  /** The largest file read: 64 MiB. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_DEPTH = 200;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonInput() {}

  /** Reads each file as {@link #read(Path)} does, in the order given. */
  public static ImmutableList<JsonDocument> readAll(List<Path> files) {
    checkNotNull(files, "files");
    ImmutableList.Builder<JsonDocument> documents =
        ImmutableList.builderWithExpectedSize(files.size());
    for (Path file : files) {
      documents.add(read(checkNotNull(file, "file")));
    }
    return documents.build();
  }

  /**
   * Reads and parses a file; the problems of the document are located in the file's name (without
   * its folder).
   */
  public static JsonDocument read(Path file) {
    checkNotNull(file, "file");
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      return JsonDocument.failed(
          name, Problem.inFile(name, ProblemKind.UNREADABLE_FILE, "the file does not exist"));
    } catch (IOException e) {
      return JsonDocument.failed(
          name,
          Problem.inFile(
              name, ProblemKind.UNREADABLE_FILE, "the file cannot be read: " + e.getMessage()));
    }
    if (size > MAX_BYTES) {
      return JsonDocument.failed(
          name,
          Problem.inFile(
              name,
              ProblemKind.UNREADABLE_FILE,
              "the file has "
                  + size
                  + " bytes, more than the "
                  + MAX_BYTES
                  + " bytes (64 MiB) a co-sell document may have; it was not read"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parsed(name, MAPPER.readTree(in), new JsonDocument.FileSource(file));
    } catch (IOException e) {
      return JsonDocument.failed(name, unreadable(name, e));
    } catch (NumberFormatException e) {
      return JsonDocument.failed(name, unreadableNumber(name, e));
    }
  }

  /** Parses a document held in memory, such as a request body, under the given file name. */
  public static JsonDocument read(String name, String text) {
    checkNotNull(name, "name");
    checkNotNull(text, "text");
    if (text.length() > MAX_BYTES) {
      return JsonDocument.failed(
          name,
          Problem.inFile(
              name,
              ProblemKind.UNREADABLE_FILE,
              "the document has "
                  + text.length()
                  + " characters, more than the "
                  + MAX_BYTES
                  + " a co-sell document may have; it was not read"));
    }
    try {
      return parsed(name, MAPPER.readTree(text), new JsonDocument.TextSource(text));
    } catch (IOException e) {
      return JsonDocument.failed(name, unreadable(name, e));
    } catch (NumberFormatException e) {
      return JsonDocument.failed(name, unreadableNumber(name, e));
    }
  }

  private static JsonDocument parsed(String name, JsonNode root, JsonDocument.Source source) {
    if (root == null || root.isMissingNode()) {
      return JsonDocument.failed(
          name, Problem.inFile(name, ProblemKind.UNREADABLE_FILE, "the file holds no JSON value"));
    }
    return new JsonDocument(name, root, source);
  }

  private static Problem unreadable(String name, IOException e) {
    long line = 0;
    String reason;
    if (e instanceof JsonProcessingException json) {
      JsonLocation location = json.getLocation();
      line = location == null ? 0 : Math.max(location.getLineNr(), 0);
      reason = json.getOriginalMessage();
    } else {
      reason = e.getMessage();
    }
    String message =
        e instanceof StreamConstraintsException
            ? "the document is nested more than "
                + MAX_DEPTH
                + " levels deep, more than a co-sell document may be; it was not read"
            : "the file is not valid JSON: " + firstLine(reason);
    return Problem.inFile(name, line, "", ProblemKind.UNREADABLE_FILE, message);
  }

  /**
   * A number Jackson cannot hold, such as {@code 1e9999999999} whose exponent overflows; Jackson
   * gives no location for it.
   */
  private static Problem unreadableNumber(String name, NumberFormatException e) {
    return Problem.inFile(
        name,
        ProblemKind.UNREADABLE_FILE,
        "the file holds a number that cannot be read: " + firstLine(e.getMessage()));
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "it cannot be read";
    }
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }

  /** A parser of the same limits, for finding the lines of problems after the document is read. */
  static JsonParser parser(JsonDocument.Source source) throws IOException {
    return source.open(FACTORY);
  }
}
