package io.productstore.order.domain;

import java.time.Duration;

/** The order service's business metrics (the port; {@code metrics/} writes them). */
public interface OrderMetrics {

  /** How a placement request ended. */
  enum PlacementOutcome {
    CREATED,
    REPLAYED,
    REFUSED
  }

  /** What the background work did for an order a request left behind. */
  enum RecoveryAction {
    RESUMED_PENDING,
    RELEASED_STOCK
  }

  void placement(PlacementOutcome outcome);

  void entered(OrderStatus status);

  void left(OrderStatus status, Duration spent);

  /** When a lifecycle step happened minus when it was due. */
  void lag(Duration lag);

  void recovery(RecoveryAction action);
}
