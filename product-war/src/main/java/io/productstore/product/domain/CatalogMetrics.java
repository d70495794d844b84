package io.productstore.product.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The catalog's business metrics, with closed label sets only (never a product or category name):
 * product_changes_total{change=created|updated|deleted},
 * product_reservations_total{outcome=reserved|short|released}.
 */
@ApplicationScoped
public class CatalogMetrics {

  private MetricRegistry registry;

  protected CatalogMetrics() {}

  @Inject
  public CatalogMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /** Every series starts at zero when the service starts, so rate() and alerts see it from the start. */
  void zeroes(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (String change : new String[] {"created", "updated", "deleted"}) {
      registry.counter("product_changes", new Tag("change", change));
    }
    for (String outcome : new String[] {"reserved", "short", "released"}) {
      registry.counter("product_reservations", new Tag("outcome", outcome));
    }
  }

  public void changed(String change) {
    registry.counter("product_changes", new Tag("change", change)).inc();
  }

  public void reservation(String outcome) {
    registry.counter("product_reservations", new Tag("outcome", outcome)).inc();
  }
}
