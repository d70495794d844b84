package io.productstore.cart.client;

import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.ErrorAnswer;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The order service's order placement. The Authorization header is explicit: the caller's token
 * during a request, this service's own token in the recovery pass.
 */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterRestClient(configKey = "order-service")
@Path("/order-api/orders/")
@Produces(MediaType.APPLICATION_JSON)
public interface OrderApi {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  JsonObject place(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @HeaderParam("Idempotency-Key") String idempotencyKey, JsonObject order);
}
