package io.productstore.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The HTTP timers of a service, with closed label sets: {@code store_request_seconds{service,
 * method, route, status_class}} for every request a route answered ({@link RequestMetrics}), and
 * {@code store_client_request_seconds{service, target, method, status_class}} for every call this
 * service made to another ({@code ClientMetrics}).
 */
@ApplicationScoped
public class HttpMetrics {

  static final String SERVED = "store_request_seconds";
  static final String CALLED = "store_client_request_seconds";

  private MetricRegistry registry;
  private String service;

  protected HttpMetrics() {}

  @Inject
  public HttpMetrics(
      MetricRegistry registry, @ConfigProperty(name = "store.service.name") String service) {
    this.registry = registry;
    this.service = service;
  }

  public void served(String method, String route, int status, Duration took) {
    registry
        .timer(
            SERVED,
            new Tag("service", service),
            new Tag("method", method),
            new Tag("route", route),
            statusClass(status))
        .update(took);
  }

  public void called(String target, String method, int status, Duration took) {
    registry
        .timer(
            CALLED,
            new Tag("service", service),
            new Tag("target", target),
            new Tag("method", method),
            statusClass(status))
        .update(took);
  }

  private static Tag statusClass(int status) {
    return new Tag("status_class", status / 100 + "xx");
  }
}
