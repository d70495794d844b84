package io.productstore.common.security;

import io.productstore.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller as the verified token says; headers such as {@code X-User-ID} or {@code admin} are
 * never consulted. It asks the request for its principal rather than injecting the token, so an
 * anonymous request is simply anonymous (injecting a JsonWebToken there makes Liberty log an error
 * for every such request).
 */
@RequestScoped
public class CurrentUser {

  private HttpServletRequest request;

  protected CurrentUser() {}

  @Inject
  public CurrentUser(HttpServletRequest request) {
    this.request = request;
  }

  /** The verified token of this request, if it carries one. */
  public Optional<JsonWebToken> token() {
    return token(request.getUserPrincipal());
  }

  static Optional<JsonWebToken> token(Principal principal) {
    return principal instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
  }

  /** The username ({@code upn}/{@code sub}); 401 when the request carries no verified token. */
  public String username() {
    return token()
        .map(JsonWebToken::getName)
        .orElseThrow(() -> ProblemException.unauthorized("A valid bearer token is required"));
  }

  /** "Bearer &lt;token&gt;" of this request, to call another service as the caller. */
  public String bearer() {
    return token()
        .map(jwt -> "Bearer " + jwt.getRawToken())
        .orElseThrow(() -> ProblemException.unauthorized("A valid bearer token is required"));
  }

  public boolean isService() {
    return roles().contains(Roles.SERVICE);
  }

  public Set<String> roles() {
    return token().map(JsonWebToken::getGroups).orElse(Set.of());
  }

  public boolean isAdmin() {
    return roles().contains(Roles.ADMIN);
  }
}
