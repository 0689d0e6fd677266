package org.alliancekit.io.cosell;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.apiguardian.api.API;

/**
 * One parsed JSON document of a co-sell system and the problems met while reading it. The typed
 * reads of {@link JsonValue} report their problems here, each at a JSON pointer such as {@code
 * /Opportunities/3/Customer/Account/CompanyName}; {@link #problems()} gives them their line in the
 * file (that of the value, or of the closest enclosing value when the value is missing), finding
 * all lines in one pass over the file.
 *
 * <p>A reader's working state: not thread-safe; use one document per reading thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JsonDocument {
  private final String file;
  private final Optional<JsonNode> root;
  private final Optional<Source> source;
  private final List<Problem> fileProblems = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private int errors;

  JsonDocument(String file, JsonNode root, Source source) {
    this.file = checkNotNull(file, "file");
    this.root = Optional.of(root);
    this.source = Optional.of(source);
  }

  private JsonDocument(String file, Problem problem) {
    this.file = file;
    this.root = Optional.empty();
    this.source = Optional.empty();
    this.fileProblems.add(problem);
    this.errors = 1;
  }

  static JsonDocument failed(String file, Problem problem) {
    return new JsonDocument(file, problem);
  }

  /** The file name problems are located in. */
  public String file() {
    return file;
  }

  /** The document's top value, or empty when the file could not be read or parsed. */
  public Optional<JsonValue> root() {
    return root.map(node -> new JsonValue(this, node, ""));
  }

  /**
   * Reports a problem at a JSON pointer of this document; an empty pointer is the whole document.
   */
  public void report(String pointer, ProblemKind kind, String message) {
    checkNotNull(pointer, "pointer");
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
    pending.add(new Pending(pointer, kind, message));
    if (!kind.isWarning()) {
      errors++;
    }
  }

  /**
   * How many errors (problems that are not warnings) were reported so far: a reader compares the
   * count before and after reading a record to know whether to keep it.
   */
  public int errors() {
    return errors;
  }

  /**
   * Every problem reported, in the order reported, each located at this document's file, its line
   * and its JSON pointer.
   */
  public ImmutableList<Problem> problems() {
    Map<String, Long> lines = lines();
    ImmutableList.Builder<Problem> all = ImmutableList.builder();
    all.addAll(fileProblems);
    for (Pending problem : pending) {
      all.add(
          Problem.inFile(
              file,
              line(lines, problem.pointer()),
              problem.pointer(),
              problem.kind(),
              problem.message()));
    }
    return all.build();
  }

  private static long line(Map<String, Long> lines, String pointer) {
    String at = pointer;
    while (true) {
      Long line = lines.get(at);
      if (line != null) {
        return line;
      }
      if (at.isEmpty()) {
        return 0;
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  /**
   * The line of each value whose pointer is that of a problem or encloses one, in one pass over the
   * source that skips every other array and object.
   */
  private Map<String, Long> lines() {
    Map<String, Long> lines = new HashMap<>();
    if (pending.isEmpty() || source.isEmpty()) {
      return lines;
    }
    Set<String> wanted = new HashSet<>();
    for (Pending problem : pending) {
      String at = problem.pointer();
      while (wanted.add(at) && !at.isEmpty()) {
        int slash = at.lastIndexOf('/');
        at = slash < 0 ? "" : at.substring(0, slash);
      }
    }
    try (JsonParser parser = JsonInput.parser(source.get())) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME
            || token == JsonToken.END_OBJECT
            || token == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
          context = context.getParent();
        }
        String pointer = context == null ? "" : context.pathAsPointer().toString();
        if (wanted.contains(pointer)) {
          lines.putIfAbsent(pointer, (long) parser.currentTokenLocation().getLineNr());
        } else if (token.isStructStart()) {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      // The file changed or broke since it was parsed: the lines found so far are kept.
    }
    return lines;
  }

  private record Pending(String pointer, ProblemKind kind, String message) {}

  /** Where the document's text can be read again. */
  sealed interface Source permits FileSource, TextSource {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  record FileSource(Path file) implements Source {
    @Override
    public JsonParser open(JsonFactory factory) throws IOException {
      return factory.createParser(Files.newInputStream(file));
    }
  }

  record TextSource(String text) implements Source {
    @Override
    public JsonParser open(JsonFactory factory) throws IOException {
      return factory.createParser(text);
    }
  }
}
