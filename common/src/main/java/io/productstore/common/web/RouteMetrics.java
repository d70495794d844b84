package io.productstore.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * store_request_seconds{service, method, route, status_class}: what {@link RequestMetrics} records
 * for every request of a route.
 */
@ApplicationScoped
public class RouteMetrics {

  static final String NAME = "store_request_seconds";

  private MetricRegistry registry;
  private String service;

  protected RouteMetrics() {}

  @Inject
  public RouteMetrics(MetricRegistry registry, @ConfigProperty(name = "store.service.name") String service) {
    this.registry = registry;
    this.service = service;
  }

  void record(String method, String route, int status, Duration took) {
    registry.timer(NAME, new Tag("service", service), new Tag("method", method), new Tag("route", route),
        new Tag("status_class", status / 100 + "xx")).update(took);
  }
}
