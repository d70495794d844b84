package io.productstore.common.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every answer of a service has, whoever produced it (web-fragment.xml maps it to every path):
 * {@code Cache-Control: no-store} on answers to a request with a token and HSTS on HTTPS
 * (base.xml's endpoint adds {@code X-Content-Type-Options: nosniff} to every answer), and a place
 * in the request metrics ({@code route="unrouted"}) for the requests no route timed: unknown paths
 * and what the container refused before any route (through {@link ContainerProblems}).
 */
public class EdgeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(EdgeFilter.class.getName());

  /** The route label of requests no JAX-RS route answered. */
  static final String UNROUTED = "unrouted";

  private static final String STARTED = EdgeFilter.class.getName() + ".started";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setAttribute(STARTED, System.nanoTime());
    if (request.getHeader("Authorization") != null) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
    timeUnrouted(request, response.getStatus());
  }

  /** Times a request no route timed, once. */
  static void timeUnrouted(HttpServletRequest request, int status) {
    if (request.getAttribute(RequestMetrics.RouteTimer.TIMED) != null) {
      return;
    }
    request.setAttribute(RequestMetrics.RouteTimer.TIMED, Boolean.TRUE);
    long started = request.getAttribute(STARTED) instanceof Long at ? at : System.nanoTime();
    try {
      CDI.current()
          .select(HttpMetrics.class)
          .get()
          .served(
              request.getMethod(), UNROUTED, status, Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Request not timed", e); // a metric must never fail a request
    }
  }
}
