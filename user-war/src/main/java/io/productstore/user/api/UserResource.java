package io.productstore.user.api;

import io.productstore.common.security.CurrentUser;
import io.productstore.common.security.Roles;
import io.productstore.user.client.CartGateway;
import io.productstore.user.domain.Accounts;
import io.productstore.user.domain.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts: registration, the caller's own account and cart, and the admin listing. */
@Path("/users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class UserResource {

  private Accounts accounts;
  private UserRepository users;
  private CurrentUser caller;
  private CartGateway carts;

  protected UserResource() {}

  @Inject
  public UserResource(Accounts accounts, UserRepository users, CurrentUser caller, CartGateway carts) {
    this.accounts = accounts;
    this.users = users;
    this.caller = caller;
    this.carts = carts;
  }

  @POST
  @Path("/register")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an account with the role user (200 with the User; 409 when taken)")
  public UserView register(@Valid @NotNull Registration body) {
    return UserView.of(
        accounts.register(body.username(), body.fullName(), body.phone(), body.password()));
  }

  @GET
  @Path("/me")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "The caller's account")
  public UserView me() {
    return UserView.of(accounts.byUsername(caller.username()));
  }

  @GET
  @Path("/me/cart")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "The caller's cart, from the cart service with the caller's token")
  public JsonObject myCart() {
    return carts.cartOfCaller();
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Every account (admin)")
  public List<UserView> all() {
    return users.findAll().stream().map(UserView::of).toList();
  }
}
