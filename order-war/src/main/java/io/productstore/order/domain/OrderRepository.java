package io.productstore.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where orders, their user index and the schedule of unfinished orders are kept. */
public interface OrderRepository {

  Optional<Order> find(UUID orderId);

  /** Writes a new order unless its id exists; the order that exists afterwards. */
  Order insertIfAbsent(Order order);

  /**
   * Writes {@code next} if the stored order is still in {@code current}'s status; false otherwise.
   */
  boolean replace(Order current, Order next);

  /** Lists the order among its user's orders (before it exists: readers skip unknown ids). */
  void index(Order order);

  /** The ids of the user's orders, newest first. */
  List<UUID> idsOfUser(String userId);

  /** Every order (admin listing). */
  List<Order> all();

  /** Puts the order on the schedule of unfinished orders, due at {@code dueAt}. */
  void schedule(UUID orderId, Instant dueAt);

  void unschedule(UUID orderId);

  /** The scheduled orders due at or before {@code now}. */
  List<UUID> due(Instant now);
}
