package io.productstore.order.domain;

import io.productstore.common.client.Downstream;
import io.productstore.common.problem.ProblemException;
import io.productstore.common.web.Page;
import io.productstore.common.web.TraceLogFields;
import io.productstore.order.client.ReservationGateway;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Placing, reading, cancelling and advancing orders. Every step is idempotent and every status
 * change is a compare-and-set, so a retried request, a second instance or the recovery pass after
 * a crash can run any step again and the order still ends one way: CREATED with its stock
 * reserved, or REJECTED with nothing reserved.
 *
 * <p>Placing: the order is put on the schedule and written PENDING (its intent) before any stock
 * moves; then the catalog reserves its stock (keyed by the order id) and the order becomes
 * CREATED. A crash in between leaves a PENDING order on the schedule, which {@link #progress}
 * drives to the same end when it is due.
 */
@ApplicationScoped
public class Orders {

  private static final Logger LOG = Logger.getLogger(Orders.class.getName());
  private static final int ATTEMPTS = 5;

  private OrderRepository orders;
  private ReservationGateway reservations;
  private Lifecycle lifecycle;
  private OrderMetrics metrics;
  private Tracer tracer;

  protected Orders() {}

  @Inject
  public Orders(OrderRepository orders, ReservationGateway reservations, Lifecycle lifecycle,
      OrderMetrics metrics, Tracer tracer) {
    this.orders = orders;
    this.reservations = reservations;
    this.lifecycle = lifecycle;
    this.metrics = metrics;
    this.tracer = tracer;
  }

  /** A placed order, and whether this request placed it (false: a retry found it). */
  public record Placement(Order order, boolean isNew) {}

  /**
   * Places an order for {@code userId}: with an idempotency key the same key always gives the same
   * order. 409 (with the short items) when the stock is not there, and then nothing is reserved.
   */
  public Placement place(String userId, Optional<String> idempotencyKey, Map<UUID, Integer> requested) {
    UUID id = idempotencyKey.map(key -> Order.idFor(userId, key)).orElseGet(UUID::randomUUID);
    Optional<Order> existing = orders.find(id);
    if (existing.isPresent()) {
      Order settled = settle(existing.get());
      metrics.placement("replayed");
      return new Placement(settled, false);
    }
    Instant now = now();
    List<OrderItem> items = requested.entrySet().stream()
        .map(entry -> OrderItem.requested(entry.getKey(), entry.getValue())).toList();
    Order pending = Order.pending(id, userId, items, now, lifecycle.dueAfter(OrderStatus.PENDING, now),
        TraceLinks.traceParent(Span.current().getSpanContext()));
    orders.schedule(id, pending.nextDueAt());
    orders.index(pending);
    Order stored = orders.insertIfAbsent(pending);
    if (stored != pending) {
      metrics.placement("replayed");
    }
    return new Placement(settle(stored), stored == pending);
  }

  /** The order as its owner or an admin may see it: 404 unknown (or never placed), 403 someone else's. */
  public Order visibleTo(UUID orderId, String username, boolean admin) {
    Order order = orders.find(orderId).filter(found -> found.status().isPlaced())
        .orElseThrow(() -> ProblemException.notFound("Order not found"));
    if (!admin && !order.isOwnedBy(username)) {
      throw ProblemException.forbidden("Access denied");
    }
    return order;
  }

  /** The user's placed orders, newest first. */
  public List<Order> ofUser(String userId) {
    return orders.idsOfUser(userId).stream()
        .distinct() // two racing requests for one key may both have listed it
        .map(orders::find).flatMap(Optional::stream)
        .filter(order -> order.status().isPlaced())
        .toList();
  }

  /** Every placed order, newest first, optionally of one status and/or one user. */
  public Page<Order> all(Optional<OrderStatus> status, Optional<String> userId, int skip, int limit) {
    Page.requireValid(skip, limit);
    return Page.of(orders.all().stream()
        .filter(order -> order.status().isPlaced())
        .filter(order -> status.map(order.status()::equals).orElse(true))
        .filter(order -> userId.map(order::isOwnedBy).orElse(true))
        .sorted(Comparator.comparing(Order::createdAt).reversed().thenComparing(Order::id))
        .toList(), skip, limit);
  }

  /** Cancels before shipping (409 afterwards) and gives the stock back. */
  public Order cancel(UUID orderId, String username, boolean admin) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Order order = visibleTo(orderId, username, admin);
      if (!order.status().canMoveTo(OrderStatus.CANCELLED)) {
        throw ProblemException.conflict("An order in status " + order.status() + " cannot be cancelled");
      }
      Instant now = now();
      // Scheduled first: if we die before the stock is back, the next poll gives it back.
      orders.schedule(orderId, now);
      Order cancelled = order.movedTo(OrderStatus.CANCELLED, now, null);
      if (replace(order, cancelled)) {
        giveBackQuietly(cancelled);
        return cancelled;
      }
    }
    throw ProblemException.unavailable("The order is changing too fast; try again");
  }

  /** An admin's status change: legal transitions only (409 otherwise). */
  public Order changeStatus(UUID orderId, OrderStatus target, String admin) {
    if (target == OrderStatus.CANCELLED) {
      return cancel(orderId, admin, true);
    }
    Order order = visibleTo(orderId, admin, true);
    if (!order.status().canMoveTo(target)) {
      throw ProblemException.conflict("The status of an order cannot change from " + order.status()
          + " to " + target);
    }
    Instant now = now();
    Order moved = order.movedTo(target, now, lifecycle.dueAfter(target, now));
    if (!replace(order, moved)) {
      throw ProblemException.conflict("The order changed meanwhile; read it and try again");
    }
    return moved;
  }

  /**
   * One step of the background work for a scheduled order: drive a PENDING checkout to its end,
   * give back the stock of a refused or cancelled order, or take the next lifecycle step when due.
   */
  public void progress(UUID orderId) {
    Optional<Order> found = orders.find(orderId);
    if (found.isEmpty()) {
      orders.unschedule(orderId); // scheduled by a request that died before writing the order
      return;
    }
    Order order = found.get();
    // Its own trace, linked to the checkout that placed the order.
    Span span = TraceLinks.linkedTo(tracer.spanBuilder("order lifecycle " + order.status()),
        order.traceParent()).setAttribute("order.status", order.status().name()).startSpan();
    try (Scope scope = span.makeCurrent()) {
      TraceLogFields.label(span.getSpanContext());
      step(order);
    } finally {
      TraceLogFields.clear();
      span.end();
    }
  }

  private void step(Order order) {
    UUID orderId = order.id();
    Instant now = now();
    if (order.status() == OrderStatus.PENDING) {
      metrics.recovery("resumed_pending");
      settleQuietly(order);
    } else if (order.status().releasesStock()) {
      metrics.recovery("released_stock");
      giveBack(order);
    } else if (order.nextDueAt() == null) {
      orders.unschedule(orderId);
    } else if (!order.isDue(now)) {
      orders.schedule(orderId, order.nextDueAt());
    } else {
      OrderStatus next = order.status().next().orElseThrow();
      if (replace(order, order.movedTo(next, now, lifecycle.dueAfter(next, now)))) {
        metrics.lag(Duration.between(order.nextDueAt(), now));
      }
    }
  }

  /** PENDING → CREATED (stock reserved) or REJECTED (refused, nothing reserved); others as they are. */
  private Order settle(Order order) {
    return switch (order.status()) {
      case PENDING -> reserve(order);
      case REJECTED -> {
        giveBack(order);
        throw ProblemException.conflict("This order was refused (not enough stock); place a new one");
      }
      default -> order;
    };
  }

  private Order reserve(Order pending) {
    List<OrderItem> reserved;
    try {
      reserved = reservations.reserve(pending.id(), pending.items());
    } catch (Downstream.Refusal refusal) {
      if (refusal.isFinal()) {
        reject(pending);
      }
      throw refusal;
    }
    Instant now = now();
    Order created = pending.priced(reserved)
        .movedTo(OrderStatus.CREATED, now, lifecycle.dueAfter(OrderStatus.CREATED, now));
    if (replace(pending, created)) {
      metrics.placement("created");
      LOG.log(Level.INFO, "Order {0} placed: {1} item(s), stock reserved",
          new Object[] {created.id(), created.items().size()});
      return created;
    }
    return settle(orders.find(pending.id()).orElseThrow()); // another driver got there first
  }

  private void reject(Order pending) {
    metrics.placement("refused");
    Order rejected = pending.movedTo(OrderStatus.REJECTED, now(), null);
    if (replace(pending, rejected)) {
      giveBack(rejected);
    }
  }

  /** Writes the change if the order is still where we read it; keeps schedule and metrics along. */
  private boolean replace(Order current, Order next) {
    if (!orders.replace(current, next)) {
      return false;
    }
    metrics.entered(next.status());
    Instant enteredCurrent = current.statusHistory().get(current.status());
    if (enteredCurrent != null) {
      metrics.left(current.status(), Duration.between(enteredCurrent, next.updatedAt()));
    }
    if (next.nextDueAt() != null) {
      orders.schedule(next.id(), next.nextDueAt());
    } else if (!next.status().releasesStock()) {
      orders.unschedule(next.id());
    }
    return true;
  }

  /** Returns the order's stock (idempotent at the catalog), then takes it off the schedule. */
  private void giveBack(Order order) {
    reservations.release(order.id());
    orders.unschedule(order.id());
  }

  private void giveBackQuietly(Order order) {
    try {
      giveBack(order);
    } catch (ProblemException e) {
      LOG.log(Level.INFO, "Stock of order {0} not given back yet ({1}); the next poll retries",
          new Object[] {order.id(), e.getMessage()});
    }
  }

  private void settleQuietly(Order order) {
    try {
      settle(order);
    } catch (ProblemException e) {
      LOG.log(Level.FINE, "Order {0} settled with {1}", new Object[] {order.id(), e.getMessage()});
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
