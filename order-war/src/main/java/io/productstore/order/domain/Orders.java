package io.productstore.order.domain;

import io.productstore.common.domain.CompareAndSet;
import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading, cancelling and (for admins) moving placed orders. */
@ApplicationScoped
public class Orders {

  static final int ATTEMPTS = 5;

  private OrderRepository orders;
  private OrderChanges changes;
  private LifecycleTiming timing;

  protected Orders() {}

  @Inject
  public Orders(OrderRepository orders, OrderChanges changes, LifecycleTiming timing) {
    this.orders = orders;
    this.changes = changes;
    this.timing = timing;
  }

  /**
   * The order as its owner or an admin may see it: NOT_FOUND unknown (or never placed), FORBIDDEN
   * someone else's.
   */
  public Order visibleTo(UUID orderId, String username, boolean admin) {
    Order order =
        orders
            .find(orderId)
            .filter(found -> found.status().isPlaced())
            .orElseThrow(() -> DomainException.notFound("Order not found"));
    if (!admin && !order.isOwnedBy(username)) {
      throw DomainException.forbidden("Access denied");
    }
    return order;
  }

  /** The user's placed orders, newest first. */
  public List<Order> ofUser(String userId) {
    return orders.idsOfUser(userId).stream()
        .distinct() // two racing requests for one key may both have listed it
        .map(orders::find)
        .flatMap(Optional::stream)
        .filter(order -> order.status().isPlaced())
        .toList();
  }

  /** Every placed order, newest first, optionally of one status and/or one user. */
  public Page<Order> all(
      Optional<OrderStatus> status, Optional<String> userId, int skip, int limit) {
    Page.requireValid(skip, limit);
    return Page.of(
        orders.all().stream()
            .filter(order -> order.status().isPlaced())
            .filter(order -> status.map(order.status()::equals).orElse(true))
            .filter(order -> userId.map(order::isOwnedBy).orElse(true))
            .sorted(Comparator.comparing(Order::createdAt).reversed().thenComparing(Order::id))
            .toList(),
        skip,
        limit);
  }

  /** Cancels before shipping (CONFLICT afterwards) and gives the stock back. */
  public Order cancel(UUID orderId, String username, boolean admin) {
    return CompareAndSet.retry(
        ATTEMPTS,
        "The order is changing too fast; try again",
        () -> {
          Order order = visibleTo(orderId, username, admin);
          if (!order.status().canMoveTo(OrderStatus.CANCELLED)) {
            throw DomainException.conflict(
                "An order in status " + order.status() + " cannot be cancelled");
          }
          Instant now = changes.now();
          // Scheduled first: if we die before the stock is back, the next poll gives it back.
          orders.schedule(orderId, now);
          Order cancelled = order.movedTo(OrderStatus.CANCELLED, now, null);
          if (!changes.replace(order, cancelled)) {
            return Optional.empty();
          }
          changes.giveBackQuietly(cancelled);
          return Optional.of(cancelled);
        });
  }

  /** An admin's status change: legal transitions only (CONFLICT otherwise). */
  public Order changeStatus(UUID orderId, OrderStatus target, String admin) {
    if (target == OrderStatus.CANCELLED) {
      return cancel(orderId, admin, true);
    }
    Order order = visibleTo(orderId, admin, true);
    if (!order.status().canMoveTo(target)) {
      throw DomainException.conflict(
          "The status of an order cannot change from " + order.status() + " to " + target);
    }
    Instant now = changes.now();
    Order moved = order.movedTo(target, now, timing.dueAfter(target, now));
    if (!changes.replace(order, moved)) {
      throw DomainException.conflict("The order changed meanwhile; read it and try again");
    }
    return moved;
  }
}
