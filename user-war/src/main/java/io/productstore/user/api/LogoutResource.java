package io.productstore.user.api;

import io.productstore.common.security.Roles;
import io.productstore.user.domain.RefreshTokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Logging out revokes the refresh token and every token rotated from the same login. */
@Path("/logout")
@ApplicationScoped
@Tag(name = "auth")
public class LogoutResource {

  private RefreshTokens refreshTokens;

  protected LogoutResource() {}

  @Inject
  public LogoutResource(RefreshTokens refreshTokens) {
    this.refreshTokens = refreshTokens;
  }

  @POST
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Revoke a refresh token and its rotation chain")
  @APIResponse(
      responseCode = "204",
      description = "Revoked (also when it was unknown or already revoked)")
  public void logout(@FormParam("refresh_token") String refreshToken) {
    if (refreshToken != null && !refreshToken.isEmpty()) {
      refreshTokens.revoke(refreshToken);
    }
  }
}
