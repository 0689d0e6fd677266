package org.alliancekit.io.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.DecimalLimit;

/**
 * The model's {@link DecimalLimit} on the exact decimals read from JSON (amounts, shares, rates). A
 * short number such as {@code 1E+999999999} or {@code 1E-999999999} is otherwise a billion digits
 * once written out plainly, as amounts and decimals are written, or once added to another number.
 */
final class Decimals {
  private Decimals() {}

  /** Returns why the decimal is out of bounds, or empty when it is within them. */
  static Optional<String> problem(BigDecimal value) {
    return DecimalLimit.problem("decimal", value);
  }

  /** Wraps the deserializers of money amounts so that they apply the bound. */
  static final class MoneyBound extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> reader) {
      return MonetaryAmount.class.isAssignableFrom(description.getBeanClass())
          ? new BoundedAmount(reader)
          : reader;
    }
  }

  private static final class BoundedAmount extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    BoundedAmount(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new BoundedAmount(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
      Object value;
      try {
        value = super.deserialize(parser, ctxt);
      } catch (NumberFormatException e) {
        // An amount such as 1e100000099999999 given as a JSON number.
        throw new JsonParseException(parser, "money amount cannot be read: " + e.getMessage(), e);
      }
      if (value instanceof MonetaryAmount amount) {
        BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
        Optional<String> problem = problem(number);
        if (problem.isPresent()) {
          throw InvalidFormatException.from(
              parser, "money amount " + problem.get(), number, handledType());
        }
      }
      return value;
    }
  }
}
