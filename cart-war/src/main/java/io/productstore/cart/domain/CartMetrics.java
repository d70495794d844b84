package io.productstore.cart.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The cart's business metrics, with closed label sets only (never a product or a username):
 * cart_items_added_total (units put into carts),
 * cart_checkouts_total{outcome=ok|empty|short_stock|refused|downstream_error},
 * cart_checkout_value (order total at checkout), cart_checkout_items (units at checkout),
 * cart_checkout_recoveries_total{outcome=completed|refused|failed} (the recovery pass).
 */
@ApplicationScoped
public class CartMetrics {

  private MetricRegistry registry;

  protected CartMetrics() {}

  @Inject
  public CartMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /** Every series starts at zero when the service starts, so rate() and alerts see it from the start. */
  void zeroes(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.counter("cart_items_added");
    for (String outcome : new String[] {"ok", "empty", "short_stock", "refused", "downstream_error"}) {
      registry.counter("cart_checkouts", new Tag("outcome", outcome));
    }
    for (String outcome : new String[] {"completed", "refused", "failed"}) {
      registry.counter("cart_checkout_recoveries", new Tag("outcome", outcome));
    }
    registry.histogram("cart_checkout_value");
    registry.histogram("cart_checkout_items");
  }

  void added(int quantity) {
    registry.counter("cart_items_added").inc(quantity);
  }

  void checkout(String outcome) {
    registry.counter("cart_checkouts", new Tag("outcome", outcome)).inc();
  }

  void checkedOut(BigDecimal value, int items) {
    registry.histogram("cart_checkout_value").update(value.longValue());
    registry.histogram("cart_checkout_items").update(items);
  }

  void recovery(String outcome) {
    registry.counter("cart_checkout_recoveries", new Tag("outcome", outcome)).inc();
  }
}
