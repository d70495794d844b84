package io.productstore.user.domain;

import java.util.List;

/** The order service as the account pages need it (the port), with the caller's own token. */
public interface OrderHistory {

  /** The caller's own orders, newest first. */
  List<OrderSummary> ordersOf(String bearer);
}
