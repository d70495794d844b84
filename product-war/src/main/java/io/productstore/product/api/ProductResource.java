package io.productstore.product.api;

import io.productstore.common.problem.ProblemException;
import io.productstore.common.security.Roles;
import io.productstore.common.web.Ids;
import io.productstore.product.domain.Product;
import io.productstore.product.domain.ProductRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products of the catalog. */
@Path("/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "products")
public class ProductResource {

  private static final String NOT_FOUND = "Product not found";

  private ProductRepository products;

  protected ProductResource() {}

  @Inject
  public ProductResource(ProductRepository products) {
    this.products = products;
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "jwt")
  @Operation(summary = "Create a product (admin)")
  @APIResponse(responseCode = "201", description = "Created; Location names the product")
  @APIResponse(responseCode = "422", description = "A field is invalid")
  public Response create(@Valid @NotNull NewProduct body, @Context UriInfo uri) {
    Product product = Product.create(body.name(), body.category(), body.price(), body.stockCount(),
        body.description(), body.manufacturer());
    products.insert(product);
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
    return products.findById(Ids.parse(productId, NOT_FOUND))
        .orElseThrow(() -> ProblemException.notFound(NOT_FOUND));
  }
}
