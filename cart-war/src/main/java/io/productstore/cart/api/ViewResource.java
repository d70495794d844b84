package io.productstore.cart.api;

import io.productstore.cart.domain.ProductSummary;
import io.productstore.cart.domain.RecentView;
import io.productstore.cart.domain.RecentViews;
import io.productstore.common.domain.Page;
import io.productstore.common.security.CurrentUser;
import io.productstore.common.security.Roles;
import io.productstore.common.web.Ids;
import io.productstore.common.web.Message;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the caller looked at, and what the store suggests from it. */
@Path("/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "views")
public class ViewResource {

  private RecentViews views;
  private CurrentUser caller;

  protected ViewResource() {}

  @Inject
  public ViewResource(RecentViews views, CurrentUser caller) {
    this.views = views;
    this.caller = caller;
  }

  @POST
  @Path("/{productId}/view")
  @Operation(summary = "Record that the caller looked at a product")
  @APIResponse(responseCode = "200", description = "{\"message\": \"Product view recorded\"}")
  @APIResponse(responseCode = "404", description = "No such product")
  public Message view(@PathParam("productId") String productId) {
    views.record(
        caller.username(), Ids.parse(productId, "Product with id " + productId + " not found"));
    return new Message("Product view recorded");
  }

  @GET
  @Path("/recent-views")
  @Operation(
      summary = "The caller's recently viewed products: newest first, one per product, at most 10")
  public List<RecentView> recent() {
    return views.recent(caller.username());
  }

  @GET
  @Path("/recommendations")
  @Operation(
      summary = "Products from the categories of recent views, leaving out those already viewed")
  public Page<ProductSummary> recommendations(
      @QueryParam("skip") @DefaultValue("0") int skip,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return views.recommendations(caller.username(), skip, limit);
  }
}
