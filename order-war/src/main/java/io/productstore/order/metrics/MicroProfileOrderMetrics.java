package io.productstore.order.metrics;

import static io.productstore.common.metrics.Outcomes.tag;

import io.productstore.order.domain.OrderMetrics;
import io.productstore.order.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The order service's business metrics, with closed label sets only (never an id or a username):
 * order_placements_total{outcome=created|replayed|refused}, order_transitions_total{status} (orders
 * entering each status), order_status_seconds{status} (time spent in a status, on leaving it),
 * order_lifecycle_lag_seconds (when a step happened minus when it was due),
 * order_recovery_actions_total{action=resumed_pending|released_stock}.
 */
@ApplicationScoped
public class MicroProfileOrderMetrics implements OrderMetrics {

  private MetricRegistry registry;

  protected MicroProfileOrderMetrics() {}

  @Inject
  public MicroProfileOrderMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /**
   * Every series starts at zero when the service starts, so rate() and alerts see it from the
   * start.
   */
  void zeroes(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (PlacementOutcome outcome : PlacementOutcome.values()) {
      registry.counter("order_placements", tag(outcome));
    }
    for (OrderStatus status : OrderStatus.values()) {
      registry.counter("order_transitions", status(status));
    }
    for (RecoveryAction action : RecoveryAction.values()) {
      registry.counter("order_recovery_actions", tag("action", action));
    }
    registry.timer("order_lifecycle_lag_seconds");
  }

  @Override
  public void placement(PlacementOutcome outcome) {
    registry.counter("order_placements", tag(outcome)).inc();
  }

  @Override
  public void entered(OrderStatus status) {
    registry.counter("order_transitions", status(status)).inc();
  }

  @Override
  public void left(OrderStatus status, Duration spent) {
    registry.timer("order_status_seconds", status(status)).update(spent);
  }

  @Override
  public void lag(Duration lag) {
    registry.timer("order_lifecycle_lag_seconds").update(lag.isNegative() ? Duration.ZERO : lag);
  }

  @Override
  public void recovery(RecoveryAction action) {
    registry.counter("order_recovery_actions", tag("action", action)).inc();
  }

  /** Status labels keep the enum's spelling (CREATED), as the dashboards query them. */
  private static Tag status(OrderStatus status) {
    return new Tag("status", status.name());
  }
}
