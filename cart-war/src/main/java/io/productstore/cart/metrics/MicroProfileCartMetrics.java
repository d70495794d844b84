package io.productstore.cart.metrics;

import static io.productstore.common.metrics.Outcomes.tag;

import io.productstore.cart.domain.CartMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The cart's business metrics, with closed label sets only (never a product or a username):
 * cart_items_added_total (units put into carts),
 * cart_checkouts_total{outcome=ok|empty|short_stock|refused|downstream_error}, cart_checkout_value
 * (order total at checkout), cart_checkout_items (units at checkout),
 * cart_checkout_recoveries_total{outcome=completed|refused|failed} (the recovery pass).
 */
@ApplicationScoped
public class MicroProfileCartMetrics implements CartMetrics {

  private MetricRegistry registry;

  protected MicroProfileCartMetrics() {}

  @Inject
  public MicroProfileCartMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /**
   * Every series starts at zero when the service starts, so rate() and alerts see it from the
   * start.
   */
  void zeroes(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.counter("cart_items_added");
    for (CheckoutOutcome outcome : CheckoutOutcome.values()) {
      registry.counter("cart_checkouts", tag(outcome));
    }
    for (RecoveryOutcome outcome : RecoveryOutcome.values()) {
      registry.counter("cart_checkout_recoveries", tag(outcome));
    }
    registry.histogram("cart_checkout_value");
    registry.histogram("cart_checkout_items");
  }

  @Override
  public void added(int quantity) {
    registry.counter("cart_items_added").inc(quantity);
  }

  @Override
  public void checkout(CheckoutOutcome outcome) {
    registry.counter("cart_checkouts", tag(outcome)).inc();
  }

  @Override
  public void checkedOut(BigDecimal value, int items) {
    registry.histogram("cart_checkout_value").update(value.longValue());
    registry.histogram("cart_checkout_items").update(items);
  }

  @Override
  public void recovery(RecoveryOutcome outcome) {
    registry.counter("cart_checkout_recoveries", tag(outcome)).inc();
  }
}
