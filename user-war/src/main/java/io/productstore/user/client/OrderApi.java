package io.productstore.user.client;

import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.ErrorAnswer;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The order service's public paths; the caller's Authorization header is propagated. */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterRestClient(configKey = "order-service")
@RegisterClientHeaders
@Path("/order-api")
@Produces(MediaType.APPLICATION_JSON)
public interface OrderApi {

  /** The caller's own orders (whatever the caller's roles), newest first. */
  @GET
  @Path("/orders/mine")
  JsonArray myOrders();
}
