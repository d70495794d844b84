package io.productstore.user.client;

import jakarta.enterprise.context.ApplicationScoped;
import io.productstore.common.client.Downstream;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The order service as the user service sees it: bounded in time and cut off while failing. */
@ApplicationScoped
public class OrderGateway {

  private OrderApi orders;

  protected OrderGateway() {}

  @Inject
  public OrderGateway(@RestClient OrderApi orders) {
    this.orders = orders;
  }

  @Timeout(4000)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
  public OrderHistory ordersOfCaller() {
    return new OrderHistory(Downstream.call("order service", orders::myOrders));
  }
}
