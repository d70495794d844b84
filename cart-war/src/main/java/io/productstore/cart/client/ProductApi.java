package io.productstore.cart.client;

import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.ErrorAnswer;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The catalog's public read paths. */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterRestClient(configKey = "product-service")
@RegisterClientHeaders
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
public interface ProductApi {

  @GET
  @Path("/{productId}")
  JsonObject product(@PathParam("productId") String productId);

  @GET
  @Path("/by-category/{category}")
  JsonObject inCategory(@PathParam("category") String category, @QueryParam("limit") int limit);
}
