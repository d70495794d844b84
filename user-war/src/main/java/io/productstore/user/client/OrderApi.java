package io.productstore.user.client;

import io.productstore.common.client.ClientJson;
import io.productstore.common.client.ClientMetrics;
import io.productstore.common.client.DownstreamFaults;
import io.productstore.common.client.ErrorAnswer;
import io.productstore.user.domain.OrderSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The order service's public paths, with the caller's token passed explicitly. */
@RegisterProvider(ErrorAnswer.Mapper.class)
@RegisterProvider(ClientMetrics.class)
@RegisterProvider(DownstreamFaults.class)
@RegisterProvider(ClientJson.class)
@RegisterRestClient(configKey = "order-service")
@Path("/order-api")
@Produces(MediaType.APPLICATION_JSON)
public interface OrderApi {

  /** The caller's own orders (whatever the caller's roles), newest first; read as summaries. */
  @GET
  @Path("/orders/mine")
  List<OrderSummary> myOrders(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);
}
