package io.productstore.product.api;

import io.productstore.common.domain.Page;
import io.productstore.common.problem.ProblemException;
import io.productstore.common.security.CurrentUser;
import io.productstore.common.security.Roles;
import io.productstore.common.web.Ids;
import io.productstore.product.domain.Catalog;
import io.productstore.product.domain.Listing;
import io.productstore.product.domain.Product;
import io.productstore.product.domain.ProductRepository.CategoryCount;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products of the catalog: listings for everyone, changes for admins. */
@Path("/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "products")
public class ProductResource {

  private static final String NOT_FOUND = "Product not found";

  private Catalog catalog;
  private CurrentUser caller;

  protected ProductResource() {}

  @Inject
  public ProductResource(Catalog catalog, CurrentUser caller) {
    this.catalog = catalog;
    this.caller = caller;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "A page of products, filtered and sorted globally; without a category, admins only")
  @APIResponse(responseCode = "200", description = "The page")
  @APIResponse(responseCode = "400", description = "min_price greater than max_price")
  @APIResponse(
      responseCode = "403",
      description = "No category given and the caller is not an admin")
  public Page<ProductItem> list(@BeanParam ListingParams params) {
    boolean everything = params.category() == null || params.category().isBlank();
    if (everything && !caller.isAdmin()) {
      throw ProblemException.forbidden(
          "Specify a category (?category=...): listing every product is for admins only");
    }
    return catalog.list(params.query()).map(ProductItem::of);
  }

  @GET
  @Path("/by-category/{category}")
  @PermitAll
  @Operation(summary = "A page of the products of one category (same parameters as the listing)")
  public Page<ProductItem> byCategory(
      @PathParam("category") String category, @BeanParam ListingParams params) {
    return catalog.list(params.query().inCategory(category)).map(ProductItem::of);
  }

  @GET
  @Path("/categories/list")
  @PermitAll
  @Operation(summary = "Every category with its live product count, sorted by name")
  public List<CategoryCount> categories() {
    return catalog.categories();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Create a product (admin)")
  @APIResponse(responseCode = "201", description = "Created; Location names the product")
  @APIResponse(responseCode = "422", description = "A field is invalid")
  public Response create(@Valid @NotNull NewProduct body, @Context UriInfo uri) {
    Product product =
        catalog.create(
            Product.create(
                body.name(),
                body.category(),
                body.price(),
                body.stockCount(),
                body.description(),
                body.manufacturer()));
    return Response.created(
            uri.getBaseUriBuilder().path("products").path(product.productId().toString()).build())
        .entity(product)
        .build();
  }

  @GET
  @Path("/{productId}")
  @PermitAll
  @Operation(summary = "One product with its stock and description")
  @APIResponse(responseCode = "200", description = "The product")
  @APIResponse(responseCode = "404", description = "Product not found")
  public Product get(@PathParam("productId") String productId) {
    return catalog.find(Ids.parse(productId, NOT_FOUND));
  }

  @PUT
  @Path("/{productId}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "jwt")
  @Operation(
      summary =
          "Change some fields of a product (absent = unchanged; null on a required field = 422)")
  public Product update(@PathParam("productId") String productId, @NotNull JsonObject body) {
    return catalog.update(Ids.parse(productId, NOT_FOUND), ProductPatchReader.read(body));
  }

  @DELETE
  @Path("/{productId}")
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Delete a product (admin)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "Product not found")
  public void delete(@PathParam("productId") String productId) {
    catalog.delete(Ids.parse(productId, NOT_FOUND));
  }

  /** Product (list item) = {product_id, name, category, price}. */
  public record ProductItem(UUID productId, String name, String category, BigDecimal price) {
    static ProductItem of(Listing listing) {
      return new ProductItem(
          listing.productId(), listing.name(), listing.category(), listing.price());
    }
  }
}
