package io.productstore.user.api;

import io.productstore.common.web.ClientAddresses;
import io.productstore.user.domain.Accounts;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone may open an account; it gets the role user and nothing more, whatever its name. */
@Path("/users/register")
@ApplicationScoped
@Tag(name = "users")
public class RegistrationResource {

  private Accounts accounts;
  private ClientAddresses addresses;

  protected RegistrationResource() {}

  @Inject
  public RegistrationResource(Accounts accounts, ClientAddresses addresses) {
    this.accounts = accounts;
    this.addresses = addresses;
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register an account with the role user (200 with the User, for old clients)")
  @APIResponse(responseCode = "200", description = "The new User")
  @APIResponse(responseCode = "409", description = "Username already registered")
  @APIResponse(responseCode = "422", description = "A field is invalid")
  @APIResponse(responseCode = "429", description = "Too many registrations from this address")
  public UserView register(@Valid @NotNull Registration body, @Context HttpServletRequest request) {
    return UserView.of(
        accounts.register(
            body.username(),
            body.fullName(),
            body.phone(),
            body.password(),
            addresses.of(request)));
  }
}
