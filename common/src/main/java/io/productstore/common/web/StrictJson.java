package io.productstore.common.web;

import io.productstore.common.problem.UnreadableBody;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Request bodies taken at their word: JSON-B would turn {@code "10"} into the number 10, {@code
 * 1.5} into the whole number 1 and {@code 123} into the text "123", changing what the client sent
 * without a word. These deserializers refuse instead (400): text must be a JSON string and {@link
 * CleanText}, a whole number a JSON number without a fraction, a decimal a JSON number.
 */
final class StrictJson {

  private StrictJson() {}

  static JsonbDeserializer<?>[] deserializers() {
    return new JsonbDeserializer<?>[] {new Text(), new Whole(), new WholeLong(), new Decimal()};
  }

  /** The current value if it is of the type, or a refusal naming what was expected and found. */
  private static <T extends JsonValue> T expected(JsonParser parser, Class<T> type, String what) {
    JsonValue value = parser.getValue();
    if (!type.isInstance(value)) {
      throw new UnreadableBody("expected " + what + ", found " + kind(value));
    }
    return type.cast(value);
  }

  private static String kind(JsonValue value) {
    return value.getValueType().name().toLowerCase(java.util.Locale.ROOT);
  }

  static final class Text implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      String text = expected(parser, JsonString.class, "text").getString();
      CleanText.problem(text)
          .ifPresent(
              wrong -> {
                throw new UnreadableBody("text " + wrong);
              });
      return text;
    }
  }

  /** The whole number, checked by its digits first: 1e999999999 must not become a BigInteger. */
  private static long whole(JsonParser parser, long min, long max) {
    BigDecimal decimal =
        expected(parser, JsonNumber.class, "a whole number").bigDecimalValue().stripTrailingZeros();
    if (decimal.scale() > 0) {
      throw new UnreadableBody("expected a whole number, found a fraction");
    }
    if (decimal.precision() - decimal.scale() > 19
        || decimal.compareTo(BigDecimal.valueOf(min)) < 0
        || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new UnreadableBody("the number is out of range");
    }
    return decimal.longValueExact();
  }

  static final class Whole implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return (int) whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
  }

  static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  static final class Decimal implements JsonbDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return expected(parser, JsonNumber.class, "a number").bigDecimalValue();
    }
  }
}
