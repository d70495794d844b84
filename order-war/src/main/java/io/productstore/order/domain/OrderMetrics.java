package io.productstore.order.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The order service's business metrics, with closed label sets only (never an id or a username):
 * order_placements_total{outcome=created|replayed|refused|pending},
 * order_transitions_total{status} (orders entering each status),
 * order_status_seconds{status} (time spent in a status, on leaving it),
 * order_lifecycle_lag_seconds (when a step happened minus when it was due),
 * order_recovery_actions_total{action=resumed_pending|released_stock}.
 */
@ApplicationScoped
public class OrderMetrics {

  private MetricRegistry registry;

  protected OrderMetrics() {}

  @Inject
  public OrderMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /** Every series starts at zero when the service starts, so rate() and alerts see it from the start. */
  void zeroes(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (String outcome : new String[] {"created", "replayed", "refused"}) {
      registry.counter("order_placements", new Tag("outcome", outcome));
    }
    for (OrderStatus status : OrderStatus.values()) {
      registry.counter("order_transitions", new Tag("status", status.name()));
    }
    for (String action : new String[] {"resumed_pending", "released_stock"}) {
      registry.counter("order_recovery_actions", new Tag("action", action));
    }
    registry.timer("order_lifecycle_lag_seconds");
  }

  void placement(String outcome) {
    registry.counter("order_placements", new Tag("outcome", outcome)).inc();
  }

  void entered(OrderStatus status) {
    registry.counter("order_transitions", new Tag("status", status.name())).inc();
  }

  void left(OrderStatus status, Duration spent) {
    registry.timer("order_status_seconds", new Tag("status", status.name())).update(spent);
  }

  void lag(Duration lag) {
    registry.timer("order_lifecycle_lag_seconds").update(lag.isNegative() ? Duration.ZERO : lag);
  }

  void recovery(String action) {
    registry.counter("order_recovery_actions", new Tag("action", action)).inc();
  }
}
