package org.alliancekit.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.collect.ImmutableMap;
import com.google.common.reflect.TypeToken;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.Problem;

/**
 * Fuzz test of the JSON reading of every model type. An input is a type's simple name on the first
 * line (such as {@code Relationship}; an unknown name means {@link PortfolioData}) and JSON bytes
 * after it. The laws: reading fails only with Jackson's {@link JsonProcessingException}, whose
 * message is not empty and whose location, where it has one, lies inside the input (or, for bytes
 * in no Unicode encoding, the {@link CharConversionException} that reading bytes declares); a value
 * read is written and read back equal.
 *
 * <p>A normal build runs the seeds under {@code JsonReadersFuzzTestInputs} in the test resources;
 * the {@code fuzzing} profile fuzzes them.
 */
class JsonReadersFuzzTest {
  private static final ImmutableMap<String, Class<?>> TYPES = types();

  private static ImmutableMap<String, Class<?>> types() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    types.put(PortfolioData.class.getSimpleName(), PortfolioData.class);
    for (TypeToken<?> type : Samples.byType().keySet()) {
      types.putIfAbsent(type.getRawType().getSimpleName(), type.getRawType());
    }
    return ImmutableMap.copyOf(types);
  }

  @FuzzTest(maxDuration = "10m")
  void anyModelType(byte[] input) throws IOException {
    int newline = indexOf(input, (byte) '\n');
    String name = newline < 0 ? "" : new String(input, 0, newline, UTF_8).strip();
    Class<?> type = TYPES.getOrDefault(name, PortfolioData.class);
    byte[] json = newline < 0 ? input : Arrays.copyOfRange(input, newline + 1, input.length);
    Object value;
    try {
      value = AllianceJson.reader(type).readValue(json);
    } catch (JsonProcessingException e) {
      assertNotNull(e.getOriginalMessage(), "an error without a message");
      assertFalse(e.getOriginalMessage().isBlank(), "an error without a message");
      // Errors found in the tree of a value name its path rather than a line; a line given must
      // be one of the input's.
      JsonLocation location = e.getLocation();
      if (location != null) {
        assertTrue(location.getLineNr() <= lines(json), () -> "an error after the last line: " + e);
      }
      return;
    } catch (CharConversionException e) {
      // Bytes are decoded as UTF-8, -16 or -32 as Jackson detects them; a byte sequence that is
      // none of these fails with this IOException, which ObjectReader.readValue(byte[]) declares.
      assertNotNull(e.getMessage(), "an error without a message");
      return;
    }
    if (value == null) {
      // The JSON literal null (or no content at all) reads as null, as Jackson documents.
      return;
    }
    assertTrue(type.isInstance(value), () -> "read a " + value.getClass() + " as " + type);
    String written = AllianceJson.toJson(value);
    assertEquals(value, AllianceJson.fromJson(written, type), () -> "written as " + written);
  }

  /**
   * The whole-portfolio reader never throws: every problem lies inside the document, and a
   * portfolio read is written and read back equal.
   */
  @FuzzTest(maxDuration = "10m")
  void wholePortfolio(byte[] input) throws IOException {
    PortfolioJson.Result result =
        PortfolioJson.read(new InputStreamReader(new ByteArrayInputStream(input), UTF_8), "doc");
    for (Problem problem : result.problems()) {
      assertFalse(problem.message().isBlank(), () -> "a problem without a message: " + problem);
      assertTrue(problem.line() <= lines(input), () -> "a problem after the last line: " + problem);
    }
    if (result.portfolio().isPresent()) {
      StringWriter out = new StringWriter();
      PortfolioJson.write(out, result.portfolio().get());
      PortfolioJson.Result back = PortfolioJson.read(new StringReader(out.toString()), "doc");
      assertEquals(result.portfolio(), back.portfolio(), () -> "written as " + out);
    }
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** The number of lines as Jackson counts them: a line break is LF, CR or CR LF. */
  private static int lines(byte[] bytes) {
    int lines = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
        lines++;
      }
    }
    return lines;
  }
}
