package io.productstore.common.web;

import io.productstore.common.faults.Faults;
import io.productstore.common.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * With {@code store.faults.enabled} off the fault API does not exist: 404 for everyone, before any
 * role check, so nobody learns it is there.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class FaultSwitch implements ContainerRequestFilter {

  private static final String FAULT_API = "admin/faults";

  private volatile Boolean enabled;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.contains(FAULT_API)) {
      return;
    }
    if (enabled == null) {
      enabled = CDI.current().select(Faults.class).get().isEnabled();
    }
    if (hides(path, enabled)) {
      request.abortWith(Problem.of(404, "Not found").toResponse());
    }
  }

  /** Whether a request to this path gets a 404 because the fault API is off. */
  static boolean hides(String path, boolean enabled) {
    return !enabled && path.contains(FAULT_API);
  }
}
