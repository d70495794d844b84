package io.productstore.common.security;

import io.productstore.common.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A token without groups was not issued by the store (every account has at least {@code user}):
 * MP-JWT would accept it as an identity without roles, so it is refused here as unauthenticated
 * (401), before any role check turns it into a 403.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RequireGroupsFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    CurrentUser.token(request.getSecurityContext().getUserPrincipal())
        .ifPresent(
            token -> {
              Set<String> groups = token.getGroups();
              if (groups == null || groups.isEmpty()) {
                request.abortWith(Problem.of(401, "The token carries no groups").toResponse());
              }
            });
  }
}
