package io.productstore.cart.api;

import io.productstore.cart.domain.CartRepository;
import io.productstore.common.security.CurrentUser;
import io.productstore.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's cart. */
@Path("/cart")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "cart")
public class CartResource {

  private CartRepository carts;
  private CurrentUser caller;

  protected CartResource() {}

  @Inject
  public CartResource(CartRepository carts, CurrentUser caller) {
    this.carts = carts;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "The caller's cart (empty when there is none)")
  public CartView cart() {
    return CartView.of(carts.findByUser(caller.username()));
  }
}
