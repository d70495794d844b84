package io.productstore.user.api;

import io.productstore.common.problem.ProblemException;
import io.productstore.common.security.Roles;
import io.productstore.common.web.ClientAddresses;
import io.productstore.user.domain.Accounts;
import io.productstore.user.domain.RefreshTokens;
import io.productstore.user.domain.ServiceClients;
import io.productstore.user.domain.User;
import io.productstore.user.domain.UserMetrics;
import io.productstore.user.token.TokenIssuer;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth2 token endpoint: the password grant ({@code grant_type} may be left out, as the old
 * clients do), rotating refresh tokens, and client credentials for the services.
 */
@Path("/token")
@ApplicationScoped
@Tag(name = "auth")
public class TokenResource {

  private Accounts accounts;
  private TokenIssuer tokens;
  private RefreshTokens refreshTokens;
  private ServiceClients clients;
  private UserMetrics metrics;
  private ClientAddresses addresses;

  protected TokenResource() {}

  @Inject
  public TokenResource(
      Accounts accounts,
      TokenIssuer tokens,
      RefreshTokens refreshTokens,
      ServiceClients clients,
      UserMetrics metrics,
      ClientAddresses addresses) {
    this.accounts = accounts;
    this.addresses = addresses;
    this.tokens = tokens;
    this.refreshTokens = refreshTokens;
    this.clients = clients;
    this.metrics = metrics;
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Log in (password), refresh (refresh_token) or authenticate a service (client_credentials)")
  @APIResponse(responseCode = "200", description = "The token")
  @APIResponse(responseCode = "400", description = "Missing fields or an unsupported grant_type")
  @APIResponse(
      responseCode = "401",
      description = "Incorrect username or password, or an invalid refresh token")
  @APIResponse(
      responseCode = "429",
      description = "Too many failed logins for this username, or from this address")
  public TokenResponse token(
      @FormParam("grant_type") String grantType,
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("refresh_token") String refreshToken,
      @FormParam("client_id") String clientId,
      @FormParam("client_secret") String clientSecret,
      @Context HttpServletRequest request) {
    String grant = grantType == null || grantType.isBlank() ? "password" : grantType;
    return switch (grant) {
      case "password" ->
          login(required(username, "username"), required(password, "password"), request);
      case "refresh_token" -> refresh(required(refreshToken, "refresh_token"));
      case "client_credentials" -> service(required(clientId, "client_id"), clientSecret);
      default -> throw ProblemException.badRequest("Unsupported grant_type: " + grant);
    };
  }

  private TokenResponse login(String username, String password, HttpServletRequest request) {
    User user = accounts.authenticate(username, password, addresses.of(request));
    return pair(user, refreshTokens.issue(user.username()));
  }

  private TokenResponse refresh(String token) {
    RefreshTokens.Rotation rotation;
    try {
      rotation = refreshTokens.rotate(token);
    } catch (ProblemException refused) {
      metrics.refresh(false);
      throw refused;
    }
    metrics.refresh(true);
    return pair(accounts.byUsername(rotation.username()), rotation.next());
  }

  private TokenResponse service(String clientId, String secret) {
    TokenIssuer.AccessToken token =
        tokens.issue(clients.authenticate(clientId, secret), Set.of(Roles.SERVICE));
    return new TokenResponse(token.value(), "bearer", token.expiresIn(), null);
  }

  private TokenResponse pair(User user, String refreshToken) {
    TokenIssuer.AccessToken token = tokens.issue(user.username(), user.roles());
    return new TokenResponse(token.value(), "bearer", token.expiresIn(), refreshToken);
  }

  private static String required(String value, String field) {
    if (value == null || value.isEmpty()) {
      throw ProblemException.badRequest(field + " is required");
    }
    return value;
  }
}
