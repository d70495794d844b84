package io.productstore.order.domain;

import io.productstore.common.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How an order changes, whoever changes it (a request, the lifecycle, the recovery): a
 * compare-and-set on its status, with its schedule and its metrics kept along; and giving its stock
 * back to the catalog.
 */
@ApplicationScoped
public class OrderChanges {

  private static final Logger LOG = Logger.getLogger(OrderChanges.class.getName());

  private OrderRepository orders;
  private StockReservations reservations;
  private OrderMetrics metrics;
  private Clock clock;

  protected OrderChanges() {}

  @Inject
  public OrderChanges(
      OrderRepository orders, StockReservations reservations, OrderMetrics metrics, Clock clock) {
    this.orders = orders;
    this.reservations = reservations;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Now, to the millisecond Cassandra keeps. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Writes the change if the order is still where we read it; keeps schedule and metrics along. */
  public boolean replace(Order current, Order next) {
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
  public void giveBack(Order order) {
    reservations.release(order.id());
    orders.unschedule(order.id());
  }

  /** As {@link #giveBack}; when the catalog cannot take it now, the order stays scheduled. */
  public void giveBackQuietly(Order order) {
    try {
      giveBack(order);
    } catch (DomainException e) {
      LOG.log(
          Level.INFO,
          "Stock of order {0} not given back yet ({1}); the next poll retries",
          new Object[] {order.id(), e.getMessage()});
    }
  }
}
