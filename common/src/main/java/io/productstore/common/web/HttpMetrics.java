package io.productstore.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

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

  /**
   * The timers by their labels (closed sets, so this stays small): looking a timer up in the
   * registry validates its tags, 8% of all the server's allocation under load (docs/profiling.md).
   */
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  protected HttpMetrics() {}

  @Inject
  public HttpMetrics(
      MetricRegistry registry, @ConfigProperty(name = "store.service.name") String service) {
    this.registry = registry;
    this.service = service;
  }

  public void served(String method, String route, int status, Duration took) {
    timer(SERVED, "method", method, "route", route, status).update(took);
  }

  public void called(String target, String method, int status, Duration took) {
    timer(CALLED, "target", target, "method", method, status).update(took);
  }

  /** The timer of these labels; tags are made (and validated) only the first time. */
  private Timer timer(
      String name, String firstTag, String first, String secondTag, String second, int status) {
    String statusClass = status / 100 + "xx";
    return timers.computeIfAbsent(
        name + ' ' + first + ' ' + second + ' ' + statusClass,
        key ->
            registry.timer(
                name,
                new Tag("service", service),
                new Tag(firstTag, first),
                new Tag(secondTag, second),
                new Tag("status_class", statusClass)));
  }
}
