package io.productstore.user.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The order a checkout of the caller's cart created, as API.md §7 spells an Order. */
public record PlacedOrder(
    UUID id,
    String userId,
    List<Item> items,
    BigDecimal total,
    String status,
    Instant createdAt,
    Instant updatedAt,
    List<StatusChange> statusHistory) {

  /** One bought item at the price the catalog reserved it for. */
  public record Item(UUID productId, String name, BigDecimal price, int quantity) {}

  /** One entry of the order's status history. */
  public record StatusChange(String status, Instant at) {}
}
