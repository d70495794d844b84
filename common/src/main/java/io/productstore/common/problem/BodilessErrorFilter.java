package io.productstore.common.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * An error answered without a body gets its problem: the 401s of the MP-JWT layer (no token, or a
 * bad, forged, expired or foreign one, on a {@code @RolesAllowed} route) and any other status set
 * without an entity.
 */
@Provider
public class BodilessErrorFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (status < 400 || response.hasEntity()) {
      return;
    }
    response.setEntity(Problem.ofStatus(status), null, Problem.PROBLEM_JSON);
    if (status == 401) {
      response
          .getHeaders()
          .putSingle(
              "WWW-Authenticate",
              Problem.bearerChallenge(request.getHeaderString("Authorization") != null));
    }
  }
}
