package io.productstore.order.domain;

import java.util.List;

/** Where orders are kept. */
public interface OrderRepository {

  /** The user's orders, newest first. */
  List<OrderSummary> findByUser(String username);
}
