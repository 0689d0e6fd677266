package org.alliancekit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The one Immutables style of AllianceKit value types.
 *
 * <p>Generated implementation classes are package-private and hidden behind the abstract value type
 * ({@code overshadowImplementation}), so user code only ever sees {@code Partner}, never {@code
 * ImmutablePartner}. Builders are reached through a static {@code builder()} factory on the value
 * type; copies with one attribute changed through the {@code with...} methods the value type
 * inherits from its generated {@code With...} interface.
 *
 * <p>Collections are Guava immutable collections and keep insertion order; absent values are {@link
 * java.util.Optional}; nulls are rejected everywhere.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    // No @Generated or other class-path annotations on the generated classes: their annotation
    // types would be one more jar a consumer's compiler needs to read our class files quietly.
    allowedClasspathAnnotations = {Override.class})
@API(status = STABLE, since = "0.1")
public @interface AllianceStyle {}
