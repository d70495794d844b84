package io.productstore.order.domain;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.Refused;
import io.productstore.order.domain.OrderMetrics.PlacementOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Placing orders. The order is put on the schedule and written PENDING (its intent) before any
 * stock moves; then the catalog reserves its stock (keyed by the order id) and the order becomes
 * CREATED. Every step is idempotent, so a retried request, a second instance or the lifecycle's
 * recovery after a crash can run it again and the order still ends one way: CREATED with its stock
 * reserved, or REJECTED with nothing reserved.
 */
@ApplicationScoped
public class Placements {

  private static final Logger LOG = Logger.getLogger(Placements.class.getName());

  private OrderRepository orders;
  private OrderChanges changes;
  private StockReservations reservations;
  private LifecycleTiming timing;
  private OrderMetrics metrics;

  protected Placements() {}

  @Inject
  public Placements(
      OrderRepository orders,
      OrderChanges changes,
      StockReservations reservations,
      LifecycleTiming timing,
      OrderMetrics metrics) {
    this.orders = orders;
    this.changes = changes;
    this.reservations = reservations;
    this.timing = timing;
    this.metrics = metrics;
  }

  /** A placed order, and whether this request placed it (false: a retry found it). */
  public record Placement(Order order, boolean isNew) {}

  /**
   * Places an order for {@code userId}: with an idempotency key the same key always gives the same
   * order. CONFLICT (naming the short items) when the stock is not there, and then nothing is
   * reserved. {@code traceParent} is the placing request's trace, which later steps link to.
   */
  public Placement place(
      String userId,
      Optional<String> idempotencyKey,
      Map<UUID, Integer> requested,
      String traceParent) {
    UUID id = idempotencyKey.map(key -> Order.idFor(userId, key)).orElseGet(UUID::randomUUID);
    Optional<Order> existing = orders.find(id);
    if (existing.isPresent()) {
      Order settled = settle(existing.get());
      metrics.placement(PlacementOutcome.REPLAYED);
      return new Placement(settled, false);
    }
    Instant now = changes.now();
    List<OrderItem> items =
        requested.entrySet().stream()
            .map(entry -> OrderItem.requested(entry.getKey(), entry.getValue()))
            .toList();
    Order pending =
        Order.pending(
            id, userId, items, now, timing.dueAfter(OrderStatus.PENDING, now), traceParent);
    orders.schedule(id, pending.nextDueAt());
    orders.index(pending);
    Order stored = orders.insertIfAbsent(pending);
    if (stored != pending) {
      metrics.placement(PlacementOutcome.REPLAYED);
    }
    return new Placement(settle(stored), stored == pending);
  }

  /**
   * PENDING → CREATED (stock reserved) or REJECTED (refused, nothing reserved); others as they are.
   */
  public Order settle(Order order) {
    return switch (order.status()) {
      case PENDING -> reserve(order);
      case REJECTED -> {
        changes.giveBack(order);
        throw DomainException.conflict(
            "This order was refused (not enough stock); place a new one");
      }
      default -> order;
    };
  }

  private Order reserve(Order pending) {
    List<OrderItem> reserved;
    try {
      reserved = reservations.reserve(pending.id(), pending.items());
    } catch (Refused refusal) {
      if (refusal.isFinal()) {
        reject(pending);
      }
      throw refusal;
    }
    Instant now = changes.now();
    Order created =
        pending
            .priced(reserved)
            .movedTo(OrderStatus.CREATED, now, timing.dueAfter(OrderStatus.CREATED, now));
    if (changes.replace(pending, created)) {
      metrics.placement(PlacementOutcome.CREATED);
      LOG.log(
          Level.INFO,
          "Order {0} placed: {1} item(s), stock reserved",
          new Object[] {created.id(), created.items().size()});
      return created;
    }
    return settle(orders.find(pending.id()).orElseThrow()); // another driver got there first
  }

  private void reject(Order pending) {
    metrics.placement(PlacementOutcome.REFUSED);
    Order rejected = pending.movedTo(OrderStatus.REJECTED, changes.now(), null);
    if (changes.replace(pending, rejected)) {
      changes.giveBack(rejected);
    }
  }
}
