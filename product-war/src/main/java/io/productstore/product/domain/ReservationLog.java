package io.productstore.product.domain;

import java.util.List;
import java.util.UUID;

/**
 * What each order asked to reserve, with name and price at that moment: the intent, written first.
 */
public interface ReservationLog {

  List<ReservedItem> items(UUID orderId);

  void record(UUID orderId, List<ReservedItem> items);
}
