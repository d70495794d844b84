package io.productstore.order.domain;

import java.util.List;
import java.util.UUID;

/**
 * The catalog's stock as an order needs it (the port; the product service's gateway implements it).
 * Both calls are idempotent per order id. The catalog's no (not enough stock, an unknown product)
 * is a {@link io.productstore.common.domain.Refused}; an outage a {@link
 * io.productstore.common.domain.DependencyUnavailable}.
 */
public interface StockReservations {

  /** Reserves every item for the order, or none; the items at the catalog's names and prices. */
  List<OrderItem> reserve(UUID orderId, List<OrderItem> items);

  /** Gives the order's stock back (nothing happens when there is none or it went back already). */
  void release(UUID orderId);
}
