package io.productstore.order.api;

import io.productstore.order.domain.Order;
import io.productstore.order.domain.OrderItem;
import io.productstore.order.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Order = {id, user_id, items: [{product_id, name, price, quantity}], total, status, created_at,
 * updated_at, status_history: [{status, at}]} as API.md §7 spells it.
 */
public record OrderView(
    java.util.UUID id,
    String userId,
    List<OrderItem> items,
    BigDecimal total,
    OrderStatus status,
    Instant createdAt,
    Instant updatedAt,
    List<Order.StatusChange> statusHistory) {

  public static OrderView of(Order order) {
    return new OrderView(
        order.id(),
        order.userId(),
        order.items(),
        order.total(),
        order.status(),
        order.createdAt(),
        order.updatedAt(),
        order.history());
  }
}
