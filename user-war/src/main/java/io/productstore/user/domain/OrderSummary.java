package io.productstore.user.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** OrderSummary = {id, status, total, created_at}: an order as the account pages show it. */
public record OrderSummary(UUID id, String status, BigDecimal total, Instant createdAt) {

  /**
   * What a user has spent: the sum of their orders that are not cancelled. Derived from the order
   * service's orders, so there is one source of truth and no counter to drift.
   */
  public static BigDecimal totalSpent(List<OrderSummary> orders) {
    return orders.stream()
        .filter(order -> !"CANCELLED".equals(order.status()))
        .map(OrderSummary::total)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
