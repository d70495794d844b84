package io.productstore.user.api;

import io.productstore.common.problem.ProblemException;
import io.productstore.user.domain.Accounts;
import io.productstore.user.domain.TokenIssuer;
import io.productstore.user.domain.User;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OAuth2 token endpoint (password grant; {@code grant_type} may be left out). */
@Path("/token")
@ApplicationScoped
@Tag(name = "auth")
public class TokenResource {

  private Accounts accounts;
  private TokenIssuer tokens;

  protected TokenResource() {}

  @Inject
  public TokenResource(Accounts accounts, TokenIssuer tokens) {
    this.accounts = accounts;
    this.tokens = tokens;
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Log in with username and password; answers a bearer access token")
  @APIResponse(responseCode = "200", description = "The token")
  @APIResponse(responseCode = "401", description = "Incorrect username or password")
  public TokenResponse token(@FormParam("grant_type") String grantType,
      @FormParam("username") String username, @FormParam("password") String password) {
    if (grantType != null && !grantType.isBlank() && !"password".equals(grantType)) {
      throw ProblemException.badRequest("Unsupported grant_type: " + grantType);
    }
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      throw ProblemException.badRequest("username and password are required");
    }
    User user = accounts.authenticate(username, password);
    TokenIssuer.AccessToken token = tokens.issue(user.username(), user.roles());
    return new TokenResponse(token.value(), "bearer", token.expiresIn());
  }
}
