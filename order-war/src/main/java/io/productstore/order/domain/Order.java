package io.productstore.order.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An order: what was bought at which price, where it is in its life, every status it reached with
 * the time, when its next step is due (none once it is finished), and the W3C traceparent of the
 * request that placed it (its background steps link to that trace).
 */
public record Order(
    UUID id,
    String userId,
    List<OrderItem> items,
    BigDecimal total,
    OrderStatus status,
    Instant createdAt,
    Instant updatedAt,
    Map<OrderStatus, Instant> statusHistory,
    Instant nextDueAt,
    String traceParent) {

  /** One entry of the status history. */
  public record StatusChange(OrderStatus status, Instant at) {}

  public Order {
    items = List.copyOf(items);
    statusHistory = Map.copyOf(statusHistory);
  }

  /**
   * The id of the order a user places with an idempotency key: the same user and key always name
   * the same order, so a retried request can only find the first one.
   */
  public static UUID idFor(String userId, String idempotencyKey) {
    return UUID.nameUUIDFromBytes(
        (userId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
  }

  /** A checkout that has not reserved its stock yet. */
  public static Order pending(
      UUID id,
      String userId,
      List<OrderItem> requested,
      Instant now,
      Instant dueAt,
      String traceParent) {
    return new Order(
        id,
        userId,
        requested,
        null,
        OrderStatus.PENDING,
        now,
        now,
        Map.of(OrderStatus.PENDING, now),
        dueAt,
        traceParent);
  }

  /** This order in {@code next} from {@code at}, its next step due at {@code dueAt} (or never). */
  public Order movedTo(OrderStatus next, Instant at, Instant dueAt) {
    Map<OrderStatus, Instant> history = new EnumMap<>(OrderStatus.class);
    history.putAll(statusHistory);
    history.put(next, at);
    return new Order(id, userId, items, total, next, createdAt, at, history, dueAt, traceParent);
  }

  /** This order with the items as the catalog reserved them, and their total. */
  public Order priced(List<OrderItem> reserved) {
    BigDecimal sum =
        reserved.stream().map(OrderItem::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Order(
        id,
        userId,
        reserved,
        sum,
        status,
        createdAt,
        updatedAt,
        statusHistory,
        nextDueAt,
        traceParent);
  }

  /** The statuses reached, oldest first. */
  public List<StatusChange> history() {
    return statusHistory.entrySet().stream()
        .filter(entry -> entry.getKey().isPlaced())
        .map(entry -> new StatusChange(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparing(StatusChange::at).thenComparing(StatusChange::status))
        .toList();
  }

  public boolean isOwnedBy(String username) {
    return userId.equals(username);
  }

  public boolean isDue(Instant now) {
    return nextDueAt != null && !nextDueAt.isAfter(now);
  }
}
