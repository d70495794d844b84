package io.productstore.common.security;

import io.productstore.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller as the verified token says; headers such as {@code X-User-ID} or {@code admin} are
 * never consulted.
 */
@RequestScoped
public class CurrentUser {

  private JsonWebToken token;

  protected CurrentUser() {}

  @Inject
  public CurrentUser(JsonWebToken token) {
    this.token = token;
  }

  /** The username ({@code upn}/{@code sub}); 401 when the request carries no verified token. */
  public String username() {
    String name = token == null ? null : token.getName();
    if (name == null) {
      throw ProblemException.unauthorized("A valid bearer token is required");
    }
    return name;
  }

  public Set<String> roles() {
    return token == null || token.getGroups() == null ? Set.of() : token.getGroups();
  }

  public boolean isAdmin() {
    return roles().contains(Roles.ADMIN);
  }
}
