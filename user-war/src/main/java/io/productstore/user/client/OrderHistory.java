package io.productstore.user.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * A user's orders as the order service reports them. What the user has spent is derived from
 * them (orders not cancelled), so there is one source of truth and no counter to drift.
 */
public record OrderHistory(JsonArray orders) {

  public BigDecimal totalSpent() {
    return orders.getValuesAs(JsonObject.class).stream()
        .filter(order -> !"CANCELLED".equals(order.getString("status", "")))
        .map(order -> order.getJsonNumber("total").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
