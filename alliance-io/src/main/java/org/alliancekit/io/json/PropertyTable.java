package org.alliancekit.io.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The property table of one JSON object type: each property is declared once, with its name, how it
 * is taken from the value and written, and how it is read. The table writes a value's properties in
 * the order declared and knows the names a reader accepts; the handle each declaration returns
 * reads that property when the value is built.
 *
 * <pre>{@code
 * PropertyTable<Ownership> table = new PropertyTable<>();
 * Property<Ownership, PartnerId> owner = table.value("owner", PartnerId.class, Ownership::owner);
 * Property<Ownership, BigDecimal> share = table.decimal("share", Ownership::share);
 * module.object(Ownership.class, table, in -> Ownership.of(owner.read(in), share.read(in)));
 * }</pre>
 */
final class PropertyTable<T> {
  private final List<Property<T, ?>> properties = new ArrayList<>();

  /** Writes one property's value, when it has one, under its name. */
  @FunctionalInterface
  interface Write<V> {
    void write(Out out, String name, V value) throws IOException;
  }

  /** Reads one property by its name. */
  @FunctionalInterface
  interface Read<V> {
    V read(In in, String name) throws IOException;
  }

  /** One declared property of {@code T}, read as a value of type {@code V}. */
  static final class Property<T, V> {
    private final String name;
    private final Codecs.Writes<T> writes;
    private final Read<V> read;

    private Property(String name, Codecs.Writes<T> writes, Read<V> read) {
      this.name = name;
      this.writes = writes;
      this.read = read;
    }

    /** Reads this property from the object being read. */
    V read(In in) throws IOException {
      return read.read(in, name);
    }
  }

  /** The names of the properties, in the order declared. */
  ImmutableSet<String> names() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (Property<T, ?> property : properties) {
      names.add(property.name);
    }
    return names.build();
  }

  /** Writes every property of the value, in the order declared. */
  void write(T value, Out out) throws IOException {
    for (Property<T, ?> property : properties) {
      property.writes.write(value, out);
    }
  }

  /** Declares a property written and read as given. */
  <W, V> Property<T, V> add(
      String name, Function<? super T, ? extends W> get, Write<? super W> write, Read<V> read) {
    Property<T, V> property =
        new Property<>(name, (value, out) -> write.write(out, name, get.apply(value)), read);
    properties.add(property);
    return property;
  }

  /** A required string. */
  Property<T, String> string(String name, Function<? super T, String> get) {
    return add(name, get, Out::string, In::string);
  }

  /** A string always written and read as {@code absent} when missing. */
  Property<T, String> string(String name, String absent, Function<? super T, String> get) {
    return add(name, get, Out::string, (in, n) -> in.optionalString(n).orElse(absent));
  }

  /** An optional string, left out when absent. */
  Property<T, Optional<String>> optionalString(
      String name, Function<? super T, Optional<String>> get) {
    return add(name, get, Out::optionalString, In::optionalString);
  }

  /** A required JSON number. */
  Property<T, Double> number(String name, Function<? super T, Double> get) {
    return add(name, get, Out::number, In::number);
  }

  /** An optional JSON number, left out when absent. */
  Property<T, OptionalDouble> optionalNumber(String name, Function<? super T, OptionalDouble> get) {
    return add(
        name,
        get,
        (out, n, value) -> {
          if (value.isPresent()) {
            out.number(n, value.getAsDouble());
          }
        },
        (in, n) -> in.has(n) ? OptionalDouble.of(in.number(n)) : OptionalDouble.empty());
  }

  /** A required whole number. */
  Property<T, Long> wholeNumber(String name, Function<? super T, Long> get) {
    return add(name, get, Out::wholeNumber, In::wholeNumber);
  }

  /** A required {@code true} or {@code false}. */
  Property<T, Boolean> bool(String name, Function<? super T, Boolean> get) {
    return add(name, get, Out::bool, In::bool);
  }

  /** A {@code true} or {@code false} always written and read as {@code absent} when missing. */
  Property<T, Boolean> bool(String name, boolean absent, Function<? super T, Boolean> get) {
    return add(name, get, Out::bool, (in, n) -> in.has(n) ? in.bool(n) : absent);
  }

  /** A required exact decimal, written as a string. */
  Property<T, BigDecimal> decimal(String name, Function<? super T, BigDecimal> get) {
    return add(name, get, Out::decimal, In::decimal);
  }

  /** An optional exact decimal, left out when absent. */
  Property<T, Optional<BigDecimal>> optionalDecimal(
      String name, Function<? super T, Optional<BigDecimal>> get) {
    return add(
        name,
        get,
        (out, n, value) -> {
          if (value.isPresent()) {
            out.decimal(n, value.get());
          }
        },
        In::optionalDecimal);
  }

  /** A required enum constant, written as its name. */
  <E extends Enum<E>> Property<T, E> constant(
      String name, Class<E> type, Function<? super T, E> get) {
    return add(name, get, Out::constant, (in, n) -> in.value(n, type));
  }

  /** An enum constant always written and read as {@code absent} when missing. */
  <E extends Enum<E>> Property<T, E> constant(
      String name, Class<E> type, E absent, Function<? super T, E> get) {
    return add(name, get, Out::constant, (in, n) -> in.optional(n, type).orElse(absent));
  }

  /** Enum constants, written as an array of names; missing reads as none. */
  <E extends Enum<E>> Property<T, ImmutableList<E>> constants(
      String name, Class<E> type, Function<? super T, ? extends Collection<E>> get) {
    return add(name, get, Out::constants, (in, n) -> in.list(n, type));
  }

  /** A required value of another type, written and read by its own codec. */
  <V> Property<T, V> value(String name, Class<V> type, Function<? super T, ? extends V> get) {
    return add(name, get, Out::value, (in, n) -> in.value(n, type));
  }

  /** A value always written and read as {@code absent} when missing. */
  <V> Property<T, V> value(
      String name, Class<V> type, V absent, Function<? super T, ? extends V> get) {
    return add(name, get, Out::value, (in, n) -> in.optional(n, type).orElse(absent));
  }

  /** An optional value, left out when absent. */
  <V> Property<T, Optional<V>> optional(
      String name, Class<V> type, Function<? super T, Optional<V>> get) {
    return add(name, get, Out::optional, (in, n) -> in.optional(n, type));
  }

  /** A list or set of values, written as an array in its order; missing reads as empty. */
  <V> Property<T, ImmutableList<V>> list(
      String name, Class<V> type, Function<? super T, ? extends Collection<? extends V>> get) {
    return add(name, get, Out::list, (in, n) -> in.list(n, type));
  }
}
