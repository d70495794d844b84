package io.productstore.product.api;

import io.productstore.common.problem.Problem;
import io.productstore.common.problem.ProblemException;
import io.productstore.common.web.CleanText;
import io.productstore.product.domain.ProductPatch;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the body of {@code PUT /products/{id}}: an absent field is unchanged, an explicit null on a
 * required field is 422, and each present field is validated as on create.
 */
final class ProductPatchReader {

  private static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

  private final JsonObject body;
  private final List<Problem.FieldError> errors = new ArrayList<>();
  private final Set<String> present = new HashSet<>();

  private ProductPatchReader(JsonObject body) {
    this.body = body;
  }

  static ProductPatch read(JsonObject body) {
    ProductPatchReader reader = new ProductPatchReader(body);
    ProductPatch patch =
        new ProductPatch(
            reader.text("name", 1, 200, true),
            reader.text("category", 1, 50, true),
            reader.price(),
            reader.stockCount(),
            reader.text("description", 0, 2000, false),
            reader.text("manufacturer", 0, 200, false),
            reader.present);
    if (!reader.errors.isEmpty()) {
      throw ProblemException.invalid("The request has invalid fields", reader.errors);
    }
    return patch;
  }

  /** The field's value, or null when absent (not in present) or explicitly null. */
  private JsonValue field(String name, boolean required) {
    if (!body.containsKey(name)) {
      return null;
    }
    present.add(name);
    JsonValue value = body.get(name);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        errors.add(new Problem.FieldError(name, "must not be null"));
      }
      return null;
    }
    return value;
  }

  private String text(String name, int min, int max, boolean required) {
    JsonValue value = field(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      errors.add(new Problem.FieldError(name, "must be a string"));
      return null;
    }
    String text = string.getString();
    if (text.strip().length() < min || text.length() > max) {
      errors.add(new Problem.FieldError(name, "length must be between " + min + " and " + max));
    }
    CleanText.problem(text).ifPresent(wrong -> errors.add(new Problem.FieldError(name, wrong)));
    return text;
  }

  private BigDecimal price() {
    JsonValue value = field("price", true);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonNumber number)) {
      errors.add(new Problem.FieldError("price", "must be a number"));
      return null;
    }
    BigDecimal price = number.bigDecimalValue();
    if (price.signum() <= 0
        || price.compareTo(MAX_PRICE) >= 0
        || price.stripTrailingZeros().scale() > 2) {
      errors.add(
          new Problem.FieldError(
              "price", "must be above 0 and below 100000000, with at most 2 decimals"));
    }
    return price;
  }

  private Integer stockCount() {
    JsonValue value = field("stock_count", true);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonNumber number)
        || !number.isIntegral()
        || number.bigDecimalValue().compareTo(BigDecimal.ZERO) < 0
        || number.bigDecimalValue().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      errors.add(new Problem.FieldError("stock_count", "must be a whole number from 0 to 1000000"));
      return null;
    }
    return number.intValue();
  }
}
