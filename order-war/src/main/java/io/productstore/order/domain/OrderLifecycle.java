package io.productstore.order.domain;

import io.productstore.common.domain.DomainException;
import io.productstore.order.domain.OrderMetrics.RecoveryAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background steps of scheduled orders: drive a PENDING checkout to its end, give back the
 * stock of a refused or cancelled order, or take the next lifecycle step (CREATED → PROCESSING →
 * SHIPPING → DELIVERED) when it is due. Each step is a compare-and-set, so several instances
 * polling at once take it once.
 */
@ApplicationScoped
public class OrderLifecycle {

  private static final Logger LOG = Logger.getLogger(OrderLifecycle.class.getName());

  private OrderRepository orders;
  private OrderChanges changes;
  private Placements placements;
  private LifecycleTiming timing;
  private OrderMetrics metrics;

  protected OrderLifecycle() {}

  @Inject
  public OrderLifecycle(
      OrderRepository orders,
      OrderChanges changes,
      Placements placements,
      LifecycleTiming timing,
      OrderMetrics metrics) {
    this.orders = orders;
    this.changes = changes;
    this.placements = placements;
    this.timing = timing;
    this.metrics = metrics;
  }

  /** The ids of the scheduled orders whose next step is due now. */
  public List<UUID> due() {
    return orders.due(changes.now());
  }

  /** The scheduled order; an id whose order was never written is taken off the schedule. */
  public Optional<Order> scheduled(UUID orderId) {
    Optional<Order> order = orders.find(orderId);
    if (order.isEmpty()) {
      orders.unschedule(orderId); // scheduled by a request that died before writing the order
    }
    return order;
  }

  /** Takes the order's step that is due (or puts it back on the schedule for later). */
  public void advance(Order order) {
    Instant now = changes.now();
    if (order.status() == OrderStatus.PENDING) {
      metrics.recovery(RecoveryAction.RESUMED_PENDING);
      settleQuietly(order);
    } else if (order.status().releasesStock()) {
      metrics.recovery(RecoveryAction.RELEASED_STOCK);
      changes.giveBack(order);
    } else if (order.nextDueAt() == null) {
      orders.unschedule(order.id());
    } else if (!order.isDue(now)) {
      orders.schedule(order.id(), order.nextDueAt());
    } else {
      OrderStatus next = order.status().next().orElseThrow();
      if (changes.replace(order, order.movedTo(next, now, timing.dueAfter(next, now)))) {
        metrics.lag(Duration.between(order.nextDueAt(), now));
      }
    }
  }

  private void settleQuietly(Order order) {
    try {
      placements.settle(order);
    } catch (DomainException e) {
      LOG.log(Level.FINE, "Order {0} settled with {1}", new Object[] {order.id(), e.getMessage()});
    }
  }
}
