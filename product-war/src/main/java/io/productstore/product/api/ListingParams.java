package io.productstore.product.api;

import io.productstore.common.problem.Problem;
import io.productstore.common.problem.ProblemException;
import io.productstore.product.domain.ProductQuery;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;

/**
 * The listing's query parameters. Numbers arrive as text and are parsed here, so a malformed one is
 * a 422 naming it rather than the 404 JAX-RS gives a parameter it cannot convert.
 */
public class ListingParams {

  @QueryParam("category")
  String category;

  @QueryParam("min_price")
  String minPrice;

  @QueryParam("max_price")
  String maxPrice;

  @QueryParam("q")
  String text;

  @QueryParam("sort_by")
  @DefaultValue("name")
  String sortBy;

  @QueryParam("sort_order")
  @DefaultValue("asc")
  String sortOrder;

  @QueryParam("skip")
  @DefaultValue("0")
  String skip;

  @QueryParam("limit")
  @DefaultValue("100")
  String limit;

  String category() {
    return category;
  }

  ProductQuery query() {
    return ProductQuery.of(
        category,
        decimal("min_price", minPrice),
        decimal("max_price", maxPrice),
        text,
        sortBy,
        sortOrder,
        integer("skip", skip),
        integer("limit", limit));
  }

  private static BigDecimal decimal(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(name, "must be a decimal number");
    }
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(name, "must be a whole number");
    }
  }

  private static ProblemException invalid(String field, String message) {
    return ProblemException.invalid(
        "Invalid listing parameters", List.of(new Problem.FieldError(field, message)));
  }
}
