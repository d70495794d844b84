package io.productstore.cart.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where recent views are kept: one row per (user, product), the latest view time. */
public interface ViewRepository {

  void record(String username, UUID productId, Instant at);

  /** Every view row of the user, in no particular order. */
  List<RecentView> all(String username);

  void forget(String username, UUID productId);
}
