package io.productstore.order.client;

import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.ErrorAnswer;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The catalog's stock reservations; called with this service's own token (role service). */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterRestClient(configKey = "product-service")
@Path("/api/products/reservations")
@Produces(MediaType.APPLICATION_JSON)
public interface ReservationApi {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  JsonObject reserve(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, JsonObject reservation);

  @DELETE
  @Path("/{orderId}")
  void release(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("orderId") String orderId);
}
