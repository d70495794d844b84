package io.productstore.cart.client;

import io.productstore.cart.domain.CatalogProduct;
import io.productstore.cart.domain.ProductSummary;
import io.productstore.common.client.ClientJson;
import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.DownstreamFaults;
import io.productstore.common.client.ErrorAnswer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The catalog's public read paths, read into the cart's own records (snake_case JSON-B). They need
 * no token, so none is sent (the calls may run on the fan-out executor, outside the request).
 */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterProvider(DownstreamFaults.class)
@RegisterProvider(ClientJson.class)
@RegisterRestClient(configKey = "product-service")
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
public interface ProductApi {

  /** The part of a catalog page the cart reads: its items. */
  record Listing(List<ProductSummary> items) {}

  @GET
  @Path("/{productId}")
  CatalogProduct product(@PathParam("productId") String productId);

  @GET
  @Path("/by-category/{category}")
  Listing inCategory(@PathParam("category") String category, @QueryParam("limit") int limit);
}
