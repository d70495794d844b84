package io.productstore.common.web;

import io.productstore.common.faults.Fault;
import io.productstore.common.faults.FaultKind;
import io.productstore.common.faults.Faults;
import io.productstore.common.problem.Problem;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * The seam of route faults, registered per route (its template) right after the route's timer, so
 * an injected delay or error shows in {@code store_request_seconds} like a real one. The fault
 * API's own routes are never affected: a trainer can always clear a fault.
 */
public final class RouteFaults implements ContainerRequestFilter {

  private final String route;
  private volatile Faults faults;

  public RouteFaults(String route) {
    this.route = route;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (route.contains("/admin/faults")) {
      return;
    }
    if (faults == null) {
      faults = CDI.current().select(Faults.class).get();
    }
    faults.find(FaultKind.ROUTE_LATENCY, route).ifPresent(Fault::delay);
    faults
        .find(FaultKind.ROUTE_ERRORS, route)
        .filter(Fault::strikes)
        .ifPresent(
            fault ->
                request.abortWith(
                    Problem.of(500, "The server could not complete the request (injected fault)")
                        .toResponse()));
  }
}
