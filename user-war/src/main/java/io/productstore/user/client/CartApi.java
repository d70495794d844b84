package io.productstore.user.client;

import io.productstore.common.client.ClientJson;
import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.DownstreamFaults;
import io.productstore.common.client.ErrorAnswer;
import io.productstore.user.domain.CartSummary;
import io.productstore.user.domain.PlacedOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The cart service's public paths, with the caller's token passed explicitly (the profile calls
 * them from the fan-out executor, outside the request's thread).
 */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterProvider(DownstreamFaults.class)
@RegisterProvider(ClientJson.class)
@RegisterRestClient(configKey = "cart-service")
@Path("/cart-api")
@Produces(MediaType.APPLICATION_JSON)
public interface CartApi {

  @GET
  @Path("/cart/")
  CartSummary cart(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

  @POST
  @Path("/cart/checkout")
  PlacedOrder checkout(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
      @HeaderParam("Idempotency-Key") String idempotencyKey);
}
