package io.productstore.user.api;

import io.productstore.common.domain.Page;
import io.productstore.common.security.Roles;
import io.productstore.user.domain.Accounts;
import io.productstore.user.domain.UserRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts as admins see them: the list, one account, and its roles. */
@Path("/users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "users")
public class AdminUserResource {

  /** The body of {@code PUT /users/{username}/roles}. */
  public record RoleGrant(@NotNull Set<String> roles) {}

  private Accounts accounts;
  private UserRepository users;

  protected AdminUserResource() {}

  @Inject
  public AdminUserResource(Accounts accounts, UserRepository users) {
    this.accounts = accounts;
    this.users = users;
  }

  @GET
  @Operation(summary = "Every account, by username, one page at a time (admin)")
  public Page<UserView> all(
      @QueryParam("skip") @DefaultValue("0") int skip,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return Page.of(users.findAll().stream().map(UserView::of).toList(), skip, limit);
  }

  @GET
  @Path("/{username}")
  @Operation(summary = "One account (admin)")
  public UserView one(@PathParam("username") String username) {
    return UserView.of(accounts.byUsername(username));
  }

  @PUT
  @Path("/{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set an account's roles: user and admin; user is always kept (admin)")
  public UserView grant(@PathParam("username") String username, @Valid @NotNull RoleGrant body) {
    return UserView.of(accounts.grantRoles(username, body.roles()));
  }
}
