package io.productstore.common.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * RED metrics of every route: {@code store_request_seconds{service, method, route, status_class}},
 * a timer with histogram buckets (see microprofile-config.properties). Each resource method gets
 * its own timing filter when the application starts, so the route label is the template ({@code
 * /cart-api/cart/items/{itemId}}), never the path a client sent: ids and names never become labels.
 */
@Provider
public class RequestMetrics implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    String method =
        Arrays.stream(resource.getResourceMethod().getAnnotations())
            .map(Annotation::annotationType)
            .map(type -> type.getAnnotation(HttpMethod.class))
            .filter(Objects::nonNull)
            .map(HttpMethod::value)
            .findFirst()
            .orElse("ANY");
    String prefix =
        ConfigProvider.getConfig()
            .getOptionalValue("store.service.prefix", String.class)
            .orElse("");
    String route =
        prefix
            + template(resource.getResourceClass().getAnnotation(Path.class))
            + template(resource.getResourceMethod().getAnnotation(Path.class));
    String template = route.isEmpty() ? "/" : route;
    // Before authentication and authorization, so that their 401s and 403s are timed too.
    context.register(new RouteTimer(method, template), Priorities.AUTHENTICATION - 10);
    context.register(new RouteFaults(template), Priorities.USER + 100); // after the timer
  }

  static String template(Path path) {
    if (path == null || path.value().isEmpty() || "/".equals(path.value())) {
      return "";
    }
    String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  /** Times the requests of one route. */
  static final class RouteTimer implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RouteTimer.class.getName());
    private static final String STARTED = RouteTimer.class.getName() + ".started";

    /** Set once a route timed the request, so that {@link EdgeFilter} does not time it again. */
    static final String TIMED = RouteTimer.class.getName() + ".timed";

    private final String method;
    private final String route;
    private volatile HttpMetrics metrics;

    RouteTimer(String method, String route) {
      this.method = method;
      this.route = route;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (!(request.getProperty(STARTED) instanceof Long started)) {
        return;
      }
      request.setProperty(TIMED, Boolean.TRUE);
      try {
        if (metrics == null) {
          metrics = CDI.current().select(HttpMetrics.class).get();
        }
        metrics.served(
            method, route, response.getStatus(), Duration.ofNanos(System.nanoTime() - started));
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Request not timed", e); // a metric must never fail a request
      }
    }
  }
}
