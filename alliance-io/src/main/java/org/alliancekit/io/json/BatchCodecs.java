package org.alliancekit.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.Optional;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.batch.ProblemLocation;

/**
 * The JSON codecs of {@code org.alliancekit.model.batch}. A batch result is {@code {"results":
 * [...], "problems": [...]}}, its results read as the declared element type.
 */
final class BatchCodecs {
  private static final String RESULTS = "results";
  private static final String PROBLEMS = "problems";

  private BatchCodecs() {}

  static void register(ModelModule module) {
    module.sealed(ProblemLocation.class, ImmutableList.of(inFile(), atRow()));
    // A problem's properties depend on its location, so it has no fixed property table.
    module.addSerializer(
        Problem.class,
        Codecs.object(
            Problem.class,
            (value, out) -> {
              if (value.location().orElse(null) instanceof ProblemLocation.InFile at) {
                out.string("file", at.file());
                out.wholeNumber("line", at.line());
                out.string("column", at.column());
              } else if (value.location().orElse(null) instanceof ProblemLocation.AtRow at) {
                out.wholeNumber("row", at.row());
                out.string("key", at.key());
              }
              out.constant("kind", value.kind());
              out.string("message", value.message());
            }));
    module.addDeserializer(
        Problem.class,
        Codecs.object(
            Problem.class,
            ImmutableSet.of("file", "line", "column", "row", "key", "kind", "message"),
            in -> {
              ProblemKind kind = in.value("kind", ProblemKind.class);
              String message = in.string("message");
              if (in.has("row")) {
                if (in.has("file")) {
                  throw new IllegalArgumentException(
                      "a problem is at a row or in a file, not both");
                }
                return Problem.atRow(
                    in.wholeNumber("row"), in.optionalString("key").orElse(""), kind, message);
              }
              if (in.has("file")) {
                return Problem.inFile(
                    in.string("file"),
                    in.wholeNumber("line"),
                    in.optionalString("column").orElse(""),
                    kind,
                    message);
              }
              return Problem.of(kind, message);
            }));
    module.addSerializer(BatchResult.class, new BatchResultSerializer());
    module.addDeserializer(BatchResult.class, new BatchResultDeserializer(Optional.empty()));
  }

  private static Codecs.Variant<ProblemLocation> inFile() {
    PropertyTable<ProblemLocation.InFile> table = new PropertyTable<>();
    var file = table.string("file", ProblemLocation.InFile::file);
    var line = table.wholeNumber("line", ProblemLocation.InFile::line);
    var column = table.string("column", "", ProblemLocation.InFile::column);
    return ModelModule.variant(
        "FILE",
        ProblemLocation.InFile.class,
        table,
        in -> new ProblemLocation.InFile(file.read(in), line.read(in), column.read(in)));
  }

  private static Codecs.Variant<ProblemLocation> atRow() {
    PropertyTable<ProblemLocation.AtRow> table = new PropertyTable<>();
    var row = table.wholeNumber("row", ProblemLocation.AtRow::row);
    var key = table.string("key", "", ProblemLocation.AtRow::key);
    return ModelModule.variant(
        "ROW",
        ProblemLocation.AtRow.class,
        table,
        in -> new ProblemLocation.AtRow(row.read(in), key.read(in)));
  }

  /** Writes {@code {"results": [...], "problems": [...]}}. */
  @SuppressWarnings("rawtypes")
  private static final class BatchResultSerializer extends StdSerializer<BatchResult> {
    private static final long serialVersionUID = 1L;

    BatchResultSerializer() {
      super(BatchResult.class);
    }

    @Override
    public void serialize(BatchResult value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      Out out = new Out(gen, provider);
      out.list(RESULTS, value.results());
      out.list(PROBLEMS, value.problems());
      gen.writeEndObject();
    }
  }

  /** Reads a batch result, its results as the declared element type (or untyped when unknown). */
  @SuppressWarnings("rawtypes")
  private static final class BatchResultDeserializer extends StdDeserializer<BatchResult>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient Optional<JavaType> elementType;

    BatchResultDeserializer(Optional<JavaType> elementType) {
      super(BatchResult.class);
      this.elementType = elementType;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      JavaType type = property == null ? ctxt.getContextualType() : property.getType();
      return new BatchResultDeserializer(
          Optional.ofNullable(type).map(t -> t.containedTypeOrUnknown(0)));
    }

    @Override
    public BatchResult deserialize(JsonParser parser, DeserializationContext ctxt)
        throws IOException {
      JsonNode tree = Codecs.readTree(parser, ctxt);
      if (!tree.isObject()) {
        throw MismatchedInputException.from(
            parser,
            BatchResult.class,
            "a BatchResult must be a JSON object, not " + tree.getNodeType());
      }
      In in = new In(parser, ctxt, (ObjectNode) tree, BatchResult.class);
      JavaType results = elementType.orElseGet(() -> ctxt.constructType(Object.class));
      try {
        return BatchResult.of(in.list(RESULTS, results), in.list(PROBLEMS, Problem.class));
      } catch (IllegalArgumentException e) {
        throw ValueInstantiationException.from(
            parser,
            "Cannot build BatchResult: " + e.getMessage(),
            ctxt.constructType(BatchResult.class),
            e);
      }
    }
  }
}
