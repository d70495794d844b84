package io.productstore.product.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reservation intents in memory. */
final class InMemoryReservationLog implements ReservationLog {

  private final Map<UUID, List<ReservedItem>> items = new HashMap<>();

  @Override
  public List<ReservedItem> items(UUID orderId) {
    return items.getOrDefault(orderId, List.of());
  }

  @Override
  public void record(UUID orderId, List<ReservedItem> reserved) {
    items.putIfAbsent(orderId, List.copyOf(reserved));
  }
}
