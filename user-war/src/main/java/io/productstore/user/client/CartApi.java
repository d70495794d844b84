package io.productstore.user.client;

import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.ErrorAnswer;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The cart service's public paths; the caller's Authorization header is propagated. The cart is
 * passed through as JSON, so its shape stays the cart service's own.
 */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterRestClient(configKey = "cart-service")
@RegisterClientHeaders
@Path("/cart-api")
@Produces(MediaType.APPLICATION_JSON)
public interface CartApi {

  @GET
  @Path("/cart/")
  JsonObject cart();

  @POST
  @Path("/cart/checkout")
  JsonObject checkout(@HeaderParam("Idempotency-Key") String idempotencyKey);
}
