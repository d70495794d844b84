package io.productstore.user.client;

import io.productstore.common.client.Downstream;
import io.productstore.common.client.Outbound;
import io.productstore.user.domain.OrderHistory;
import io.productstore.user.domain.OrderSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The order service as the user service sees it: bounded in time and cut off while failing. */
@ApplicationScoped
@Outbound
public class OrderGateway implements OrderHistory {

  private OrderApi orders;

  protected OrderGateway() {}

  @Inject
  public OrderGateway(@RestClient OrderApi orders) {
    this.orders = orders;
  }

  @Override
  @Timeout(4000)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
  public List<OrderSummary> ordersOf(String bearer) {
    return Downstream.call("order service", () -> orders.myOrders(bearer));
  }
}
