package io.productstore.user.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * A user's orders as the order service reports them. What the user has spent is derived from
 * them (orders not cancelled), so there is one source of truth and no counter to drift.
 */
public record OrderHistory(JsonArray orders) {

  /** OrderSummary = {id, status, total, created_at} of each order, newest first. */
  public JsonArray summaries() {
    JsonArrayBuilder summaries = Json.createArrayBuilder();
    orders.getValuesAs(JsonObject.class).forEach(order -> summaries.add(Json.createObjectBuilder()
        .add("id", order.get("id")).add("status", order.get("status"))
        .add("total", order.get("total")).add("created_at", order.get("created_at"))));
    return summaries.build();
  }

  public BigDecimal totalSpent() {
    return orders.getValuesAs(JsonObject.class).stream()
        .filter(order -> !"CANCELLED".equals(order.getString("status", "")))
        .map(order -> order.getJsonNumber("total").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
