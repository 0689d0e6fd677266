package org.alliancekit.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.reflect.TypeToken;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancekit.io.ModuleTypes;
import org.alliancekit.io.Samples;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.pipeline.StatusTransitions;
import org.junit.jupiter.api.Test;

/**
 * Every value type the model module exports round-trips through JSON. The types are found by
 * reading the module's descriptor and class files, not listed by hand: an enum round-trips each
 * constant by its name, and any other value type needs a sample in {@link Samples#byType()}, so a
 * newly exported type without one fails here.
 */
class EveryModelTypeTest {
  private static final JsonMapper MAPPER = AllianceJson.mapper();

  /** The exported value types of the model: public types that are not builders or holders. */
  static List<Class<?>> modelValueTypes() {
    return ModuleTypes.publicTypes(Partner.class).stream()
        .filter(EveryModelTypeTest::isValueType)
        .toList();
  }

  /**
   * Not an annotation, not a builder (a type with a {@code build()} method) and not a holder of
   * static members only (such as the catalog presets); sealed interfaces, records, enums and the
   * abstract value classes are value types.
   */
  private static boolean isValueType(Class<?> type) {
    if (type.isAnnotation() || type == StatusTransitions.class) {
      // StatusTransitions is a table of rules, like a stage model preset, not a record to exchange.
      return false;
    }
    if (type.isEnum() || type.isRecord() || type.isInterface()) {
      return true;
    }
    List<Method> instanceMethods =
        Arrays.stream(type.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .toList();
    return !instanceMethods.isEmpty()
        && instanceMethods.stream()
            .noneMatch(m -> m.getName().equals("build") && m.getParameterCount() == 0);
  }

  @Test
  void findsTheModelsValueTypes() {
    List<Class<?>> types = modelValueTypes();
    List<String> names = types.stream().map(Class::getSimpleName).toList();
    assertTrue(types.size() > 60, () -> "found only " + names);
    for (String expected :
        List.of("Partner", "PartnerId", "SalesMotion", "SellWith", "Venture", "BatchResult")) {
      assertTrue(names.contains(expected), () -> expected + " not found in " + names);
    }
    for (String notAValue : List.of("Builder", "FactorCatalogs", "StageModels", "AllianceStyle")) {
      assertTrue(!names.contains(notAValue), () -> notAValue + " taken for a value type");
    }
  }

  @Test
  void everyExportedValueTypeHasASample() {
    Set<Class<?>> sampled =
        Samples.byType().keySet().stream().map(TypeToken::getRawType).collect(Collectors.toSet());
    List<String> missing =
        modelValueTypes().stream()
            .filter(type -> !type.isEnum() && !sampled.contains(type))
            .map(Class::getName)
            .toList();
    assertEquals(List.of(), missing, "exported model types without a JSON sample in Samples");
  }

  @Test
  void everyConstantOfEveryModelEnumRoundTripsByName() throws Exception {
    List<Class<?>> enums = modelValueTypes().stream().filter(Class::isEnum).toList();
    assertTrue(enums.size() > 15, () -> "found only " + enums);
    for (Class<?> type : enums) {
      for (Object constant : type.getEnumConstants()) {
        String json = AllianceJson.toJson(constant);
        assertEquals("\"" + ((Enum<?>) constant).name() + "\"", json);
        assertEquals(constant, AllianceJson.fromJson(json, type));
      }
    }
  }

  @Test
  void everySampleRoundTrips() throws Exception {
    ImmutableListMultimap<TypeToken<?>, Object> samples = Samples.byType();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<TypeToken<?>, Object> sample : samples.entries()) {
      JavaType type = MAPPER.constructType(sample.getKey().getType());
      String json = MAPPER.writeValueAsString(sample.getValue());
      Object back = MAPPER.readValue(json, type);
      if (!sample.getValue().equals(back)) {
        failures.add(sample.getKey() + ": " + json + " read as " + back);
      }
      assertEquals(json, AllianceJson.toJson(back), () -> sample.getKey() + " written again");
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void everyValueTypeIsWrittenByTheModulesOwnSerializer() throws Exception {
    List<String> others = new ArrayList<>();
    for (Class<?> type : modelValueTypes()) {
      if (type.isEnum()) {
        continue;
      }
      JsonSerializer<Object> serializer =
          MAPPER.getSerializerProviderInstance().findValueSerializer(type);
      if (!serializer.getClass().getPackageName().equals(AllianceJson.class.getPackageName())) {
        others.add(type.getName() + " -> " + serializer.getClass().getName());
      }
    }
    assertEquals(List.of(), others, "model types written by a serializer Jackson made up");
  }
}
