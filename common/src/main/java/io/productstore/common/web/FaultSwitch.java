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

  private volatile Boolean enabled;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().contains("admin/faults")) {
      return;
    }
    if (enabled == null) {
      enabled = CDI.current().select(Faults.class).get().isEnabled();
    }
    if (!enabled) {
      request.abortWith(Problem.of(404, "Not found").toResponse());
    }
  }
}
