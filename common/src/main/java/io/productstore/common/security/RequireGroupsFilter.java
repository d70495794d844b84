package io.productstore.common.security;

import io.productstore.common.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token without groups was not issued by the store (every account has at least {@code user}):
 * MP-JWT would accept it as an identity without roles, so it is refused here as unauthenticated
 * (401), before any role check turns it into a 403.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class RequireGroupsFilter implements ContainerRequestFilter {

  // Field injection: RESTEasy instantiates providers itself and needs a public no-arg constructor.
  @Inject JsonWebToken token;

  @Override
  public void filter(ContainerRequestContext request) {
    if (token != null && token.getRawToken() != null
        && (token.getGroups() == null || token.getGroups().isEmpty())) {
      request.abortWith(Problem.of(401, "The token carries no groups").toResponse());
    }
  }
}
