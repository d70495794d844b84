package io.productstore.common.client;

import io.productstore.common.web.HttpMetrics;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Times every Rest Client call as {@code store_client_request_seconds{target}}: the target is the
 * called service, named by the public prefix of the path (a closed set), never the URL. Registered
 * on each Rest Client interface with {@code @RegisterProvider}.
 */
public class ClientMetrics implements ClientRequestFilter, ClientResponseFilter {

  private static final Logger LOG = Logger.getLogger(ClientMetrics.class.getName());
  private static final String STARTED = ClientMetrics.class.getName() + ".started";

  private volatile HttpMetrics metrics;

  @Override
  public void filter(ClientRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    try {
      if (metrics == null) {
        metrics = CDI.current().select(HttpMetrics.class).get();
      }
      metrics.called(
          target(request.getUri().getPath()),
          request.getMethod(),
          response.getStatus(),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Call not timed", e); // a metric must never fail a call
    }
  }

  static String target(String path) {
    if (path.startsWith("/api/")) {
      return "product";
    }
    for (String service : new String[] {"cart", "order", "user"}) {
      if (path.startsWith("/" + service + "-api/")) {
        return service;
      }
    }
    return "other";
  }
}
