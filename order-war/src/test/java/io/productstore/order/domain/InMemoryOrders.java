package io.productstore.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders, the user index and the schedule in memory, with the adapter's compare-and-set on status.
 */
final class InMemoryOrders implements OrderRepository {

  final Map<UUID, Order> orders = new LinkedHashMap<>();
  final Map<UUID, Instant> schedule = new LinkedHashMap<>();
  private final Map<String, List<UUID>> byUser = new LinkedHashMap<>();

  @Override
  public Optional<Order> find(UUID orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  @Override
  public Order insertIfAbsent(Order order) {
    return orders.merge(order.id(), order, (existing, fresh) -> existing);
  }

  @Override
  public boolean replace(Order current, Order next) {
    Order stored = orders.get(current.id());
    if (stored == null || stored.status() != current.status()) {
      return false;
    }
    orders.put(next.id(), next);
    return true;
  }

  @Override
  public void index(Order order) {
    byUser.computeIfAbsent(order.userId(), user -> new ArrayList<>()).add(0, order.id());
  }

  @Override
  public List<UUID> idsOfUser(String userId) {
    return List.copyOf(byUser.getOrDefault(userId, List.of()));
  }

  @Override
  public List<Order> all() {
    return List.copyOf(orders.values());
  }

  @Override
  public void schedule(UUID orderId, Instant dueAt) {
    schedule.put(orderId, dueAt);
  }

  @Override
  public void unschedule(UUID orderId) {
    schedule.remove(orderId);
  }

  @Override
  public List<UUID> due(Instant now) {
    return schedule.entrySet().stream()
        .filter(entry -> !entry.getValue().isAfter(now))
        .map(Map.Entry::getKey)
        .toList();
  }
}
