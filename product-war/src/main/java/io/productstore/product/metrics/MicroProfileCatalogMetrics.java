package io.productstore.product.metrics;

import static io.productstore.common.metrics.Outcomes.tag;

import io.productstore.product.domain.CatalogMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The catalog's business metrics, with closed label sets only (never a product or category name):
 * product_changes_total{change=created|updated|deleted},
 * product_reservations_total{outcome=reserved|short|released}; and product_listing_read_seconds,
 * the listing cache's reads (the load behind a category page's tail).
 */
@ApplicationScoped
public class MicroProfileCatalogMetrics implements CatalogMetrics {

  private static final String LISTING_READS = "product_listing_read_seconds";

  private MetricRegistry registry;

  protected MicroProfileCatalogMetrics() {}

  @Inject
  public MicroProfileCatalogMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /**
   * Every series starts at zero when the service starts, so rate() and alerts see it from the
   * start.
   */
  void zeroes(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (Change change : Change.values()) {
      registry.counter("product_changes", tag("change", change));
    }
    for (Reservation outcome : Reservation.values()) {
      registry.counter("product_reservations", tag(outcome));
    }
    registry.timer(LISTING_READS);
  }

  @Override
  public void changed(Change change) {
    registry.counter("product_changes", tag("change", change)).inc();
  }

  @Override
  public void reservation(Reservation outcome) {
    registry.counter("product_reservations", tag(outcome)).inc();
  }

  @Override
  public void listingsRead(Duration took) {
    registry.timer(LISTING_READS).update(took);
  }
}
