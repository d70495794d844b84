package io.productstore.cart.api;

import io.productstore.cart.domain.CartRepository;
import io.productstore.common.domain.Page;
import io.productstore.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every cart, for admins. */
@Path("/carts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "cart")
public class AdminCartResource {

  private CartRepository carts;

  protected AdminCartResource() {}

  @Inject
  public AdminCartResource(CartRepository carts) {
    this.carts = carts;
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Every non-empty cart, by username, paged (admin)")
  public Page<CartView> all(
      @QueryParam("skip") @DefaultValue("0") int skip,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return Page.of(carts.findAll().stream().map(CartView::of).toList(), skip, limit);
  }
}
